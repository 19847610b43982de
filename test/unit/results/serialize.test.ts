// results.json (schema 2): what the writer leaves out, the reader puts back exactly; the layout stays
// readable; chunks are whole lines, so a secret inside any value is masked by a per-chunk scrubber.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunksAtomic } from '../../../src/adapters/fs/atomic-write.js';
import { aggregateCase, aggregateSuite } from '../../../src/core/engine/aggregate.js';
import { parseResults } from '../../../src/core/results/parse.js';
import { CHUNK_CHARS, mapChunks, resultsJson, resultsJsonChunks } from '../../../src/core/results/serialize.js';
import type { CaseResult, RunResult, SampleResult, SuiteResult } from '../../../src/core/results/types.js';
import { createSecretScrubber } from '../../../src/core/util/mask-secrets.js';

const SERVED = 'gpt-4o-mini-2024-07-18';

function okSample(over: Partial<SampleResult> = {}): SampleResult {
  return {
    index: 0,
    status: 'ok',
    output: 'Hello Ann, "welcome"\nsecond line',
    score: 1,
    pass: true,
    assertions: [
      { type: 'icontains', score: 1, pass: true, reason: 'output contains "hello"', weight: 1 },
      { type: 'regex', score: 1, pass: true, reason: 'output matches /Ann/ at "Ann"', weight: 1 },
    ],
    tokens: { input: 13, output: 10 },
    latencyMs: 154.4,
    costUsd: 0.00000795,
    cached: false,
    attempts: 1,
    servedModel: SERVED,
    systemFingerprint: 'fp_1',
    ...over,
  };
}

const caseOf = (id: string, samples: SampleResult[], extra: Partial<CaseResult> = {}): CaseResult =>
  aggregateCase({ id, vars: { name: id }, samples, ...extra });

function suiteOf(name: string, cases: CaseResult[], extra: Partial<SuiteResult> = {}): SuiteResult {
  const served = new Set<string>();
  const fps = new Set<string>();
  for (const c of cases)
    for (const s of c.samples) {
      if (s.servedModel) served.add(s.servedModel);
      if (s.systemFingerprint) fps.add(s.systemFingerprint);
    }
  return {
    name,
    promptVersion: 'abcdef012345',
    promptPath: `prompts/${name}.txt`,
    provider: { id: 'fast', model: 'gpt-4o-mini', settingsHash: '0123456789ab' },
    servedModels: [...served].sort(),
    systemFingerprints: [...fps].sort(),
    repeat: 1,
    cases,
    aggregates: aggregateSuite(cases, extra.traffic),
    ...extra,
  };
}

function runOf(suites: SuiteResult[], extra: Partial<RunResult> = {}): RunResult {
  return {
    schemaVersion: 2,
    tool: { name: 'evalgate', version: '0.1.0' },
    runId: '20261101T031502Z-a1b2c3',
    startedAt: '2026-11-01T03:15:02.114Z',
    finishedAt: '2026-11-01T03:15:04.870Z',
    configPath: '/repo/evalgate.yml',
    suites,
    costCapHit: false,
    totals: { costUsd: 0.001, evalCostUsd: 0.0002, tokens: { input: 100, output: 50 }, errors: 2, samples: 12 },
    ...extra,
  };
}

