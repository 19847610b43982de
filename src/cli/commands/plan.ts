// `evalgate plan`: what each suite can detect in the PR gate, sized from its own history, before any
// request is sent (src/app/plan.ts). Exit 0, or 2 on a usage or config error.
import { resolve } from 'node:path';
import { loadConfig } from '../../adapters/config/loader.js';
import { buildPlan } from '../../app/plan.js';
import { buildScorerRegistry } from '../../app/runtime.js';
import { DEFAULT_CONFIG_FILE } from '../../core/config/defaults.js';
import { renderPlanText } from '../../core/report/plan-text.js';
import { parseCommandArgs, positiveInt, UsageError } from '../args.js';
import type { CliCommand } from '../io.js';
import { reportError } from '../report-error.js';

const PLAN_USAGE = `Usage: evalgate plan [options]

Sizes each suite for the PR gate from its own history, without sending a request: the smallest drop
the gate detects at 90% power with the suite's cases and repeat (up to gate.maxRepeat), the cases or the
gate.maxRepeat it would take to detect gate.maxScoreDrop, and what one gate run may cost.
The per-case variance comes from the drift history (the folder \`evalgate drift\` writes), or from a
previous \`evalgate run --out results.json\` with --from. Without either it assumes p = 0.5 per case
(the largest variance), and says so.
Exit code: 0 ok, 2 config or usage error.

Options:
  --config FILE        config file (default: evalgate.yml)
  --suite NAME         plan only this suite (repeatable)
  --history-dir DIR    the drift history (default: .evalgate-drift next to the config)
  --from FILE          per-case variance from a previous results.json instead of the drift history
  --compared N         suites one PR compares at once (default 1; the gate's level per suite is α / N)
  --json               print the plan as JSON
  -h, --help           show this help
`;

export const planCommand: CliCommand = async (argv, io) => {
  try {
    const { values } = parseCommandArgs(argv, {
      help: { type: 'boolean', short: 'h' },
      config: { type: 'string', short: 'c' },
      suite: { type: 'string', multiple: true },
      'history-dir': { type: 'string' },
      from: { type: 'string' },
      compared: { type: 'string' },
      json: { type: 'boolean' },
    });
    if (values.help) {
      io.stdout(PLAN_USAGE);
      return 0;
    }
    const compared = positiveInt('compared', values.compared) ?? 1;
    const scorers = buildScorerRegistry();
    const config = await loadConfig(resolve(io.cwd, values.config ?? DEFAULT_CONFIG_FILE), {
      cwd: io.cwd,
      env: io.env,
      scorers,
    });
    const names = values.suite ?? [];
    const known = new Set(config.suites.map((s) => s.name));
    const unknown = names.filter((n) => !known.has(n));
    if (unknown.length)
      throw new UsageError(
        `unknown suite ${unknown.map((n) => `"${n}"`).join(', ')} in ${config.path} (suites: ${[...known].join(', ')})`,
      );
    const suites = names.length ? config.suites.filter((s) => names.includes(s.name)) : config.suites;
    const seen = new Set<string>();
    const plan = await buildPlan({
      config,
      suites,
      scorers,
      historyDir: resolve(io.cwd, values['history-dir'] ?? resolve(config.dir, '.evalgate-drift')),
      ...(values.from ? { resultsPath: resolve(io.cwd, values.from) } : {}),
      compared,
      warn: (m) => {
        if (!seen.has(m)) io.stderr(`warning: ${m}\n`);
        seen.add(m);
      },
    });
    io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : renderPlanText(plan.suites, plan.compared));
    return 0;
  } catch (err) {
    return reportError(err, io, 'plan');
  }
};
