// GitHub Action entry. The runner starts `node dist/index.js`: then this module is the process's main
// script and runs the action once. @github/local-action (and any other importer) imports the module and
// calls the exported run() itself, so the top-level call must not run then, or the action would run twice.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './action/main.js';

export async function run(): Promise<void> {
  await main();
}

function isMainScript(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainScript()) await run();
