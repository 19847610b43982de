import { describe, expect, it } from 'vitest';
import { FORK_WORKFLOW_RUN_WARNING, PWN_REQUEST_WARNING, untrustedTrigger } from '../../../src/action/context.js';

const ctx = (eventName: string, payload: Record<string, unknown> = {}) => ({
  eventName,
  payload,
  owner: 'octo',
  repo: 'repo',
});

describe('untrusted triggers', () => {
  it('refuses pull_request_target whatever the PR, and workflow_run from a fork or a deleted repository', () => {
    expect(untrustedTrigger(ctx('pull_request_target'))).toBe(PWN_REQUEST_WARNING);
    const run = (head: unknown) =>
      ctx('workflow_run', { workflow_run: { head_repository: head }, repository: { full_name: 'octo/repo' } });
    expect(untrustedTrigger(run({ full_name: 'forker/repo' }))).toBe(FORK_WORKFLOW_RUN_WARNING);
    expect(untrustedTrigger(run(null))).toBe(FORK_WORKFLOW_RUN_WARNING);
    expect(untrustedTrigger(run({ full_name: 'Octo/Repo' }))).toBeUndefined();
  });

  it('lets events whose code was pushed by a writer, and fork pull_request (no secrets), through', () => {
    for (const e of ['push', 'schedule', 'workflow_dispatch', 'pull_request', ''])
      expect(untrustedTrigger(ctx(e))).toBeUndefined();
  });
});
