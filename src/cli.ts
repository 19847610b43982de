// CLI entry: builds real adapters and dispatches (see src/cli/main.ts).
import { cliMain } from './cli/main.js';

process.exitCode = await cliMain(process.argv.slice(2));
