// What makes the generated samples the same on every machine and every run: commits with fixed
// identities and dates (so the SHAs are stable), a simulated latency per request (the fake model moves a
// fake performance clock; requests run one at a time), and an Octokit without GitHub's write spacing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Bottleneck from 'bottleneck';
import { vi } from 'vitest';
import { createOctokit, type CreateOctokitOptions, type GitHubClient } from '../../src/adapters/github/octokit.js';

/** Runs git in `cwd` as a fixed author at a fixed time. */
export function git(cwd: string, date: string, ...args: string[]): string {
  const who = { NAME: 'Dana Developer', EMAIL: 'dana@acme.example' };
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: who.NAME,
    GIT_AUTHOR_EMAIL: who.EMAIL,
    GIT_COMMITTER_NAME: who.NAME,
    GIT_COMMITTER_EMAIL: who.EMAIL,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  };
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  }).trim();
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/**
 * Latency becomes a function of the answer instead of the machine: performance.now() (the engine's
 * monotonic clock) is faked and advanced by the fake model while it answers. Needs concurrency 1, so
 * no two requests overlap.
 */
export function simulatedLatency(): { advance(ms: number): void; restore(): void } {
  vi.useFakeTimers({ toFake: ['performance'] });
  return { advance: (ms) => void vi.advanceTimersByTime(ms), restore: () => void vi.useRealTimers() };
}

/** A small deterministic hash for jitter: same input, same number in [0, 1). */
export function unit(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * Jitter in [0, 1) keyed by the request's content and how often that content was asked before — not by
 * arrival order, which varies between runs when several suites queue for the same provider. Repeats of
 * one request get different values, always the same set.
 */
export function requestJitter(): (content: string) => number {
  const seen = new Map<string, number>();
  return (content) => {
    const n = seen.get(content) ?? 0;
    seen.set(content, n + 1);
    return unit(`${content}#${n}`);
  };
}

/** The real Octokit (retry + throttling plugins) minus GitHub's 1 s / 3 s spacing of writes. */
export function quickOctokit(o: CreateOctokitOptions): GitHubClient {
  return createOctokit({
    ...o,
    retryUnitMs: 1,
    throttle: {
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
      notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 }),
    } as never,
  });
}
