// GitHub Action entry: only calls run (see src/action/run.ts).
import { main } from './action/main.js';

await main();
