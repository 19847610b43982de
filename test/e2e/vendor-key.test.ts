// A provider whose `apiKey` names its own variable (`${ANTHROPIC_API_KEY}`, as `evalgate import promptfoo`
// writes for vendor endpoints) while that variable is unset: the bundled CLI sends that endpoint no key,
// never the machine's OPENAI_API_KEY in its place (the key would go to another company's host). Before,
// the unset key was dropped and the provider fell back to OPENAI_API_KEY. A provider with no `apiKey` at
// all still takes OPENAI_API_KEY, like the openai SDK (a gateway or OpenAI itself).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeModel, type FakeModel } from '../fakes/fake-model.js';
import { runNode } from '../support/processes.js';

const CLI = resolve(__dirname, '../../dist/cli.js');
const OPENAI_KEY = 'sk-openai-stays-home-1234567890';
const VENDOR_KEY = 'sk-ant-vendor-0987654321';

let model: FakeModel;
let dir: string;

beforeAll(async () => {
  model = await startFakeModel({ behavior: () => ({ content: 'Paris' }) });
  dir = mkdtempSync(join(tmpdir(), 'evalgate-e2e-vendor-key-'));
  writeFileSync(join(dir, 'p.txt'), 'Capital of {{country}}?');
  writeFileSync(
    join(dir, 'evalgate.yml'),
    `version: 1
providers:
  vendor: { model: claude-sonnet-4, baseUrl: "${model.url}", apiKey: "\${ANTHROPIC_API_KEY}", temperature: 0, maxRetries: 0 }
  gateway: { model: gpt-4o-mini, baseUrl: "${model.url}", temperature: 0, maxRetries: 0 }
suites:
  - name: on-vendor
    provider: vendor
    prompt: p.txt
    cases: [{ vars: { country: France } }]
    assert: [{ type: icontains, value: paris }]
  - name: on-gateway
    provider: gateway
    prompt: p.txt
    cases: [{ vars: { country: France } }]
    assert: [{ type: icontains, value: paris }]
`,
  );
});

afterAll(async () => {
  await model?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (extra: Record<string, string>) =>
  runNode(CLI, ['run', '--no-cache'], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', HOME: dir, OPENAI_API_KEY: OPENAI_KEY, ...extra },
  });

/** The Authorization header of every chat request for `modelId`. */
const authOf = (modelId: string, from: number): string[] =>
  model.requests
    .slice(from)
    .filter((r) => (r.body as { model?: string } | undefined)?.model === modelId)
    .map((r) => String(r.headers['authorization']));

describe('a vendor provider whose key variable is unset (dist/cli.js)', () => {
  it('gets no key, not OPENAI_API_KEY; a provider without apiKey still uses OPENAI_API_KEY', async () => {
    const from = model.requests.length;
    const out = await run({});
    const vendor = authOf('claude-sonnet-4', from);
    expect(vendor.length).toBeGreaterThan(0);
    for (const a of vendor) expect(a).not.toContain(OPENAI_KEY);
    expect(vendor).toEqual(vendor.map(() => 'Bearer evalgate-no-key'));
    expect(authOf('gpt-4o-mini', from)).toEqual([`Bearer ${OPENAI_KEY}`]);
    expect(out.stderr).toContain('its apiKey is empty or names an unset variable');
    expect(out.stderr + out.stdout).not.toContain(OPENAI_KEY);
  }, 60_000);

  it('gets its own key once the variable is set', async () => {
    const from = model.requests.length;
    const out = await run({ ANTHROPIC_API_KEY: VENDOR_KEY });
    expect(out.code).toBe(0);
    expect(authOf('claude-sonnet-4', from)).toEqual([`Bearer ${VENDOR_KEY}`]);
  }, 60_000);
});
