import { describe, expect, it } from 'vitest';
import type { Git } from '../../../src/adapters/git/git.js';
import { pushRangeOf, selectForPush, type PushRange } from '../../../src/action/push-select.js';
import type { ResolvedConfig } from '../../../src/core/config/resolved.js';
import { config, suite } from './fixtures.js';

const BEFORE = 'a'.repeat(40);
const AFTER = 'b'.repeat(40);
const ZERO = '0'.repeat(40);

/** A git that knows some commits and answers diffs from a table; records what was asked. */
function gitStub(opts: {
  commits?: string[];
  diff?: string[] | Error;
}): Pick<Git, 'ensureCommit' | 'diffNames'> & { diffs: Array<[string, string | undefined]> } {
  const commits = new Set(opts.commits ?? [BEFORE, AFTER]);
  const diffs: Array<[string, string | undefined]> = [];
  return {
    diffs,
    ensureCommit: async (sha) => commits.has(sha),
    diffNames: async (base, head) => {
      diffs.push([base, head]);
      if (opts.diff instanceof Error) throw opts.diff;
      return opts.diff ?? [];
    },
  };
}

const head = () => config([suite('greet'), suite('other')]);

async function select(
  range: PushRange,
  git: ReturnType<typeof gitStub>,
  before: ResolvedConfig | 'none' | Error = head(),
) {
  const asked: string[] = [];
  const sel = await selectForPush({
    head: head(),
    range,
    git,
    loadBefore: async (sha) => {
      asked.push(sha);
      if (before instanceof Error) throw before;
      return before === 'none' ? undefined : before;
    },
  });
  return { sel, asked };
}

describe('pushRangeOf', () => {
  it('reads before/after from a push payload and ignores other payloads', () => {
    expect(pushRangeOf({ before: BEFORE, after: AFTER, ref: 'refs/heads/main' })).toEqual({
      before: BEFORE,
      after: AFTER,
    });
    expect(pushRangeOf({ pull_request: { number: 1 } })).toBeUndefined();
    expect(pushRangeOf({ before: BEFORE })).toBeUndefined();
    expect(pushRangeOf({ before: '--upload-pack=x', after: AFTER })).toBeUndefined();
  });
});

describe('selectForPush', () => {
  it('runs only the suites whose files the pushed commits changed, with the reason', async () => {
    const git = gitStub({ diff: ['prompts/greet.txt', 'README.md'] });
    const { sel, asked } = await select({ before: BEFORE, after: AFTER }, git);
    expect(sel.selected).toEqual(['greet']);
    expect(sel.unselected).toEqual(['other']);
    expect(sel.reasons).toEqual({ greet: 'prompts/greet.txt changed' });
    expect(sel.basis).toBe('Suites selected by what the push changed: `aaaaaaa..bbbbbbb`, 2 files changed.');
    expect(git.diffs).toEqual([[BEFORE, AFTER]]);
    expect(asked).toEqual([BEFORE]);
  });

  it('selects on a config change through the previous config', async () => {
    const before = config([
      suite('greet'),
      suite('other', { raw: { name: 'other', prompt: 'prompts/other.txt', cases: [], repeat: 3 } }),
    ]);
    const { sel } = await select({ before: BEFORE, after: AFTER }, gitStub({ diff: ['evalgate.yml'] }), before);
    expect(sel.selected).toEqual(['other']);
    expect(sel.reasons['other']).toBe('its configuration changed');
  });

  it('a push that touches no dependency selects nothing', async () => {
    const { sel } = await select({ before: BEFORE, after: AFTER }, gitStub({ diff: ['README.md'] }));
    expect(sel.selected).toEqual([]);
    expect(sel.unselected).toEqual(['greet', 'other']);
  });

  it('no config at the previous commit: every suite is new', async () => {
    const { sel } = await select({ before: BEFORE, after: AFTER }, gitStub({ diff: ['evalgate.yml'] }), 'none');
    expect(sel.selected).toEqual(['greet', 'other']);
    expect(sel.reasons).toEqual({ greet: 'new suite', other: 'new suite' });
  });

  it('a new branch (before = 000…) runs every suite and says why, without asking git', async () => {
    const git = gitStub({ commits: [] });
    const { sel, asked } = await select({ before: ZERO, after: AFTER }, git);
    expect(sel.selected).toEqual(['greet', 'other']);
    expect(sel.unselected).toEqual([]);
    expect(sel.basis).toMatch(/^Every suite runs: the push created the branch or tag/);
    expect(sel.reasons['greet']).toMatch(/created the branch/);
    expect(git.diffs).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('an unavailable previous commit runs every suite and names it', async () => {
    const { sel } = await select({ before: BEFORE, after: AFTER }, gitStub({ commits: [AFTER] }));
    expect(sel.selected).toEqual(['greet', 'other']);
    expect(sel.basis).toMatch(/previous commit aaaaaaa is not available to git/);
  });

  it('diffs against the work tree when the pushed commit itself is absent', async () => {
    const git = gitStub({ commits: [BEFORE], diff: ['prompts/other.txt'] });
    const { sel } = await select({ before: BEFORE, after: AFTER }, git);
    expect(git.diffs).toEqual([[BEFORE, undefined]]);
    expect(sel.selected).toEqual(['other']);
  });

  it('a failing diff or a previous config that does not load runs every suite', async () => {
    const failedDiff = await select({ before: BEFORE, after: AFTER }, gitStub({ diff: new Error('boom') }));
    expect(failedDiff.sel.selected).toEqual(['greet', 'other']);
    expect(failedDiff.sel.basis).toMatch(/git diff aaaaaaa\.\.bbbbbbb failed \(boom\)/);
    const badConfig = await select(
      { before: BEFORE, after: AFTER },
      gitStub({ diff: ['prompts/greet.txt'] }),
      new Error('evalgate.yml:3 bad'),
    );
    expect(badConfig.sel.selected).toEqual(['greet', 'other']);
    expect(badConfig.sel.basis).toMatch(/config at aaaaaaa does not load \(evalgate\.yml:3 bad\)/);
  });
});
