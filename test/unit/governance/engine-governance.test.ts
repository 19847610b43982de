// The governance hooks end to end in the core: the real detectors wired into the engine as
// scanInput / redact, the real openai adapter, the loopback fake model as application and judge.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/run.js';
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import { runEval } from '../../../src/core/engine/engine.js';
import { redact, scanInput } from '../../../src/core/governance/detect.js';
import type { Clock } from '../../../src/core/ports/clock.js';
import { modelGradedScorers } from '../../../src/core/scorers/model-graded/index.js';
import { policyScorers } from '../../../src/core/scorers/policy/index.js';
import { createRegistry, deterministicScorers } from '../../../src/core/scorers/registry.js';
import { startFakeModel, type FakeModel } from '../../fakes/fake-model.js';
import { MemoryTrace, options, provider, suite, testCase } from '../engine/helpers.js';

const PII = ['ann.lee@example.com', '+44 20 7946 0958', '4111 1111 1111 1111'];
const clock: Clock = { now: () => Date.now(), monotonic: () => performance.now(), sleep: async () => {} };

let fm: FakeModel | undefined;
afterEach(async () => {
  await fm?.close();
  fm = undefined;
});

async function run(governance: { scanInputs: 'off' | 'warn' | 'block'; redactTraces: boolean }) {
  // Application: leaks PII into its answer. Judge: echoes the output it graded back in its reason.
  fm = await startFakeModel({
    behavior: (req) => {
      if (req.body?.model === 'judge-model')
        return { content: JSON.stringify({ score: 0.9, pass: true, reason: `graded: ${req.lastUser.slice(-80)}` }) };
      return { content: `Sure! Mail ${PII[0]}, call ${PII[1]}, card ${PII[2]}.` };
    },
  });
  const base = { baseUrl: fm.url, maxRetries: 0 };
  const judge = provider({ ...base, id: 'judge', model: 'judge-model' });
  const s = suite({
    provider: provider({ ...base }),
    judge,
    template: { messages: [{ role: 'user', content: 'Help {{name}}: {{text}}' }], variables: ['name', 'text'] },
    cases: [
      testCase(
        'clean',
        { name: 'Ann', text: 'how do I reset my password?' },
        { assertions: [{ type: 'no-pii' }, { type: 'llm-rubric', value: 'helpful' }] },
      ),
      testCase('leaky', { name: 'Ann', text: `my e-mail is ${PII[0]}` }, { assertions: [{ type: 'no-pii' }] }),
    ],
  });
  const trace = new MemoryTrace();
  const warnings: string[] = [];
  const out = await runEval([{ label: 'head', suite: s }], options({ governance }), {
    model: createOpenAIModelClient({ env: {} }),
    clock,
    trace,
    scorers: createRegistry(deterministicScorers(), modelGradedScorers(), policyScorers()),
    pricing: {},
    providers: { judge },
    warn: (m) => warnings.push(m),
    scanInput,
    redact,
  });
  return { result: out.results[0]!.suite, trace, warnings, fake: fm };
}

describe('governance in the engine', () => {
  it('scanInputs: block — a prompt with PII is reported as blocked and never reaches the model', async () => {
    const { result, fake, warnings } = await run({ scanInputs: 'block', redactTraces: true });
    const leaky = result.cases.find((c) => c.id === 'leaky')!;
    expect(leaky.samples[0]!.status).toBe('blocked');
    // (The judge of the clean case does see the app's PII-laden answer: outputs are not inputs.)
    expect(fake.requests.some((r) => r.rawBody.includes('my e-mail is'))).toBe(false);
    expect(fake.chatRequests().some((r) => r.rawBody.includes('reset my password'))).toBe(true);
    expect(warnings.join('\n')).toMatch(/leaky.*email/);
    expect(warnings.join('\n')).not.toContain(PII[0]);
  });

  it('redactTraces: no raw PII in results or trace, while scoring saw the real output', async () => {
    const { result, trace } = await run({ scanInputs: 'off', redactTraces: true });
    const clean = result.cases.find((c) => c.id === 'clean')!.samples[0]!;
    // no-pii failed, so it scored the unredacted answer; the judge ran (kind 'judge' in the trace).
    expect(clean.assertions[0]).toMatchObject({
      type: 'no-pii',
      pass: false,
      reason: 'found 1 email, 1 phone, 1 card',
    });
    expect(trace.records.some((r) => r.kind === 'judge')).toBe(true);
    const written = JSON.stringify(result) + trace.records.map((r) => JSON.stringify(r)).join('\n');
    for (const v of PII) expect(written).not.toContain(v);
    expect(written).toContain('[REDACTED:email]');
    expect(written).toContain('[REDACTED:card]');
    expect(result.redactions).toBeGreaterThan(0);
  });

  it('without redaction the same run does keep the values (the test above can fail)', async () => {
    const { result } = await run({ scanInputs: 'off', redactTraces: false });
    expect(JSON.stringify(result)).toContain(PII[0]);
  });
});

