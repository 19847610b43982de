// Which suites a `push` runs when the `suites` input names none: the ones the pushed commits affect,
// decided like the PR gate (src/core/gate/select.ts) on `git diff before..after` and the config as of
// `before`. When git cannot tell — a new branch or tag (before = 000…), or the previous commit cannot be
// fetched (force push, shallow clone without a remote) — every suite runs and the summary says why:
// running too much costs money, missing an affected suite hides a regression.
import type { Git } from '../adapters/git/git.js';
import type { ResolvedConfig } from '../core/config/resolved.js';
import { selectSuites } from '../core/gate/select.js';

export interface PushRange {
  before: string;
  after: string;
}

export interface PushSelection {
  /** Suites to run, in config order. */
  selected: string[];
  unselected: string[];
  /** Why each selected suite runs. */
  reasons: Record<string, string>;
  /** One line for the summary: what the selection was based on. */
  basis: string;
}

export interface PushSelectInput {
  head: ResolvedConfig;
  range: PushRange;
  git: Pick<Git, 'ensureCommit' | 'diffNames'>;
  /** The config as of `before`; undefined when it has none. Throws when it exists but does not load. */
  loadBefore: (sha: string) => Promise<ResolvedConfig | undefined>;
}

const ZERO_SHA = /^0+$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/** before/after of a push payload; undefined for other payloads (or values that are not commit ids). */
export function pushRangeOf(payload: Record<string, unknown>): PushRange | undefined {
  const { before, after } = payload;
  if (typeof before !== 'string' || typeof after !== 'string' || !SHA.test(before) || !SHA.test(after))
    return undefined;
  return { before, after };
}

const short = (sha: string) => sha.slice(0, 7);

export async function selectForPush(input: PushSelectInput): Promise<PushSelection> {
  const { head, range, git } = input;
  const all = (why: string): PushSelection => ({
    selected: head.suites.map((s) => s.name),
    unselected: [],
    reasons: Object.fromEntries(head.suites.map((s) => [s.name, why])),
    basis: `Every suite runs: ${why}.`,
  });

  if (ZERO_SHA.test(range.before))
    return all('the push created the branch or tag, so there is no earlier commit to compare with');
  if (ZERO_SHA.test(range.after)) return all('the push deleted the ref, so there is no pushed commit to compare');
  if (!(await git.ensureCommit(range.before).catch(() => false))) {
    return all(
      `the previous commit ${short(range.before)} is not available to git (force push or shallow clone), so the changed files are unknown`,
    );
  }
  // The checkout normally is `after`; if that commit is somehow absent, the work tree stands in for it.
  const afterRef = (await git.ensureCommit(range.after).catch(() => false)) ? range.after : undefined;
  let changed: string[];
  let before: ResolvedConfig | undefined;
  try {
    changed = await git.diffNames(range.before, afterRef);
  } catch (e) {
    return all(`git diff ${short(range.before)}..${short(range.after)} failed (${(e as Error).message})`);
  }
  try {
    before = await input.loadBefore(range.before);
  } catch (e) {
    return all(
      `the config at ${short(range.before)} does not load (${(e as Error).message}), so changed settings cannot be told apart`,
    );
  }

  const sel = selectSuites({ head, ...(before ? { base: before } : {}), changedFiles: changed });
  const chosen = new Set([...sel.compared, ...sel.added]);
  const n = changed.length;
  return {
    selected: head.suites.filter((s) => chosen.has(s.name)).map((s) => s.name),
    unselected: sel.unselected,
    reasons: sel.reasons,
    basis: `Suites selected by what the push changed: \`${short(range.before)}..${short(range.after)}\`, ${n} file${n === 1 ? '' : 's'} changed.`,
  };
}
