// docs/sample-drift-issue.md: `evalgate drift --store branch` (the CLI command in-process, real config
// loader, engine, openai SDK and Octokit) run night after night against the loopback fake model and fake
// GitHub, history on the data branch. The issue is read back from the fake GitHub.
//
// Scenario: 20 quiet nights of "support-triage" (20 tickets), then a model update that turns 4 of them
// into refusals (one with HTML, an @mention and a code fence, shown escaped).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { createDriftCommand } from '../../src/cli/commands/drift.js';
import type { CliIO } from '../../src/cli/io.js';
import { startFakeGitHub, type FakeGitHub } from '../../test/fakes/fake-github.js';
import { fakeTokens, startFakeModel, type FakeModel } from '../../test/fakes/fake-model.js';
import { emitFile } from './emit.js';
import { quickOctokit, requestJitter, simulatedLatency, writeFiles } from './scenario.js';

// Run ids end in random hex: a counter-seeded hash keeps them (and temp names) stable from run to run.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  let n = 0;
  const randomBytes = (size: number): Buffer =>
    real.createHash('sha256').update(`evalgate-sample-${n++}`).digest().subarray(0, size);
  return { ...real, default: { ...real, randomBytes }, randomBytes };
});

const REPO = 'acme/support-bot';
const TICKETS = 20;
const CATEGORIES = ['billing', 'account', 'shipping'];
/** The tickets the updated model refuses. */
const REFUSED = new Set([2, 5, 9, 13]);
const REFUSAL =
  "I'm sorry, I can't help with that request. Please reach out to our support team through the contact form on our website, and someone will get back to you within a few business days.";
const world = { updated: false };

const CONFIG = `version: 1
providers:
  mini: { type: openai, model: gpt-4o-mini, temperature: 0, maxTokens: 120 }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
defaults: { provider: mini, repeat: 1, concurrency: 1 }
drift: { recoverAfter: 2 }
suites:
  - name: support-triage
    prompt: prompts/triage.txt
    assert:
      - type: icontains
        value: "category:"
    cases:
${Array.from({ length: TICKETS }, (_, i) => `      - id: ticket-${String(i + 1).padStart(2, '0')}\n        vars: { n: ${i + 1}, category: ${CATEGORIES[(i + 1) % 3]} }`).join('\n')}
`;

function answer(prompt: string): string {
  const n = Number(/ticket (\d+)/.exec(prompt)?.[1] ?? 0);
  const category = /about (\w+)/.exec(prompt)?.[1] ?? 'other';
  if (world.updated && REFUSED.has(n))
    return n === 9 ? 'I cannot help with billing. Contact @support-team or see #42 <b>now</b> ```rm -rf```' : REFUSAL;
  return `Category: ${category}. Reply: happy to help with case ${n}.`;
}

let model: FakeModel;
let gh: FakeGitHub;
let dir: string;
let latency: ReturnType<typeof simulatedLatency>;
const jitter = requestJitter();
let now = 0;

beforeAll(async () => {
  latency = simulatedLatency();
  model = await startFakeModel({
    behavior: (req) => {
      const content = answer(req.lastUser);
      // The updated model answers faster; the jitter is keyed by the request and the night (see requestJitter).
      latency.advance(
        Math.round((world.updated ? 0.4 : 1) * (90 + fakeTokens(content) * 3 + jitter(req.rawBody) * 40)),
      );
      return {
        content,
        model: world.updated ? 'gpt-4o-mini-2025-10-01' : 'gpt-4o-mini-2024-07-18',
        systemFingerprint: world.updated ? 'fp_b8e1c2d3f4' : 'fp_44709d6fcb',
        usage: { prompt_tokens: 40 + fakeTokens(req.lastUser), completion_tokens: fakeTokens(content) },
      };
    },
  });
  gh = await startFakeGitHub({ repo: REPO });
  dir = mkdtempSync(join(tmpdir(), 'evalgate-sample-drift-'));
  writeFiles(dir, {
    'evalgate.yml': CONFIG,
    'prompts/triage.txt':
      'Triage support ticket {{n}} about {{category}}: name its category, then reply in one sentence.',
  });
});

afterAll(async () => {
  latency?.restore();
  await model?.close();
  await gh?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const drift = createDriftCommand({
  createOctokit: quickOctokit,
  // Every check runs at 03:17:04 UTC of its simulated night.
  clock: {
    now: () => now,
    monotonic: () => performance.now(),
    sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : undefined),
  },
});

async function night(day: Date): Promise<number> {
  now = day.getTime();
  const err: string[] = [];
  const io: CliIO = {
    stdout: () => {},
    stderr: (t) => void err.push(t),
    env: {
      OPENAI_API_KEY: 'sk-sample-not-a-real-key',
      OPENAI_BASE_URL: model.url,
      GITHUB_TOKEN: gh.token,
      GITHUB_API_URL: gh.url,
    },
    cwd: dir,
    isTTY: false,
  };
  const code = await drift(
    [
      '--config',
      'evalgate.yml',
      '--repo',
      REPO,
      '--store',
      'branch',
      '--run-url',
      `https://github.com/${REPO}/actions/runs/${9000 + Math.round((now - FIRST) / 86_400_000)}`,
    ],
    io,
  );
  if (code > 1) throw new Error(`evalgate drift exited ${code}: ${err.join('')}`);
  return code;
}

const FIRST = Date.parse('2026-10-20T03:17:04Z');

it('the drift monitor opens the issue', async () => {
  const issues = () => gh.state.issues.filter((i) => i.labels.includes('evalgate-drift'));
  for (let d = 0; d < 20; d++) expect(await night(new Date(FIRST + d * 86_400_000))).toBe(0);
  expect(issues()).toHaveLength(0);
  world.updated = true;
  // The issue opens on the first night the monitor is sure; a few nights at most.
  for (let d = 20; d < 25 && issues().length === 0; d++) await night(new Date(FIRST + d * 86_400_000));
  expect(issues()).toHaveLength(1);
  emitFile(
    'docs/sample-drift-issue.md',
    `<!-- A drift issue exactly as evalgate posts it, generated by \`npm run samples\` (scripts/samples/drift-issue.gen.ts): \`evalgate drift --store branch\` against the loopback fake model and fake GitHub (20 quiet nights, then a model update that turns 4 of 20 support tickets into refusals). See docs/drift.md. -->\n${(issues()[0]!.body ?? '').replace(/\n*$/, '\n')}`,
  );
});