/** A run holding every kind of sample and case the writer treats apart. */
function everything(): RunResult {
  const failingWeighted = okSample({
    score: 0.25,
    pass: false,
    output: 'Good day.',
    assertions: [
      {
        type: 'icontains',
        score: 0,
        pass: false,
        reason: 'output does not contain "hello"; got "Good day."',
        weight: 2,
      },
      {
        type: 'similar',
        score: 0.75,
        pass: true,
        reason: 'cosine 0.75 >= 0.7',
        weight: 1,
        evalCostUsd: 0.0001,
        evalTokens: { input: 20, output: 0 },
      },
    ],
    evalCostUsd: 0.0001,
    evalTokens: { input: 20, output: 0 },
  });
  const main = suiteOf(
    'greeting',
    [
      caseOf('plain', [okSample()]),
      caseOf('from-cache', [okSample({ cached: true, attempts: 0, latencyMs: 412 })]),
      caseOf('cached-but-sent', [okSample({ cached: true, attempts: 2 })]),
      caseOf('retried', [okSample({ attempts: 3 })]),
      caseOf('failing', [failingWeighted], { description: 'says hello', threshold: 0.8 }),
      caseOf('server-error', [
        {
          index: 0,
          status: 'error',
          error: { kind: 'server', message: 'HTTP 500 after 3 attempts' },
          assertions: [],
          tokens: { input: 0, output: 0 },
          costUsd: null,
          cached: false,
          attempts: 3,
        },
      ]),
      caseOf('judge-error', [
        okSample({
          status: 'error',
          score: undefined,
          pass: undefined,
          assertions: [
            { type: 'llm-rubric', score: 0, pass: false, reason: 'judge failed', weight: 1, error: 'judge: HTTP 500' },
          ],
        }),
      ]),
      caseOf('not-reported', [okSample({ servedModel: undefined, systemFingerprint: undefined })]),
      caseOf('tools', [
        okSample({
          output: '',
          toolCalls: [
            { name: 'lookup', arguments: { id: 7 }, argumentsValid: true },
            { name: 'broken', arguments: '{id:', argumentsValid: false },
          ],
          tokens: { input: 40, output: 12, cachedInput: 32, reasoning: 4 },
        }),
      ]),
      caseOf('repeated', [
        okSample(),
        okSample({ index: 1, score: 0, pass: false }),
        okSample({ index: 2, cached: true, attempts: 0 }),
        okSample({ index: 5 }),
      ]),
      caseOf('budget', [
        {
          index: 0,
          status: 'budget',
          error: { kind: 'budget', message: 'over maxRequestTokens' },
          assertions: [],
          tokens: { input: 0, output: 0 },
          costUsd: null,
          cached: false,
          attempts: 0,
        },
      ]),
      { id: 'nothing', vars: {}, samples: [], score: null, passRate: null, pass: null },
      // Figures the writer cannot derive from the one sample (e.g. set by hand): kept nested and written.
      { ...caseOf('odd', [okSample()]), passRate: 0.5 },
      caseOf('future', [{ ...okSample(), finishReason: 'length' } as SampleResult]),
    ],
    {
      traffic: { requestsPerMonth: 100_000 },
      repeat: 1,
      sampling: { rounds: 2, samples: 16, extraSamples: 4, extraCostUsd: null },
      redactions: 1,
    },
  );
  const snapshotChange = suiteOf('two-models', [
    caseOf('a', [okSample()]),
    caseOf('b', [okSample({ servedModel: 'gpt-4o-mini-2025-01-01', systemFingerprint: 'fp_2' })]),
  ]);
  const unanswered = suiteOf('all-skipped', [
    caseOf('s', [
      {
        index: 0,
        status: 'skipped',
        error: { kind: 'cost-cap', message: 'cost cap reached' },
        assertions: [],
        tokens: { input: 0, output: 0 },
        costUsd: null,
        cached: false,
        attempts: 0,
      },
    ]),
  ]);
  return runOf([main, snapshotChange, unanswered, suiteOf('empty', [])], {
    label: 'head',
    commit: 'abc123',
    interrupted: true,
    costCapHit: true,
  });
}

const lineOf = (text: string, id: string) =>
  text
    .split('\n')
    .find((l) => l.includes(`{"id":"${id}"`))!
    .trim()
    .replace(/,$/, '');

