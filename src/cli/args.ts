// Argument parsing for the CLI, on node:util parseArgs. Every problem becomes a UsageError with one line
// the user can act on (exit 2); commands share the helpers so flags behave the same everywhere.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_CONFIG_FILE } from '../core/config/defaults.js';

/** A wrong command line: printed as one line, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs in strict mode, with its errors turned into UsageErrors in our words. */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (err) {
    const raw = err instanceof Error ? err.message : String(err);
    // Node's messages are multi-line ("... To specify a positional argument starting with a '-' ...").
    throw new UsageError(raw.split('\n')[0]!.replace(/\.$/, ''));
  }
}

export function positiveInt(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1)
    throw new UsageError(`--${flag} must be a positive whole number, got "${raw}"`);
  return Number(raw);
}

export function nonNegativeNumber(flag: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.trim().replace(/^\$/, ''));
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`--${flag} must be a number ≥ 0, got "${raw}"`);
  return n;
}

export interface RunArgs {
  help: boolean;
  config: string;
  suites: string[];
  repeat?: number;
  concurrency?: number;
  noCache: boolean;
  maxCostUsd?: number;
  /** Judge suites by mean score instead of "every case passes". */
  minScore?: number;
  out?: string;
  junit?: string;
  html?: string;
  trace?: string;
  record: boolean;
  replay: boolean;
  /** Send every suite's requests through the Batch API. */
  batch: boolean;
  /** Print what the run would send and cost; send nothing. */
  estimate: boolean;
  /** A previous results.json whose answers give the expected output tokens. */
  estimateFrom?: string;
}

export const RUN_USAGE = `Usage: evalgate run [options]

Evaluates the suites of an evalgate.yml and prints a table.
Exit code: 0 every suite passes, 1 one does not, 2 config or usage error, 3 internal error,
4 too many requests failed to judge a suite (gate.maxErrorRate), or its LLM judge agrees with the
\`label:\`s less often than judge.minAgreement (unclear). A suite passes when every case passes,
or, with --min-score (or gate.minScore > 0 in the config), when its mean score reaches the threshold.

Options:
  --config FILE       config file (default: evalgate.yml)
  --suite NAME        run only this suite (repeatable)
  --repeat N          samples per case, overrides the config
  --concurrency N     parallel requests per provider, overrides the config
  --no-cache          neither read nor write the response cache
  --max-cost USD      stop sending requests once the run has cost this much; the rest is skipped
  --min-score X       pass a suite whose mean score is at least X (0..1) instead of requiring every
                      case to pass (default: gate.minScore when above 0)
  --out FILE          write the results JSON (schema: docs/results-schema.md)
  --junit FILE        write JUnit XML for test reporters
  --html FILE         write the self-contained HTML report (every case and sample, filters)
  --trace FILE        append every request to a JSONL trace
  --record            call the model and store the answers in the config's recordings folder
  --replay            answer only from the recordings folder (no key, no network)
  --batch             send the requests through the Batch API (half the price, answers within 24 h;
                      a restart resumes the batch); providers with \`batch: true\` always do
  --estimate          print the requests, tokens and cost range the run would spend; send nothing
  --estimate-from F   expected output tokens from a previous results.json (default: maxTokens)
  -h, --help          show this help
`;

export function parseRunArgs(argv: string[]): RunArgs {
  const { values } = parseCommandArgs(argv, {
    help: { type: 'boolean', short: 'h' },
    config: { type: 'string', short: 'c' },
    suite: { type: 'string', multiple: true },
    repeat: { type: 'string' },
    concurrency: { type: 'string' },
    'no-cache': { type: 'boolean' },
    'max-cost': { type: 'string' },
    'min-score': { type: 'string' },
    out: { type: 'string' },
    junit: { type: 'string' },
    html: { type: 'string' },
    trace: { type: 'string' },
    record: { type: 'boolean' },
    replay: { type: 'boolean' },
    batch: { type: 'boolean' },
    estimate: { type: 'boolean' },
    'estimate-from': { type: 'string' },
  });
  const args: RunArgs = {
    help: values.help ?? false,
    config: values.config ?? DEFAULT_CONFIG_FILE,
    suites: values.suite ?? [],
    noCache: values['no-cache'] ?? false,
    record: values.record ?? false,
    replay: values.replay ?? false,
    estimate: values.estimate ?? false,
    batch: values.batch ?? false,
  };
  if (values['estimate-from'] !== undefined) {
    if (!args.estimate) throw new UsageError('--estimate-from needs --estimate');
    args.estimateFrom = values['estimate-from'];
  }
  const repeat = positiveInt('repeat', values.repeat);
  if (repeat !== undefined) args.repeat = repeat;
  const concurrency = positiveInt('concurrency', values.concurrency);
  if (concurrency !== undefined) args.concurrency = concurrency;
  const maxCost = nonNegativeNumber('max-cost', values['max-cost']);
  if (maxCost !== undefined) args.maxCostUsd = maxCost;
  const minScore = nonNegativeNumber('min-score', values['min-score']);
  if (minScore !== undefined) {
    if (minScore > 1) throw new UsageError(`--min-score must be between 0 and 1, got "${values['min-score']}"`);
    args.minScore = minScore;
  }
  for (const key of ['out', 'junit', 'html', 'trace'] as const) {
    const v = values[key];
    if (v !== undefined) {
      if (v.trim() === '') throw new UsageError(`--${key} needs a file path`);
      args[key] = v;
    }
  }
  if (args.record && args.replay) throw new UsageError('--record and --replay exclude each other');
  if (args.replay && args.noCache)
    throw new UsageError('--replay answers only from recordings; it cannot be combined with --no-cache');
  return args;
}
