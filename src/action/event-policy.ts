// Which events the action acts on, and how (docs/action.md "Event policy"). `pull_request` fires for
// many actions that change nothing the gate evaluates (labeled, assigned, closed…): each of those would
// otherwise cost a full base + head evaluation and rewrite the comment of a closed PR. Events evalgate
// has no meaning for (issue_comment, release, create/delete…) are skipped with one line rather than
// evaluating every suite. A skip sends no model request and exits 0: the step did what was asked.
import type { ActionContext } from './context.js';
import type { ActionInputs, ActionMode } from './inputs.js';

/** The `pull_request` actions that change the code under review (or make a draft ready for it). */
export const GATED_PULL_REQUEST_ACTIONS: readonly string[] = ['opened', 'synchronize', 'reopened', 'ready_for_review'];

/** Events with a default mode; any other event is skipped unless the `mode` input names one. */
const MODE_BY_EVENT: Record<string, ActionMode> = {
  pull_request: 'gate',
  pull_request_target: 'gate',
  merge_group: 'gate',
  push: 'run',
  schedule: 'drift',
  workflow_dispatch: 'drift',
  workflow_run: 'run',
  repository_dispatch: 'run',
};

export type EventDecision = { act: true; mode: ActionMode } | { act: false; level: 'info' | 'warning'; reason: string };

export function eventPolicy(
  ctx: Pick<ActionContext, 'eventName' | 'payload'>,
  inputs: Pick<ActionInputs, 'mode' | 'drafts'>,
): EventDecision {
  const { eventName, payload } = ctx;
  const action = typeof payload['action'] === 'string' ? payload['action'] : undefined;
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    // No action in the payload: a hand-written event file; treat it as a change to gate.
    if (action !== undefined && !GATED_PULL_REQUEST_ACTIONS.includes(action)) {
      return skip(
        'info',
        `evalgate skipped: \`${eventName}\` action \`${action}\` changes no code to evaluate (gated: ${GATED_PULL_REQUEST_ACTIONS.join(', ')})`,
      );
    }
    const pr = payload['pull_request'] as { draft?: unknown } | undefined;
    if (pr?.draft === true && inputs.drafts === 'skip') {
      return skip(
        'info',
        'evalgate skipped: the pull request is a draft (`drafts: skip`); it is gated when marked ready for review',
      );
    }
  }
  if (eventName === 'merge_group' && action !== undefined && action !== 'checks_requested') {
    return skip('info', `evalgate skipped: \`merge_group\` action \`${action}\` asks for no checks`);
  }
  if (eventName === 'push' && payload['deleted'] === true) {
    return skip(
      'info',
      `evalgate skipped: the push deleted ${String(payload['ref'] ?? 'a ref')}; there is nothing to evaluate`,
    );
  }
  if (inputs.mode) return { act: true, mode: inputs.mode };
  // No event at all: a local run (`node dist/index.js`, local-action without GITHUB_EVENT_NAME).
  if (!eventName) return { act: true, mode: 'run' };
  const mode = MODE_BY_EVENT[eventName];
  if (mode) return { act: true, mode };
  return skip(
    'warning',
    `evalgate skipped: it does not act on \`${eventName}\` events (it gates pull_request and merge_group, runs on push, checks drift on schedule and workflow_dispatch); set the \`mode\` input to run anyway`,
  );
}

function skip(level: 'info' | 'warning', reason: string): EventDecision {
  return { act: false, level, reason };
}