describe('results JSON (schema 2)', () => {
  it('reads back into the same in-memory result, every field of every sample', () => {
    const r = everything();
    const text = resultsJson(r);
    expect(parseResults(text)).toEqual(r);
    expect(JSON.parse(text).schemaVersion).toBe(2);
  });

  it('writes a short sample as one compact case line, leaving out only documented defaults', () => {
    const text = resultsJson(everything());
    expect(lineOf(text, 'plain')).toBe(
      '{"id":"plain","vars":{"name":"plain"},"status":"ok","score":1,"pass":true,"output":"Hello Ann, \\"welcome\\"\\nsecond line",' +
        '"assertions":[{"type":"icontains","pass":true,"reason":"output contains \\"hello\\""},{"type":"regex","pass":true,"reason":"output matches /Ann/ at \\"Ann\\""}],' +
        '"tokens":{"input":13,"output":10},"latencyMs":154.4,"costUsd":0.00000795}',
    );
  });

  it('writes what differs from the defaults: cache hits, retries, weights, graded scores, another served model', () => {
    const text = resultsJson(everything());
    expect(lineOf(text, 'from-cache')).toContain('"cached":true}');
    expect(lineOf(text, 'from-cache')).not.toContain('attempts');
    expect(lineOf(text, 'cached-but-sent')).toContain('"cached":true,"attempts":2}');
    expect(lineOf(text, 'retried')).toContain('"attempts":3}');
    const failing = lineOf(text, 'failing');
    expect(failing).toContain(
      '{"type":"icontains","pass":false,"weight":2,"reason":"output does not contain \\"hello\\"; got \\"Good day.\\""}',
    );
    expect(failing).toContain(
      '{"type":"similar","pass":true,"score":0.75,"reason":"cosine 0.75 >= 0.7","evalCostUsd":0.0001,"evalTokens":{"input":20,"output":0}}',
    );
    expect(failing).toMatch(
      /^\{"id":"failing","description":"says hello","vars":\{"name":"failing"\},"threshold":0\.8,"status":"ok","score":0\.25,"pass":false,/,
    );
    expect(lineOf(text, 'not-reported')).toContain('"servedModel":null,"systemFingerprint":null');
    expect(lineOf(text, 'server-error')).toBe(
      '{"id":"server-error","vars":{"name":"server-error"},"status":"error","error":{"kind":"server","message":"HTTP 500 after 3 attempts"},"assertions":[],"tokens":{"input":0,"output":0},"costUsd":null,"attempts":3}',
    );
    // The suite with two served models names the model on every answered sample.
    expect(lineOf(text, 'a')).toContain(`"servedModel":"${SERVED}","systemFingerprint":"fp_1"`);
    expect(lineOf(text, 'b')).toContain('"servedModel":"gpt-4o-mini-2025-01-01","systemFingerprint":"fp_2"');
    expect(text).toContain('"finishReason":"length"}');
  });

  it('keeps the case figures users filter on: flat cases carry score and pass, repeated cases list their samples', () => {
    const doc = JSON.parse(resultsJson(everything()));
    const cases = doc.suites[0].cases as Record<string, unknown>[];
    const byId = (id: string) => cases.find((c) => c['id'] === id)!;
    // jq '.suites[].cases[] | select(.pass == false)' finds the failing single-sample case.
    expect(cases.filter((c) => c['pass'] === false).map((c) => c['id'])).toEqual(['failing']);
    expect(byId('server-error')['pass']).toBeUndefined();
    const repeated = byId('repeated');
    expect(repeated).toMatchObject({ score: 0.75, passRate: 0.75, pass: true });
    expect((repeated['samples'] as unknown[]).length).toBe(4);
    expect(byId('odd')).toMatchObject({ passRate: 0.5, samples: [expect.objectContaining({ status: 'ok' })] });
    expect(byId('nothing')).toEqual({ id: 'nothing', vars: {}, score: null, passRate: null, pass: null, samples: [] });
  });

  it('indents the run and suite headers (aggregates before the cases) and puts each sample of a repeated case on its own line', () => {
    const text = resultsJson(everything());
    expect(
      text.startsWith(
        '{\n  "schemaVersion": 2,\n  "tool": {"name":"evalgate","version":"0.1.0"},\n  "runId": "20261101T031502Z-a1b2c3",\n',
      ),
    ).toBe(true);
    expect(text).toContain(
      '\n  "suites": [\n    {\n      "name": "greeting",\n      "promptVersion": "abcdef012345",\n',
    );
    expect(text.indexOf('"aggregates": {')).toBeLessThan(text.indexOf('"cases": ['));
    expect(text).toContain('\n      "aggregates": {\n        "cases": 14,\n');
    expect(text).toMatch(
      /\n {8}\{"id":"repeated","vars":\{"name":"repeated"\},"score":0\.75,"passRate":0\.75,"pass":true,"samples":\[\n {10}\{"status":"ok",.*\},\n {10}\{"status":"ok","score":0,"pass":false,.*\},\n {10}\{"status":"ok",.*"cached":true\},\n {10}\{"index":5,"status":"ok",.*\}\n {8}\]\},\n/,
    );
    expect(text).toContain('"name": "empty",');
    expect(text).toContain('"cases": []\n    }\n  ]\n}\n');
  });

  it('reads schema 1 files as they are and rejects versions it does not know', () => {
    const r = everything();
    const v1 = JSON.stringify({ ...r, schemaVersion: 1 });
    expect(parseResults(v1)).toEqual(r);
    expect(() => parseResults(JSON.stringify({ ...r, schemaVersion: 3 }), 'r.json')).toThrow(
      /r\.json: results schemaVersion 3 is not supported/,
    );
    expect(() => parseResults('{"suites": 1}', 'r.json')).toThrow(/not an evalgate results document/);
  });
});

describe('results JSON chunks', () => {
  const KEY = 'sk-live-0123456789abcdefABCDEF';
  const big = () =>
    runOf([
      suiteOf(
        'big',
        Array.from({ length: 3000 }, (_, i) =>
          caseOf(
            `c${i}`,
            i % 7 === 0
              ? [okSample({ output: `key ${KEY} #${i}` }), okSample({ index: 1 })]
              : [okSample({ output: `answer ${i}: ${KEY}` })],
          ),
        ),
      ),
    ]);

  it('are whole lines of about CHUNK_CHARS, so a per-chunk scrubber masks every secret', () => {
    const r = big();
    const chunks = [...resultsJsonChunks(r)];
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks.slice(0, -1)) {
      expect(c.length).toBeGreaterThanOrEqual(CHUNK_CHARS);
      expect(c.length).toBeLessThan(CHUNK_CHARS + 2_000);
    }
    // Each chunk ends with a case and the next starts a new line.
    for (const c of chunks.slice(0, -1)) expect(c.endsWith('}')).toBe(true);
    for (const c of chunks.slice(1)) expect(c.startsWith(',\n') || c.startsWith('\n')).toBe(true);
    const scrubber = createSecretScrubber([{ name: 'OPENAI_API_KEY', value: KEY }]);
    const text = [...mapChunks(chunks, (t) => scrubber.scrub(t).text)].join('');
    expect(text).not.toContain(KEY);
    const outputs = parseResults(text).suites[0]!.cases.map((c) => c.samples[0]!.output!);
    expect(outputs.filter((o) => o.includes('[secret: OPENAI_API_KEY]'))).toHaveLength(3000);
  });

  it('are written to disk atomically as the same text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-serialize-'));
    try {
      const r = big();
      await writeChunksAtomic(join(dir, 'sub/r.json'), resultsJsonChunks(r), { makeDir: true });
      const text = readFileSync(join(dir, 'sub/r.json'), 'utf8');
      expect(text).toBe(resultsJson(r));
      expect(parseResults(text)).toEqual(r);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('results JSON: the judge fields', () => {
  it('a labelled, judged case stays one flat line; a re-judged sample and the suite figures round-trip', () => {
    const judged = caseOf('judged', [okSample()], { label: 'pass', judge: 'a1b2c3d4e5f6' });
    const rejudged = caseOf('rejudged', [okSample({ rejudged: [{ type: 'llm-rubric', score: 0.2, pass: false }] })], {
      judge: 'a1b2c3d4e5f6',
    });
    const s = suiteOf('graded', [judged, rejudged], {
      judge: { identity: '0123456789ab', settings: 'ba9876543210', models: ['gpt-4o-mini'] },
      judgeConsistency: {
        n: 1,
        agree: 0,
        rate: 0,
        rateCi: [0, 0.79],
        meanScoreDiff: 0.8,
        maxScoreDiff: 0.8,
        disagreements: ['rejudged'],
        errors: 0,
      },
    });
    const r = runOf([s]);
    const text = resultsJson(r);
    expect(parseResults(text)).toEqual(r);
    const line = lineOf(text, 'judged');
    expect(line).toMatch(
      /^\{"id":"judged","vars":\{"name":"judged"\},"label":"pass","judge":"a1b2c3d4e5f6","status":"ok",/,
    );
    expect(line).not.toContain('"samples"');
  });
});
