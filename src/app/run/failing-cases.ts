// The cases of a run that did not pass, each with its first failing assertion's reason: what the CLI
// prints after its table and the action's run summary lists, so a red run says what to look at.
import type { RunResult } from '../../core/results/types.js';

/**
 * Cases that did not pass, with the first failing assertion's reason, so a red run says what to look at
 * without opening results.json. At most `max` lines; the rest is counted.
 */
export function failingCases(run: RunResult, max = 10, whereTheRestIs = 'see --out results.json'): string[] {
  const lines: string[] = [];
  let more = 0;
  for (const s of run.suites) {
    for (const c of s.cases) {
      if (c.pass !== false) continue;
      const ok = c.samples.filter((x) => x.status === 'ok');
      const failed = ok.filter((x) => x.pass === false);
      const first = failed.flatMap((x) => x.assertions).find((a) => !a.pass);
      if (lines.length >= max) {
        more++;
        continue;
      }
      const why = first ? `${first.type}: ${oneLine(first.reason)}` : 'below the case threshold';
      lines.push(`  ${s.name}/${c.id} (${failed.length}/${ok.length} samples failed) — ${why}`);
    }
  }
  if (more > 0) lines.push(`  … and ${more} more (${whereTheRestIs})`);
  return lines;
}

export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
