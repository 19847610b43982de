// The README's demo output: what `npm run demo` prints (`evalgate run --config examples/evalgate.yml
// --replay`, answers from the committed examples/recordings/, so no key, no network, same output).
import { it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run.js';
import { emitRegion, ROOT } from './emit.js';

it('README: demo output', async () => {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    stdout: (t: string) => void out.push(t),
    stderr: (t: string) => void err.push(t),
    env: {},
    cwd: ROOT,
    isTTY: false,
  };
  const code = await runCommand(['--config', 'examples/evalgate.yml', '--replay'], io);
  if (code !== 0) throw new Error(`the demo exited ${code}: ${err.join('')}`);
  emitRegion('README.md', 'demo-output', `\`\`\`\n${out.join('').trimEnd()}\n\`\`\``);
});
