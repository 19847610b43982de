// The PR gate (node dist/index.js) on a tool-calling suite behind a header-authenticated gateway: the
// head's prompt change makes the model call the tool with the wrong arguments. The sticky comment shows
// both tool calls and fails the PR; the gateway key (a provider header from ${VAR}) never leaks.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../fakes/fake-github.js';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { git, runActionProcess } from '../support/processes.js';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/index.js');
const GW_KEY = 'gw-e2e-gateway-key-SECRET-42';
const CITIES = ['Paris', 'Rome', 'Oslo', 'Lima', 'Kyiv', 'Doha'];

let model: FakeModel;
let gh: FakeGitHub;
let root: string;
let repo: string;
let baseSha: string;
let headSha: string;

beforeAll(async () => {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` before the e2e tests`);
  model = await startFakeModel({
    requireHeader: { name: 'x-gateway-key', value: GW_KEY },
    behavior: (req) => {
      const m = /weather in (\w+)( briefly)?/.exec(req.lastUser);
      const city = m?.[1] ?? '?';
      // The "briefly" prompt makes the model pass the city under the wrong argument name.
      const args = m?.[2] ? { town: city } : { city, unit: 'c' };
      return {
        content: null,
        toolCalls: [{ name: 'get_weather', arguments: JSON.stringify(args) }],
        usage: { prompt_tokens: 30, completion_tokens: 12 },
      };
    },
  });
  root = mkdtempSync(join(tmpdir(), 'evalgate-e2e-tools-'));
  repo = join(root, 'repo');
  mkdirSync(join(repo, 'prompts'), { recursive: true });
  git(root, 'init', '-q', '-b', 'main', repo);
  writeFileSync(
    join(repo, 'evalgate.yml'),
    `version: 1
providers:
  gw: { model: gpt-4o-mini, temperature: 0, headers: { x-gateway-key: "\${GATEWAY_KEY}" } }
pricing:
  gpt-4o-mini: { input: 0.15, output: 0.60 }
gate: { minScore: 0.5, maxScoreDrop: 0.05 }
suites:
  - name: weather
    prompt: prompts/weather.yaml
    cases: [${CITIES.map((c) => `{ id: ${c.toLowerCase()}, vars: { city: ${c} } }`).join(', ')}]
    assert:
      - { type: tool-call, value: { name: get_weather, arguments: { city: "{{city}}" } } }
      - { type: is-valid-tool-call }
`,
  );
  const prompt = (suffix: string) => `messages:
  - { role: user, content: "What is the weather in {{city}}${suffix}?" }
tools:
  - type: function
    function:
      name: get_weather
      parameters: { type: object, properties: { city: { type: string }, unit: { enum: [c, f] } }, required: [city], additionalProperties: false }
`;
  writeFileSync(join(repo, 'prompts/weather.yaml'), prompt(''));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(repo, 'prompts/weather.yaml'), prompt(' briefly'));
  git(repo, 'commit', '-q', '-am', 'briefer');
  headSha = git(repo, 'rev-parse', 'HEAD');
  gh = await startFakeGitHub();
  gh.state.addPull(7, ['prompts/weather.yaml'], {
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
});

afterAll(async () => {
  await model?.close();
  await gh?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('action: PR gate on a tool-calling suite behind a gateway (dist/index.js)', () => {
  it('shows the changed tool calls, fails on the regression, and never leaks the gateway key', async () => {
    const dir = mkdtempSync(join(root, 'run-'));
    const baseRepo = { full_name: 'octo/repo', fork: false };
    const run = await runActionProcess({
      dist: DIST,
      dir,
      workspace: repo,
      event: 'pull_request',
      payload: {
        action: 'synchronize',
        number: 7,
        pull_request: {
          number: 7,
          title: 'Briefer',
          html_url: 'https://github.test/octo/repo/pull/7',
          base: { ref: 'main', sha: baseSha, repo: baseRepo },
          head: { ref: 'feature', sha: headSha, repo: baseRepo },
        },
        repository: baseRepo,
      },
      sha: headSha,
      ref: 'refs/pull/7/merge',
      apiUrl: gh.url,
      runId: '4242',
      env: { HOME: root, GATEWAY_KEY: GW_KEY },
      inputs: {
        config: 'evalgate.yml',
        'github-token': gh.token,
        'base-url': model.url,
        'api-key': 'sk-e2e-tools-0123456789',
        comment: 'true',
        'fail-on': 'regression',
      },
    });
    const r = { code: run.code, out: run.stdout + run.stderr };
    expect(r.code, r.out).toBe(1);
    const comments = gh.state.commentsOn(7);
    expect(comments).toHaveLength(1);
    const body = comments[0]!.body;
    expect(body).toMatch(/weather/);
    // Both sides' answers are tool calls, shown as such (not as empty outputs).
    expect(body).toContain('→ tool call get_weather({"city":"Paris","unit":"c"})');
    expect(body).toContain('→ tool call get_weather({"town":"Paris"})');
    // Every request carried the gateway header; its value appears nowhere.
    // Whole rounds of base + head (a 6-case suite may need a second round of sequential sampling to decide).
    const requests = model.chatRequests().length;
    expect(requests).toBeGreaterThanOrEqual(2 * CITIES.length);
    expect(requests % (2 * CITIES.length)).toBe(0);
    expect(model.chatRequests().every((q) => q.headers['x-gateway-key'] === GW_KEY)).toBe(true);
    // The key is registered with the runner's log masking, and printed nowhere else.
    expect(r.out.split('\n')).toContain(`::add-mask::${GW_KEY}`);
    const logs = r.out.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    const everything = [...logs, body, run.summary, readFileSync(join(dir, 'output.txt'), 'utf8')].join('\n');
    expect(everything).not.toContain(GW_KEY);
  });
});
