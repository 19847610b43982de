// The event policy on its own (the e2e suite test/e2e/action-events.test.ts drives it with GitHub's real
// payloads through dist/): which pull_request actions gate, drafts as configured, deleted pushes and
// events evalgate has no meaning for skipped, and an explicit `mode` never reviving a no-op PR action.
import { describe, expect, it } from 'vitest';
import { eventPolicy } from '../../../src/action/event-policy.js';

const pr = (action: string, draft = false) => ({
  eventName: 'pull_request',
  payload: { action, pull_request: { draft } },
});

describe('eventPolicy', () => {
  it('gates only the pull_request actions that change the code under review', () => {
    for (const a of ['opened', 'synchronize', 'reopened', 'ready_for_review'])
      expect(eventPolicy(pr(a), { drafts: 'gate' })).toEqual({ act: true, mode: 'gate' });
    for (const a of ['closed', 'labeled', 'assigned', 'locked', 'review_requested', 'edited', 'converted_to_draft']) {
      const d = eventPolicy(pr(a), { drafts: 'gate' });
      expect(d.act).toBe(false);
      if (!d.act) expect(d.reason).toContain(`action \`${a}\``);
    }
  });

  it('an explicit mode does not make a label change evaluate', () => {
    expect(eventPolicy(pr('labeled'), { drafts: 'gate', mode: 'gate' }).act).toBe(false);
  });

  it('gates drafts by default and skips them with drafts: skip', () => {
    expect(eventPolicy(pr('opened', true), { drafts: 'gate' }).act).toBe(true);
    expect(eventPolicy(pr('opened', true), { drafts: 'skip' })).toMatchObject({
      act: false,
      reason: expect.stringMatching(/draft/),
    });
  });

  it('skips a deleted push and merge_group actions that ask for no checks', () => {
    expect(
      eventPolicy({ eventName: 'push', payload: { deleted: true, ref: 'refs/heads/x' } }, { drafts: 'gate' }),
    ).toMatchObject({ act: false, reason: expect.stringMatching(/deleted refs\/heads\/x/) });
    expect(eventPolicy({ eventName: 'merge_group', payload: { action: 'destroyed' } }, { drafts: 'gate' }).act).toBe(
      false,
    );
    expect(
      eventPolicy({ eventName: 'merge_group', payload: { action: 'checks_requested' } }, { drafts: 'gate' }),
    ).toEqual({ act: true, mode: 'gate' });
  });

  it('skips events it has no meaning for with a warning, unless a mode is set', () => {
    for (const e of ['issue_comment', 'release', 'create', 'delete', 'pull_request_review']) {
      expect(eventPolicy({ eventName: e, payload: {} }, { drafts: 'gate' })).toMatchObject({
        act: false,
        level: 'warning',
      });
    }
    expect(eventPolicy({ eventName: 'release', payload: {} }, { drafts: 'gate', mode: 'run' })).toEqual({
      act: true,
      mode: 'run',
    });
  });
});
