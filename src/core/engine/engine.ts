// runEval: evaluates suite jobs (one or several labels, e.g. base and head of a PR) in one interleaved
// run. Pure: every effect (model, clock, cache, trace) comes in through EngineDeps.
//
// Hot path notes (bench: 2,000 cases at concurrency 50): tasks are scheduled once in interleaved order,
// results are written into preallocated slots (no per-task scans), each task awaits only its own trace
// write, and cache hits never take a provider concurrency slot.
import { priceFor } from '../pricing/cost.js';
import pLimit, { type LimitFunction } from 'p-limit';
import type { CaseResult, SampleResult, SuiteResult } from '../results/types.js';
import { aggregateCase, aggregateSuite } from './aggregate.js';
import { settingsHash } from './cache-key.js';
import { consistencyCases, DEFAULT_CONSISTENCY_CHECKS, judgeConsistency } from '../scorers/model-graded/consistency.js';
import { caseJudge, isJudged, suiteJudge } from '../scorers/model-graded/judge-identity.js';
import { lookupScorer } from '../scorers/registry.js';
import { RunContext } from './context.js';
import { prepareCase, type PreparedCase } from './prepare.js';
import { redactValue } from './redact-value.js';
import { runSample } from './sample.js';
import { interleave } from './schedule.js';
import type { EngineDeps, EngineOutput, RunEval, RunOptions, SuiteJob } from './types.js';

interface JobState {
  job: SuiteJob;
  repeat: number;
  /** indices[caseIdx]: the sample indices asked for the case. */
  indices: number[][];
  /** samples[caseIdx][sampleIdx] */
  samples: SampleResult[][];
  prepared: (PreparedCase | undefined)[];
  /** Case indices whose first sample is judged a second time (self-consistency). */
  rejudge: Set<number>;
  redactions: number;
  done: number;
  total: number;
}

export const runEval: RunEval = async (jobs, options, deps) => {
  const startedAt = new Date(deps.clock.now()).toISOString();

  // A provider without its own concurrency gets the largest concurrency among the suites using it;
  // each suite's own concurrency then caps within that.
  const providerDefaults = new Map<string, number>();
  for (const { suite } of jobs) {
    const c = options.concurrency ?? suite.concurrency;
    providerDefaults.set(suite.provider.id, Math.max(providerDefaults.get(suite.provider.id) ?? 1, c));
  }
  const run = new RunContext(options, deps, providerDefaults);
  // The price dataset costs ~0.2 s to load: only when a model of this run is not priced by `pricing:` or
  // the built-in table (which a test keeps equal to the dataset for the models it lists).
  const models = [
    ...jobs.flatMap(({ suite }) => [suite.provider.model, suite.judge?.model]),
    ...Object.values(deps.providers ?? {}).map((p) => p.model),
  ];
  if (deps.priceDataset && models.some((m) => m !== undefined && priceFor(m, deps.pricing) === undefined)) {
    const dataset = await deps.priceDataset();
    if (dataset) run.priceDataset = dataset;
  }

  // Keyed by suite name, shared by labels: `concurrency: 8` means 8 of the suite's requests in flight.
  const suiteLimits = new Map<string, LimitFunction>();
  const suiteLimit = (j: SuiteJob): LimitFunction => {
    let l = suiteLimits.get(j.suite.name);
    if (!l) {
      l = pLimit(Math.max(1, Math.floor(options.concurrency ?? j.suite.concurrency)));
      suiteLimits.set(j.suite.name, l);
    }
    return l;
  };

  const states: JobState[] = jobs.map((job) => {
    const repeat = Math.max(1, Math.floor(options.repeat ?? job.suite.repeat));
    const all = Array.from({ length: repeat }, (_, i) => i);
    const indices = job.suite.cases.map((c) => (job.sampleIndices ? [...(job.sampleIndices.get(c.id) ?? [])] : all));
    return {
      job,
      repeat,
      indices,
      samples: indices.map((idx) => new Array<SampleResult>(idx.length)),
      prepared: new Array<PreparedCase | undefined>(job.suite.cases.length),
      rejudge: rejudgedCases(job, options.cacheMode, deps.scorers),
      redactions: 0,
      done: 0,
      total: indices.reduce((n, idx) => n + idx.length, 0),
    };
  });

  const order = interleave(
    states.map((s) => ({
      suite: s.job.suite.name,
      caseIds: s.job.suite.cases.map((c) => c.id),
      repeat: s.repeat,
      ...(s.job.sampleIndices ? { indices: s.indices } : {}),
    })),
  );

  // The window bounds tasks in progress (requests out + scoring + trace writes) so a 50,000-case run does
  // not hold 50,000 pending tasks; it is wider than the request limits so that scoring and trace writes
  // never hold up the next request.
  let requestSlots = 0;
  const seen = new Set<string>();
  for (const { suite } of jobs) {
    if (seen.has(suite.provider.id)) continue;
    seen.add(suite.provider.id);
    requestSlots += run.providerLimit(suite.provider).concurrency;
  }
  const window = pLimit(Math.max(32, 4 * requestSlots));

  await Promise.all(
    order.map(({ job, caseIdx, sample, pos }) => {
      const st = states[job]!;
      const { suite, label } = st.job;
      const testCase = suite.cases[caseIdx]!;
      const slot = suiteLimit(st.job);
      return window(async () => {
        if (run.fatal !== undefined) return;
        const prep = (st.prepared[caseIdx] ??= prepareCase(run, suite, testCase));
        const rejudge = pos === 0 && st.rejudge.has(caseIdx);
        const out = await runSample(
          run,
          { label, slot, suite, testCase, index: sample, ...(rejudge ? { rejudge } : {}) },
          prep,
        );
        st.samples[caseIdx]![pos] = out.sample;
        st.redactions += out.redactions;
        st.done++;
        deps.onProgress?.({ label, suite: suite.name, done: st.done, total: st.total });
      }).catch((e: unknown) => {
        // Only a failed trace write gets here: stop, since the audit log would have a hole.
        run.fatal ??= e;
      });
    }),
  );
  if (run.fatal !== undefined) throw run.fatal;
  if (run.notCachedPii > 0) {
    // Said once per run, not per request: the count is what the user needs.
    const n = run.notCachedPii;
    const tail =
      run.options.cacheMode === 'refresh'
        ? 'not cached or recorded (governance.redactTraces); a replay reports them as replay-miss'
        : 'not cached (governance.redactTraces); they are asked again next run';
    run.warn(`${n} ${n === 1 ? 'response' : 'responses'} with personal data ${n === 1 ? 'was' : 'were'} ${tail}`);
  }

  if (run.notCachedSecret > 0) {
    const n = run.notCachedSecret;
    run.warn(
      `${n} ${n === 1 ? 'answer' : 'answers'} contained a known secret (${[...run.secretsEchoed].join(', ')}): masked in the results, reports and trace, and not cached or recorded. A model that repeats a secret may be following an injected instruction.`,
    );
  }

  const results = states.map((st) => ({ label: st.job.label, suite: buildSuiteResult(run, st) }));
  const out: EngineOutput = {
    results,
    costCapHit: run.spend.capReached,
    startedAt,
    finishedAt: new Date(deps.clock.now()).toISOString(),
  };
  return out;
};

