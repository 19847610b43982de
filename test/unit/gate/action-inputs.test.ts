import { describe, expect, it } from 'vitest';
import { readContext } from '../../../src/action/context.js';
import { eventPolicy } from '../../../src/action/event-policy.js';
import { InputError, readInputs } from '../../../src/action/inputs.js';

describe('readInputs', () => {
  it('applies the documented defaults', () => {
    expect(readInputs({})).toEqual({
      config: 'evalgate.yml',
      comment: true,
      failOn: 'regression',
      workingDirectory: '.',
      allowPullRequestTarget: false,
      suites: [],
      shards: [],
      commentKey: 'evalgate.yml',
      drafts: 'gate',
      pinBaseline: false,
      unrecorded: [],
    });
  });

  it('reads pin-baseline (drift mode: pin this run as the baseline)', () => {
    expect(readInputs({ 'INPUT_PIN-BASELINE': 'true' }).pinBaseline).toBe(true);
    expect(readInputs({ 'INPUT_PIN-BASELINE': '' }).pinBaseline).toBe(false); // an unset workflow_dispatch input on schedule
    expect(() => readInputs({ 'INPUT_PIN-BASELINE': 'yes' })).toThrow(/input "pin-baseline"/);
  });

  it('reads the sharding inputs: shard i/n, comment-key (default: the config path), mode merge with its shards folder', () => {
    expect(readInputs({ INPUT_SHARD: '2/3', INPUT_CONFIG: 'evals/a.yml' })).toMatchObject({
      shard: { index: 2, total: 3 },
      commentKey: 'evals/a.yml',
    });
    expect(readInputs({ 'INPUT_COMMENT-KEY': 'nightly-judge' }).commentKey).toBe('nightly-judge');
    expect(readInputs({ INPUT_MODE: 'merge' })).toMatchObject({ mode: 'merge', shards: ['evalgate-shards'] });
    expect(readInputs({ INPUT_MODE: 'merge', INPUT_SHARDS: 'a\nb' }).shards).toEqual(['a', 'b']);
    expect(() => readInputs({ INPUT_SHARD: '4/3' })).toThrow(/input "shard": the shard index must be 1..3/);
  });

  it('reads INPUT_* names as the runner sets them (hyphens kept, upper-cased)', () => {
    const i = readInputs({
      'INPUT_API-KEY': ' sk-x ',
      'INPUT_FAIL-ON': 'never',
      INPUT_REPEAT: '3',
      'INPUT_MAX-COST-USD': '$1.50',
      INPUT_COMMENT: 'false',
      INPUT_MODE: 'drift',
      INPUT_SUITES: 'a, b\nc',
      'INPUT_ALLOW-PULL-REQUEST-TARGET': 'True',
    });
    expect(i).toMatchObject({
      apiKey: 'sk-x',
      failOn: 'never',
      repeat: 3,
      maxCostUsd: 1.5,
      comment: false,
      mode: 'drift',
      suites: ['a', 'b', 'c'],
      allowPullRequestTarget: true,
    });
  });

  it.each([
    ['INPUT_FAIL-ON', 'sometimes', /input "fail-on": expected one of regression, any, never/],
    ['INPUT_REPEAT', '0', /input "repeat": expected a whole number/],
    ['INPUT_CONCURRENCY', '2.5', /input "concurrency"/],
    ['INPUT_MAX-COST-USD', 'lots', /input "max-cost-usd"/],
    ['INPUT_COMMENT', 'yes', /input "comment": expected true or false/],
    ['INPUT_MODE', 'nightly', /input "mode"/],
    ['INPUT_BASE-URL', 'localhost:8080', /input "base-url": expected an http\(s\) URL/],
  ])('rejects %s=%s naming the input', (name, value, message) => {
    expect(() => readInputs({ [name]: value })).toThrow(InputError);
    expect(() => readInputs({ [name]: value })).toThrow(message);
  });
});

