// `evalgate merge FILES…`: judges the union of a sharded gate's partial results (from `evalgate gate
// --shard I/N`) as one gate run would, prints the comment and exits like `evalgate gate`.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../../adapters/fs/atomic-write.js';
import { runMergeFlow } from '../../app/merge/flow.js';
import { renderComment } from '../../app/gate/render.js';
import { FAIL_ON_VALUES, type FailOn } from '../../core/gate/gate.js';
import { parseCommandArgs, UsageError } from '../args.js';
import type { CliCommand } from '../io.js';
import { EXIT, reportError } from '../report-error.js';
import { outageMessage } from '../../core/results/error-rate.js';

const MERGE_USAGE = `Usage: evalgate merge FILE_OR_FOLDER... [options]

Merges the partial results of \`evalgate gate --shard I/N\` (all N shards; folders are searched for
evalgate-shard-I-of-N.json), recomputes the statistics over the union and prints the comment the gate
would post. Exit codes as \`evalgate gate\`: 1 when the gate fails under --fail-on, 4 when too many
requests failed to judge (gate.maxErrorRate).

Options:
  --markdown FILE      also write the comment to FILE
  --json FILE          write the comparison (GateReport) as JSON
  --fail-on MODE       regression (default) | any | never
  -h, --help           show this help
`;

export const mergeCommand: CliCommand = async (argv, io) => {
  try {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        markdown: { type: 'string' },
        json: { type: 'string' },
        'fail-on': { type: 'string', default: 'regression' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      true,
    );
    if (values.help) {
      io.stdout(MERGE_USAGE);
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError('name the shard files (or the folder holding them), e.g. evalgate merge shards/');
    const failOn = values['fail-on'] as FailOn;
    if (!FAIL_ON_VALUES.includes(failOn))
      throw new UsageError(`--fail-on must be one of ${FAIL_ON_VALUES.join(', ')}, got "${values['fail-on']}"`);
    const flow = await runMergeFlow({ paths: positionals.map((p) => resolve(io.cwd, p)), failOn });
    io.stderr(`merged ${flow.files.length} shards of ${flow.configFile}\n`);
    const { merged } = flow;
    const fullReportAt = values.json
      ? `the JSON report (${values.json})`
      : 'the JSON report (run again with `--json FILE`)';
    const comment = renderComment(flow.outcome.report, {
      ...(merged.baseSha ? { baseSha: merged.baseSha } : {}),
      ...(merged.headSha ? { headSha: merged.headSha } : {}),
      reasons: merged.selection.reasons,
      fullReportAt,
    });
    io.stdout(`${comment}\n`);
    if (values.markdown) await writeFileAtomic(resolve(io.cwd, values.markdown), `${comment}\n`, { makeDir: true });
    if (values.json)
      await writeFileAtomic(
        resolve(io.cwd, values.json),
        `${JSON.stringify({ ...flow.outcome.report, selection: merged.selection }, null, 2)}\n`,
        { makeDir: true },
      );
    if (flow.breaches.length > 0) io.stderr(`evalgate merge: ${outageMessage(flow.breaches)}\n`);
    return flow.outcome.fail ? 1 : flow.fail ? EXIT.inconclusive : 0;
  } catch (err) {
    return reportError(err, io, 'merge');
  }
};
