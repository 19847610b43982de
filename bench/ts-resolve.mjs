// Lets the bench scripts import the TypeScript test fakes with Node's type stripping: the fakes import each
// other by their compiled names (`./fake-batch.js`, as tsc and vitest want), which Node does not map to the
// `.ts` source. Loaded with `node --import ./bench/ts-resolve.mjs` before the bench's own imports resolve.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, next) {
    if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
      const ts = new URL(`${specifier.slice(0, -3)}.ts`, context.parentURL);
      if (existsSync(fileURLToPath(ts))) return next(ts.href, context);
    }
    return next(specifier, context);
  },
});
