// Composition root of the GitHub Action: real adapters (@actions/core for the runner, node:fs, git)
// handed to runAction. Heavy modules (openai, Octokit) are imported lazily by the code paths that need
// them, so a config error or a fork-PR notice costs no cold start for them.
import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createGit } from '../adapters/git/git.js';
import { watchCancelSignals } from './cancel-signals.js';
import { CANCELLED } from '../app/cancel.js';
import type { ActionIO } from './io.js';
import { runAction } from './run.js';

export function coreIO(): ActionIO {
  let outputLost = false;
  return {
    info: (m) => core.info(m),
    warning: (m, p) => core.warning(m, p ?? {}),
    error: (m, p) => core.error(m, p ?? {}),
    setOutput: (n, v) => {
      // $GITHUB_OUTPUT on a full or read-only disk: this output is lost, the step fails saying so, and
      // the rest (the other outputs, the summary, the comment) goes on.
      try {
        core.setOutput(n, v);
      } catch (e) {
        if (!outputLost)
          core.setFailed(`evalgate: could not write step outputs to $GITHUB_OUTPUT: ${(e as Error).message}`);
        outputLost = true;
      }
    },
    setSecret: (v) => core.setSecret(v),
    setFailed: (m) => core.setFailed(m),
    async appendSummary(markdown) {
      // No GITHUB_STEP_SUMMARY outside a runner (e.g. `act` or a local run): log instead of failing.
      if (!process.env['GITHUB_STEP_SUMMARY']) {
        core.info(markdown);
        return;
      }
      try {
        await core.summary.addRaw(markdown, true).write();
      } catch (e) {
        // A full or read-only disk: the summary's text goes to the log, and the PR comment still follows.
        core.summary.emptyBuffer();
        core.warning(`evalgate: could not write the job summary (${(e as Error).message}); it follows in the log`);
        core.info(markdown);
      }
    },
  };
}

export async function main(): Promise<void> {
  const base = coreIO();
  let cancelReported = false;
  const io: ActionIO = {
    ...base,
    setFailed: (m) => {
      cancelReported ||= m.startsWith(`evalgate: ${CANCELLED}`);
      base.setFailed(m);
    },
  };
  // A cancelled job: the modes stop before recording what the signal left incomplete (CancelledError,
  // reported by runAction in one line); the exit code names the signal.
  const cancel = watchCancelSignals((sig) => core.info(`evalgate: ${sig} received: no new model requests are sent`));
  try {
    await runAction({
      env: process.env,
      io,
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: (p, text) => writeFile(p, text, 'utf8'),
      createGit: (cwd) => createGit(cwd, { log: (m) => core.info(m) }),
      signal: cancel.signal,
    });
  } catch (e) {
    // Last line of defence: runAction reports user errors itself.
    io.setFailed(`evalgate: internal error: ${(e as Error).message}`);
  } finally {
    cancel.dispose();
  }
  if (cancel.received) {
    // The signal came once the results were complete (recording, posting): they were written whole.
    if (!cancelReported)
      io.setFailed(
        `evalgate: cancelled by ${cancel.received} after the results were complete; they were written whole`,
      );
    process.exitCode = cancel.exitCode;
  }
}
