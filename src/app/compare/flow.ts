// The compare flow, shared by `evalgate compare` and the action's compare mode: each suite with
// candidates evaluated under its current provider and every candidate in one interleaved run, then the
// frontier (core/candidates/frontier.ts).
import { buildRuntime, cachePlan, newRunId } from '../runtime.js';
import { VERSION } from '../version.js';
import { buildFrontier, type FrontierInput, type FrontierReport } from '../../core/candidates/frontier.js';
import type { ResolvedConfig, ResolvedSuite } from '../../core/config/resolved.js';
import { runEval } from '../../core/engine/engine.js';
import type { SuiteJob } from '../../core/engine/types.js';
import type { Scorer } from '../../core/scorers/types.js';

export const CURRENT = 'current';

export class CandidateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The candidates of a suite: its own list, else defaults.candidates; the current provider is left out. */
export function candidatesOf(config: ResolvedConfig, suite: ResolvedSuite): string[] {
  const own = (suite.raw as { candidates?: string[] } | undefined)?.candidates;
  const names = own ?? config.raw.defaults?.candidates ?? [];
  for (const n of names) {
    if (!config.providers[n])
      throw new CandidateError(
        `suite "${suite.name}": candidate "${n}" is not a provider under providers: (known: ${Object.keys(config.providers).join(', ')})`,
      );
  }
  return [...new Set(names)].filter((n) => n !== suite.provider.id);
}

/** One job per suite and provider: the current one labelled CURRENT, each candidate by its name. */
export function compareJobs(
  config: ResolvedConfig,
  only: readonly string[] = [],
): { suites: ResolvedSuite[]; jobs: SuiteJob[] } {
  const suites = config.suites.filter(
    (s) => (only.length === 0 || only.includes(s.name)) && candidatesOf(config, s).length > 0,
  );
  if (suites.length === 0)
    throw new CandidateError('no suite to compare: name other providers under `candidates:` on a suite or in defaults');
  const jobs = suites.flatMap((suite) => [
    { label: CURRENT, suite },
    ...candidatesOf(config, suite).map((name) => ({
      label: name,
      suite: { ...suite, provider: config.providers[name]! },
    })),
  ]);
  return { suites, jobs };
}

export interface CompareFlowInput {
  config: ResolvedConfig;
  scorers: ReadonlyMap<string, Scorer>;
  env: Record<string, string | undefined>;
  warn: (message: string) => void;
  mask?: (secret: string, name: string) => void;
  suites?: readonly string[];
  repeat?: number;
  margin?: number;
  noCache?: boolean;
}

export async function runCompareFlow(
  input: CompareFlowInput,
): Promise<{ report: FrontierReport; scrub: (text: string) => string }> {
  const { config } = input;
  const { suites, jobs } = compareJobs(config, input.suites);
  const runtime = buildRuntime({
    config,
    env: input.env,
    plan: cachePlan({ noCache: input.noCache ?? false }),
    scorers: input.scorers,
    warn: input.warn,
    ...(input.mask ? { mask: input.mask } : {}),
  });
  let out: Awaited<ReturnType<typeof runEval>>;
  try {
    out = await runEval(
      jobs,
      {
        runId: newRunId(),
        toolVersion: VERSION,
        ...runtime.options,
        ...(input.repeat !== undefined ? { repeat: input.repeat } : {}),
      },
      runtime.deps,
    );
  } finally {
    await runtime.close();
  }
  const inputs: FrontierInput[] = suites.map((suite) => {
    const mine = out.results.filter((r) => r.suite.name === suite.name);
    return {
      suite: suite.name,
      current: { name: `${CURRENT} (${suite.provider.id})`, result: mine.find((r) => r.label === CURRENT)!.suite },
      candidates: mine.filter((r) => r.label !== CURRENT).map((r) => ({ name: r.label, result: r.suite })),
    };
  });
  return {
    report: buildFrontier(inputs, {
      confidence: config.gate.confidence,
      margin: input.margin ?? config.gate.maxScoreDrop,
    }),
    scrub: runtime.scrub,
  };
}
