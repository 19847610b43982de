// The layering rules of CONTRIBUTING.md, checked on the import graph of src/ and monitor/:
// no import cycles; the pure core imports no I/O; adapters never reach up into the application layer or
// a root; the application layer never imports a root; a composition root never imports another root.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['src', 'monitor'];

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return listTs(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/** Every import specifier of a file: static, dynamic and re-exports; type-only imports too (a type cycle is still a tangle). */
function specifiers(text: string): string[] {
  const out: string[] = [];
  const re =
    /(?:^|[^\w.])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3]) as string);
  return out;
}

const rel = (abs: string): string => relative(ROOT, abs).split('\\').join('/');
const files = SOURCE_DIRS.filter((d) => existsSync(join(ROOT, d))).flatMap((d) => listTs(join(ROOT, d)));
const graph = new Map<string, { local: string[]; packages: string[]; text: string }>();
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const local: string[] = [];
  const packages: string[] = [];
  for (const s of specifiers(text)) {
    if (s.startsWith('.')) local.push(rel(resolve(dirname(f), s).replace(/\.js$/, '.ts')));
    else packages.push(s);
  }
  graph.set(rel(f), { local, packages, text });
}

type Layer = 'core' | 'adapters' | 'app' | 'action' | 'cli' | 'monitor' | 'entry';
function layerOf(path: string): Layer {
  if (path.startsWith('src/core/')) return 'core';
  if (path.startsWith('src/adapters/')) return 'adapters';
  if (path.startsWith('src/app/')) return 'app';
  if (path.startsWith('src/action/')) return 'action';
  if (path.startsWith('src/cli/')) return 'cli';
  if (path.startsWith('monitor/')) return 'monitor';
  return 'entry';
}
const ROOTS: readonly Layer[] = ['action', 'cli', 'monitor'];
/** Which layers each layer may import. Entry files (src/index.ts, src/cli.ts) call their root only. */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: ['core'],
  adapters: ['core', 'adapters'],
  app: ['core', 'adapters', 'app'],
  action: ['core', 'adapters', 'app', 'action'],
  cli: ['core', 'adapters', 'app', 'cli'],
  monitor: ['core', 'adapters', 'app', 'monitor'],
  entry: ['action', 'cli'],
};

describe('architecture', () => {
  it('reads a real import graph', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/app/gate/flow.ts')?.local).toContain('src/app/runtime.ts');
  });

  it('covers all three composition roots: the action, the CLI and the monitor service', () => {
    for (const root of ROOTS)
      expect([...graph.keys()].filter((f) => layerOf(f) === root).length, `files of the ${root} root`).toBeGreaterThan(
        0,
      );
    expect(graph.get('monitor/index.ts')?.local).toContain('src/app/monitor/main.ts');
  });

  it('prom-client is loaded lazily, by the monitor service only', () => {
    const importers = [...graph].filter(([, { packages }]) => packages.includes('prom-client')).map(([f]) => f);
    expect(importers).toEqual(['src/app/monitor/metrics.ts']);
    expect(graph.get('src/app/monitor/metrics.ts')!.text).not.toMatch(/^import[^(]*from\s*['"]prom-client['"]/m);
  });

  it('every relative import names a file that exists', () => {
    const missing = [...graph].flatMap(([f, { local }]) =>
      local.filter((t) => !graph.has(t) && !t.endsWith('.json')).map((t) => `${f} → ${t}`),
    );
    expect(missing).toEqual([]);
  });

  it('has no import cycle', () => {
    // Tarjan's strongly connected components: any component of more than one file is a cycle.
    let index = 0;
    const idx = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string): void => {
      idx.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v)?.local ?? []) {
        if (!graph.has(w)) continue;
        if (!idx.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
      }
      if (low.get(v) === idx.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || graph.get(v)!.local.includes(v)) cycles.push(comp.sort());
      }
    };
    for (const v of graph.keys()) if (!idx.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });

  it('each layer imports only the layers below it; no root imports another root', () => {
    const bad: string[] = [];
    for (const [f, { local }] of graph) {
      const from = layerOf(f);
      for (const t of local) {
        if (t.endsWith('.json')) continue;
        const to = layerOf(t);
        if (!ALLOWED[from].includes(to)) bad.push(`${f} (${from}) → ${t} (${to})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the pure core imports no I/O', () => {
    const IO =
      /^(node:(fs|child_process|net|http|https|os|worker_threads|process)(\/.*)?|fs|child_process|@actions\/.*|@octokit\/.*|openai(\/.*)?|node-cron)$/;
    const bad: string[] = [];
    for (const [f, { packages, text }] of graph) {
      if (layerOf(f) !== 'core') continue;
      for (const p of packages) if (IO.test(p)) bad.push(`${f} imports ${p}`);
      if (/\bprocess\.(env|argv|exit|stdout|stderr|cwd)\b/.test(text.replace(/\/\/.*$/gm, '')))
        bad.push(`${f} touches process`);
    }
    expect(bad).toEqual([]);
  });

  it('comments cite no internal plan labels', () => {
    const bad = [...graph].filter(([, { text }]) => /\bH\d\b/.test(text)).map(([f]) => f);
    expect(bad).toEqual([]);
  });
});