describe('readContext', () => {
  const pr = (headRepo: unknown) =>
    JSON.stringify({
      pull_request: {
        number: 5,
        title: 't',
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'o/r' } },
        head: { sha: 'c'.repeat(40), ref: 'f', repo: headRepo },
      },
    });
  // A plain object shaped like @actions/github's context (which reads process.env when imported).
  const gh = (payload: string) => ({
    eventName: 'pull_request',
    sha: 'c'.repeat(40),
    ref: 'refs/pull/5/merge',
    actor: 'octocat',
    runId: 9,
    runAttempt: 1,
    serverUrl: 'https://ghe.test/',
    apiUrl: 'https://ghe.test/api/v3',
    payload: JSON.parse(payload),
    repo: { owner: 'o', repo: 'r' },
  });
  const env = { GITHUB_WORKSPACE: '/ws' };

  it('reads the PR and builds the run link', () => {
    const ctx = readContext(gh(pr({ full_name: 'o/r' })), env);
    expect(ctx.pr).toMatchObject({ number: 5, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40), isFork: false });
    expect(ctx.runUrl).toBe('https://ghe.test/o/r/actions/runs/9');
    expect(ctx.owner).toBe('o');
    expect(ctx.apiUrl).toBe('https://ghe.test/api/v3');
    expect(ctx.workspace).toBe('/ws');
  });

  it('detects forks, including a deleted head repository', () => {
    expect(readContext(gh(pr({ full_name: 'someone/r' })), env).pr!.isFork).toBe(true);
    expect(readContext(gh(pr(null)), env).pr!.isFork).toBe(true);
  });

  it('a local run without a repository (context.repo throws) has no owner and no run link', () => {
    const local = {
      ...gh('{}'),
      get repo(): { owner: string; repo: string } {
        throw new Error('context.repo requires a GITHUB_REPOSITORY environment variable');
      },
    };
    const ctx = readContext(local, env);
    expect(ctx.owner).toBe('');
    expect(ctx.runUrl).toBeUndefined();
  });

  it('reads a merge_group as base_sha vs head_sha, with no PR to comment on', () => {
    const ctx = readContext(
      {
        ...gh(
          JSON.stringify({
            action: 'checks_requested',
            merge_group: {
              base_sha: 'b'.repeat(40),
              head_sha: 'c'.repeat(40),
              base_ref: 'refs/heads/main',
              head_ref: 'refs/heads/gh-readonly-queue/main/pr-1-x',
            },
          }),
        ),
        eventName: 'merge_group',
      },
      env,
    );
    expect(ctx.pr).toMatchObject({
      number: 0,
      baseSha: 'b'.repeat(40),
      headSha: 'c'.repeat(40),
      baseRef: 'main',
      mergeQueue: true,
      isFork: false,
    });
  });

  it('picks the mode by event unless set', () => {
    const modeOf = (eventName: string, mode?: 'drift') => {
      const d = eventPolicy({ eventName, payload: {} }, { drafts: 'gate', ...(mode ? { mode } : {}) });
      return d.act ? d.mode : 'skip';
    };
    expect(modeOf('pull_request')).toBe('gate');
    expect(modeOf('pull_request_target')).toBe('gate');
    expect(modeOf('merge_group')).toBe('gate');
    expect(modeOf('push')).toBe('run');
    expect(modeOf('schedule')).toBe('drift');
    expect(modeOf('workflow_dispatch')).toBe('drift');
    expect(modeOf('push', 'drift')).toBe('drift');
    expect(modeOf('issue_comment')).toBe('skip');
  });
});

describe('reportFailure', () => {
  it('annotates a config error at its repository-relative file and line, in one line', async () => {
    const { reportFailure } = await import('../../../src/action/run.js');
    const calls: string[] = [];
    const io = {
      info: () => {},
      warning: () => {},
      error: (m: string, p?: object) => calls.push(`error ${m} ${JSON.stringify(p)}`),
      setOutput: () => {},
      setSecret: () => {},
      setFailed: (m: string) => calls.push(`failed ${m}`),
      appendSummary: async () => {},
    };
    const err = Object.assign(new Error('unknown key "sutes"'), {
      name: 'ConfigError',
      file: '/ws/ai/evalgate.yml',
      line: 3,
      column: 1,
    });
    err.toString = () => '/ws/ai/evalgate.yml:3:1: unknown key "sutes"';
    reportFailure(io, err, '/ws');
    expect(calls[0]).toContain('"file":"ai/evalgate.yml","startLine":3');
    expect(calls[1]).toBe('failed evalgate: /ws/ai/evalgate.yml:3:1: unknown key "sutes"');
  });
});
