// Output files (results, JUnit, HTML, the trace, the action's reports) fail one at a time: a full or
// read-only folder costs the files that go there, with their path and why, never the others, the console
// table, the job summary or the PR comment. Callers turn the failures into their exit code
// (docs/cli.md "Exit codes", docs/action.md "Outputs that cannot be written").

export interface OutputFailure {
  /** What the file is, as the user asked for it: `--out`, `--trace`, `report.html`. */
  output: string;
  path: string;
  reason: string;
}

// The causes a user can act on, said plainly; anything else keeps the system's message.
const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOTDIR: 'a folder on the path is a file',
  EEXIST: 'a file is in the way of a folder on the path',
  EISDIR: 'the path is a folder',
};

export function outputFailure(output: string, path: string, err: unknown): OutputFailure {
  const e = err as NodeJS.ErrnoException | undefined;
  const known = e?.code !== undefined ? REASONS[e.code] : undefined;
  const reason = known ? `${known} (${e!.code})` : e instanceof Error ? e.message : String(err);
  return { output, path, reason };
}

export function failureLine(f: OutputFailure): string {
  return `could not write ${f.output} ${f.path}: ${f.reason}`;
}

export interface OutputWrite {
  output: string;
  path: string;
  write: () => Promise<void>;
}

/** Runs every write, each on its own (in order), and returns those that failed. */
export async function writeEach(writes: readonly OutputWrite[]): Promise<OutputFailure[]> {
  const failures: OutputFailure[] = [];
  for (const w of writes) {
    try {
      await w.write();
    } catch (err) {
      failures.push(outputFailure(w.output, w.path, err));
    }
  }
  return failures;
}