// Issue 5: "no raw PII in any written file after a run". The real CLI command in-process (config loader,
// disk cache, recordings, JSONL trace, results JSON, JUnit) against the fake model as app and judge; then
// every file the runs created or changed under the temp dir is read and searched for the seeded values.
describe('no raw PII in any written file (evalgate run, in-process)', () => {
  type Snapshot = Map<string, string>;
  function walk(dir: string, out: Snapshot = new Map()): Snapshot {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p, out);
      else {
        const st = statSync(p);
        out.set(p, `${st.size}:${st.mtimeMs}`);
      }
    }
    return out;
  }

  async function cliRuns(redactTraces: boolean) {
    fm = await startFakeModel({
      behavior: (req) => {
        if (req.body?.model === 'judge-model')
          return { content: JSON.stringify({ score: 0.9, pass: true, reason: `graded: ${req.lastUser.slice(-120)}` }) };
        // Leaks only when asked about personal data, so the clean case's answers are cached.
        if (req.lastUser.includes('e-mail'))
          return { content: `Sure! Mail ${PII[0]}, call ${PII[1]}, card ${PII[2]}.` };
        return { content: 'Use the reset link on the sign-in page.' };
      },
    });
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-pii-'));
    writeFileSync(join(dir, 'prompt.txt'), 'Help {{name}}: {{text}}');
    writeFileSync(
      join(dir, 'evalgate.yml'),
      [
        'version: 1',
        'providers:',
        `  app: { type: openai, model: gpt-4o-mini, baseUrl: "${fm.url}", maxRetries: 0 }`,
        `  judge: { type: openai, model: judge-model, baseUrl: "${fm.url}", maxRetries: 0 }`,
        'defaults: { provider: app, judge: judge, repeat: 1 }',
        `governance: { scanInputs: warn, redactTraces: ${redactTraces} }`,
        'recordings: recordings',
        'suites:',
        '  - name: answers',
        '    prompt: prompt.txt',
        '    assert:',
        '      - type: llm-rubric',
        '        value: The answer is polite.',
        '      - type: no-pii',
        '    cases:',
        '      - id: clean',
        '        vars: { name: Ann, text: "how do I reset my password?" }',
        // No id: the derived case id must not carry the values either.
        `      - vars: { name: Ann, text: "my e-mail is ${PII[0]}, card ${PII[2]}" }`,
        '',
      ].join('\n'),
    );
    const before = walk(dir);
    let stderr = '';
    const io = { stdout: () => {}, stderr: (t: string) => void (stderr += t), env: {}, cwd: dir, isTTY: false };
    const flags = ['--config', 'evalgate.yml', '--trace', 'trace.jsonl'];
    const codes = [
      await runCommand([...flags, '--out', 'results.json', '--junit', 'junit.xml'], io),
      await runCommand([...flags, '--out', 'recorded.json', '--record'], io),
    ];
    const written = [...walk(dir)].filter(([p, sig]) => before.get(p) !== sig).map(([p]) => p);
    return { dir, codes, stderr, written };
  }

  it('cache, recordings, trace, results and JUnit hold none of the seeded values', async () => {
    const { dir, codes, stderr, written } = await cliRuns(true);
    try {
      expect(codes.every((c) => c === 0 || c === 1)).toBe(true); // ran (no-pii fails the gate: exit 1)
      const rel = written.map((p) => relative(dir, p));
      // The walk covered every kind of output, so the assertion below is not vacuous.
      expect(rel).toEqual(expect.arrayContaining(['trace.jsonl', 'results.json', 'junit.xml', 'recorded.json']));
      expect(rel.some((p) => p.startsWith('.evalgate-cache'))).toBe(true); // the clean answers were cached
      expect(rel.some((p) => p.startsWith('recordings'))).toBe(true); // ...and recorded
      for (const p of written) {
        const text = readFileSync(p, 'utf8');
        for (const v of PII) expect(text, `${relative(dir, p)} contains ${v}`).not.toContain(v);
      }
      expect(stderr).toMatch(/responses with personal data were not cached \(/);
      expect(stderr).toMatch(/responses with personal data were not cached or recorded/);
      expect(stderr).not.toContain(PII[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('without redaction the written files do hold them (the test above can fail)', async () => {
    const { dir, written } = await cliRuns(false);
    try {
      const all = written.map((p) => readFileSync(p, 'utf8')).join('\n');
      expect(all).toContain(PII[0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('judge call errors in the trace', () => {
  it('redacts personal data an endpoint echoes in its error message', async () => {
    const email = 'ann.lee@example.com';
    fm = await startFakeModel({
      behavior: (req) =>
        req.body?.model === 'judge-model'
          ? { status: 400, message: `content policy: the request mentions ${email}` }
          : { content: 'Hello!' },
    });
    const base = { baseUrl: fm.url, maxRetries: 0 };
    const judge = provider({ ...base, id: 'judge', model: 'judge-model' });
    const s = suite({
      provider: provider({ ...base }),
      judge,
      // One judge call: no self-consistency re-judging.
      judgeConsistencyChecks: 0,
      cases: [testCase('a', { name: 'Ann' }, { assertions: [{ type: 'llm-rubric', value: 'polite' }] })],
    });
    const trace = new MemoryTrace();
    const out = await runEval(
      [{ label: 'head', suite: s }],
      options({ governance: { scanInputs: 'off', redactTraces: true } }),
      {
        model: createOpenAIModelClient({ env: {} }),
        clock,
        trace,
        scorers: createRegistry(deterministicScorers(), modelGradedScorers(), policyScorers()),
        pricing: {},
        providers: { judge },
        warn: () => {},
        scanInput,
        redact,
      },
    );
    const judged = trace.records.filter((r) => r.kind === 'judge');
    expect(judged).toHaveLength(1);
    expect(judged[0]!.error?.message).toContain('[REDACTED:email]');
    expect(JSON.stringify(trace.records)).not.toContain(email);
    const sample = out.results[0]!.suite.cases[0]!.samples[0]!;
    expect(sample.status).toBe('error'); // a failed judge call is an error, not a fail
    expect(sample.error?.message).not.toContain(email);
    expect(sample.assertions[0]!.reason).not.toContain(email);
  });
});
