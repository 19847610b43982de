// Measures `evalgate import promptfoo` over a corpus of promptfoo configs nobody here wrote — promptfoo's own
// `examples/` folder — the way a promptfoo user tries evalgate: import each config (bundled dist/cli.js, in a
// copy of its example folder), then `evalgate run` the written config against the loopback fake model.
//   npm run bench:import -- /path/to/promptfoo/examples
// Prints one line per config and the shares with 95% Wilson intervals (BENCH_IMPORT_DETAIL=FILE appends every
// import's full output there). The corpus is read, never committed.
// Every written provider's baseUrl/endpoint is pointed at the fake (the one edit a test must make: vendor hosts
// are not reachable here), and a dead loopback proxy catches any request that would still leave the machine.
import { spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fakeEmbedding, startFakeModel } from '../test/fakes/fake-model.ts';
import { ROOT } from './support.mjs';

const corpus = process.argv[2];
if (!corpus) {
  console.error('usage: npm run bench:import -- PROMPTFOO_EXAMPLES_DIR');
  process.exit(2);
}
const CLI = join(ROOT, 'dist/cli.js');
const CONFIG_NAME = /^promptfooconfig[^/]*\.(ya?ml|json|m?js|cjs|ts)$/;

function configsIn(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...configsIn(p));
    else if (CONFIG_NAME.test(e.name)) out.push(p);
  }
  return out.sort();
}

// Judges get the JSON their prompt asks for (evalgate's judge prompts name the shape); the model under test a
// plain answer: the measure is whether the converted config runs, not what it scores.
const fake = await startFakeModel({ record: false });
fake.setBehavior((req) => {
  if (req.endpoint === 'embeddings')
    return { embeddings: [].concat(req.body.input).map((t) => fakeEmbedding(String(t))) };
  const system = String(req.body.messages?.[0]?.content ?? '');
  if (system.includes('Return {"category"')) return { content: '{"category":"consistent","reason":"ok"}' };
  if (system.includes('"pass": <true or false>')) return { content: '{"score":1,"pass":true,"reason":"ok"}' };
  if (system.includes('Return {"score"')) return { content: '{"score":1,"reason":"ok"}' };
  if (system.includes('Return {'))
    return { content: system.slice(system.indexOf('Return {') + 7).split('.')[0] ?? '{}' };
  return { content: `An answer to: ${req.lastUser.slice(0, 200)}` };
});

const env = {
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  OPENAI_BASE_URL: fake.url,
  HTTPS_PROXY: 'http://127.0.0.1:9',
  HTTP_PROXY: 'http://127.0.0.1:9',
  NO_PROXY: '127.0.0.1,localhost',
  NODE_USE_ENV_PROXY: '1',
  OPENAI_API_VERSION: '2024-10-21',
  AZURE_OPENAI_ENDPOINT: fake.origin,
  // What promptfoo's Vertex provider reads too (its project), and the token evalgate sends to Vertex.
  VERTEX_PROJECT_ID: 'corpus-project',
  VERTEX_ACCESS_TOKEN: 'ya29.corpus-token',
};
for (const k of [
  'OPENAI',
  'ANTHROPIC',
  'GEMINI',
  'MISTRAL',
  'GROQ',
  'DEEPSEEK',
  'TOGETHER',
  'OPENROUTER',
  'AZURE_OPENAI',
  'LITELLM',
  'LAMBDA',
])
  env[`${k}_API_KEY`] = 'sk-corpus-0123456789abcdef';

/** Runs the CLI without blocking this process's event loop (the fake model answers from it). */
function cli(args, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** The last line that says something (not a Node warning about its own APIs). */
const lastLine = (text) =>
  (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\(node:\d+\)|^\(Use `node --trace-warnings/.test(l))
    .at(-1) ?? '';

const rows = [];
for (const file of configsIn(corpus)) {
  const work = mkdtempSync(join(tmpdir(), 'evalgate-corpus-'));
  const exampleDir = dirname(file);
  try {
    cpSync(exampleDir, work, {
      recursive: true,
      filter: (src) => !src.includes('node_modules') && statSync(src).size < 20_000_000,
    });
    const name = relative(corpus, file);
    const imp = await cli(
      ['import', 'promptfoo', basename(file), '--out', 'evalgate-out/evalgate.yml', '--force'],
      work,
      60_000,
    );
    if (process.env.BENCH_IMPORT_DETAIL)
      appendFileSync(
        process.env.BENCH_IMPORT_DETAIL,
        `## ${relative(corpus, file)} (exit ${imp.status})\n${imp.stdout}${imp.stderr}\n`,
      );
    const notConverted = Number(/Not converted \((\d+)\)/.exec(imp.stdout ?? '')?.[1] ?? 0);
    const row = { name, imported: imp.status === 0, notConverted, ran: false, runCode: null, why: '' };
    if (!row.imported) row.why = lastLine(imp.stderr || imp.stdout);
    else {
      const cfgPath = join(work, 'evalgate-out/evalgate.yml');
      const text = readFileSync(cfgPath, 'utf8')
        .replace(/^(\s*baseUrl:\s*).*$/gm, `$1${fake.url}`)
        .replace(/^(\s*endpoint:\s*)https?:.*$/gm, `$1${fake.origin}`);
      writeFileSync(cfgPath, text);
      const run = await cli(
        ['run', '--config', cfgPath, '--no-cache', '--out', join(work, 'results.json')],
        work,
        180_000,
      );
      row.runCode = run.status;
      row.ran = run.status === 0 || run.status === 1;
      const firstError = /errors: [^\n]*\n\s*([^\n]*)/.exec(run.stdout)?.[1];
      if (!row.ran) row.why = `exit ${run.status}: ${firstError ?? lastLine(`${run.stdout}\n${run.stderr}`)}`;
    }
    rows.push(row);
    console.log(
      `${row.ran ? 'RUNS  ' : row.imported ? 'LOADS ' : 'NO    '} ${name}${row.notConverted ? ` (${row.notConverted} not converted)` : ''}${row.why ? ` — ${row.why.slice(0, 160)}` : ''}`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
await fake.close();

/** 95% Wilson interval of k successes in n. */
function wilson(k, n) {
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [c - h, c + h];
}
const n = rows.length;
const share = (k) => {
  const [lo, hi] = wilson(k, n);
  return `${k}/${n} = ${((100 * k) / n).toFixed(1)} % (95% CI ${(100 * lo).toFixed(1)}–${(100 * hi).toFixed(1)} %)`;
};
const clean = rows.filter((r) => r.ran && r.notConverted === 0).length;
console.log(`\nimport writes a config that loads: ${share(rows.filter((r) => r.imported).length)}`);
console.log(`…and it runs against the fake model: ${share(rows.filter((r) => r.ran).length)}`);
console.log(`…with nothing listed as not converted: ${share(clean)}`);