/** The cases whose first sample gets a second judgement (consistency.ts); none in replay or extra rounds. */
function rejudgedCases(job: SuiteJob, mode: RunOptions['cacheMode'], scorers: EngineDeps['scorers']): Set<number> {
  const n = job.consistencyChecks ?? job.suite.judgeConsistencyChecks ?? DEFAULT_CONSISTENCY_CHECKS;
  if (n <= 0 || job.sampleIndices || mode === 'replay') return new Set();
  const judged = job.suite.cases.filter((c) => c.assertions.some((a) => isJudged(a, scorers)));
  const picked = consistencyCases(
    job.suite.name,
    judged.map((c) => c.id),
    n,
  );
  const out = new Set<number>();
  job.suite.cases.forEach((c, i) => {
    if (picked.has(c.id)) out.add(i);
  });
  return out;
}

function buildSuiteResult(run: RunContext, st: JobState): SuiteResult {
  const { suite } = st.job;
  let redactions = st.redactions;
  const lookup = {
    scorers: run.deps.scorers,
    ...(suite.judge ? { defaultJudge: suite.judge } : {}),
    ...(run.deps.providers ? { providers: run.deps.providers } : {}),
  };
  const judges = suite.cases.map((c) => caseJudge(c.assertions, lookup));
  const cases: CaseResult[] = suite.cases.map((c, i) => {
    const vars = run.scrubOn ? redactValue(c.vars, (t) => run.redact(t)) : { value: c.vars, count: 0 };
    redactions += vars.count;
    const base: Omit<CaseResult, 'score' | 'passRate' | 'pass'> = {
      id: c.id,
      vars: vars.value as Record<string, unknown>,
      samples: st.samples[i]!,
    };
    if (c.description !== undefined) base.description = c.description;
    if (c.threshold !== undefined) base.threshold = c.threshold;
    if (c.label !== undefined) base.label = c.label;
    const j = judges[i];
    if (j) base.judge = j.identity;
    return aggregateCase(base);
  });
  const served = new Set<string>();
  const fingerprints = new Set<string>();
  for (const c of cases) {
    for (const s of c.samples) {
      if (s.servedModel !== undefined) served.add(s.servedModel);
      if (s.systemFingerprint !== undefined) fingerprints.add(s.systemFingerprint);
    }
  }
  const result: SuiteResult = {
    name: suite.name,
    promptVersion: suite.promptVersion,
    promptPath: suite.promptPath,
    provider: { id: suite.provider.id, model: suite.provider.model, settingsHash: settingsHash(suite.provider) },
    servedModels: [...served].sort(),
    systemFingerprints: [...fingerprints].sort(),
    repeat: st.repeat,
    cases,
    aggregates: aggregateSuite(cases, suite.traffic),
  };
  if (suite.traffic) result.traffic = suite.traffic;
  if (suite.judgeMinAgreement !== undefined) result.judgeMinAgreement = suite.judgeMinAgreement;
  const judge = suiteJudge(judges);
  if (judge) result.judge = judge;
  const consistency = judgeConsistency(
    cases,
    (type) => lookupScorer(run.deps.scorers, type)?.scorer.modelGraded === true,
  );
  if (consistency) result.judgeConsistency = consistency;
  if (run.redactOn) result.redactions = redactions;
  return result;
}
