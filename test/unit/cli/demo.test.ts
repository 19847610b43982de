// The shipped demo (`npm run demo`): the examples replay from their committed recordings with no key and
// no network, exit 0, show the one deliberately failing assertion with its reason, and print the same
// thing every time.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/cli/commands/run.js';
import { captureIO } from './helpers.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('examples demo (replay)', () => {
  it('runs offline, exits 0, shows the imperfect case, deterministically', async () => {
    // No OPENAI_* at all: a request could not even be attempted.
    const first = captureIO(root, {});
    expect(await runCommand(['--config', 'examples/evalgate.yml', '--replay'], first)).toBe(0);
    const out = first.stdoutText();
    for (const suite of ['greeting', 'extraction', 'support-reply']) expect(out).toContain(suite);
    expect(out).toMatch(/extraction\/order-57-words \(2\/2 samples failed\) — json-schema: .*quantity must be integer/);
    expect(out).toContain('✓ all 3 suites meet gate.minScore 0.70');
    expect(out).toContain('18 of 18 answers from the recordings (spent this run: $0.00)');
    expect(out).not.toMatch(/replay-miss|errors: /);

    const second = captureIO(root, {});
    await runCommand(['--config', 'examples/evalgate.yml', '--replay'], second);
    expect(second.stdoutText()).toBe(out);
  });
});
