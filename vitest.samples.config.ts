// Runs the sample generators (scripts/samples/*.gen.ts): they drive the real action and CLI code against
// the loopback fakes and write docs/sample-*.md and README excerpts. Not part of `npm test`; see
// scripts/gen-samples.mjs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/samples/*.gen.ts'],
    testTimeout: 120_000,
    // Generators own the fake servers and fake timers of their file; one at a time keeps them apart.
    fileParallelism: false,
  },
});
