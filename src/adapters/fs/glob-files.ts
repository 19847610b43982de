// The files under a folder that a glob matches (`prompts/*.txt`, `tests/**/*.yaml`), as paths relative to it,
// sorted: what promptfoo expands its `file://` globs to. Walks only below the glob's fixed leading folders, and
// never into node_modules or dot-folders.
import { type Dirent, readdirSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

export function globFiles(root: string, pattern: string): string[] {
  const clean = pattern.replace(/^\.\//, '');
  const segments = clean.split('/');
  const fixed: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (/[*?[\]{}]/.test(s)) break;
    fixed.push(s);
  }
  const isMatch = picomatch(clean);
  const out: string[] = [];
  const walk = (rel: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(root, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.') && depth < 20) walk(p, depth + 1);
      } else if (isMatch(p)) out.push(p);
    }
  };
  walk(fixed.join('/'), 0);
  return out.sort();
}
