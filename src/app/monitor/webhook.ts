// The optional webhook of a target: a Slack-compatible JSON message (`text`, plus an `evalgate` object for
// other receivers) when a drift issue is opened, persists (a further drifted night) or is closed. Each
// event carries an idempotency key (header and body) derived from target, suite, event and run, so the
// retries of one event (5xx, 429, network) are recognisable as one; a 4xx other than 429 is not retried.
// The URL is a secret (Slack's carries its token): it is never logged; errors name the target only.
import { createHash } from 'node:crypto';
import type { SuiteDriftOutcome } from '../../core/drift/check.js';

export type WebhookEvent = 'opened' | 'persists' | 'closed';

export interface WebhookPayload {
  text: string;
  evalgate: {
    event: WebhookEvent;
    target: string;
    suite: string;
    runId: string;
    issue?: string;
    score: number | null;
    idempotencyKey: string;
  };
}

const EVENT_OF: Partial<Record<SuiteDriftOutcome['action'], WebhookEvent>> = {
  open: 'opened',
  comment: 'persists',
  close: 'closed',
};

/** The events of one check: one per suite whose issue was opened, commented on or closed (and not failed). */
export function webhookEvents(target: string, runId: string, outcomes: readonly SuiteDriftOutcome[]): WebhookPayload[] {
  const out: WebhookPayload[] = [];
  for (const o of outcomes) {
    const event = EVENT_OF[o.action];
    if (!event || o.actionFailed) continue;
    const idempotencyKey = createHash('sha256')
      .update(JSON.stringify([target, o.suite, event, runId]))
      .digest('hex')
      .slice(0, 32);
    const score = o.entry.aggregates.meanScore;
    const what =
      event === 'opened' ? 'drift detected' : event === 'persists' ? 'drift persists' : 'recovered, issue closed';
    const link = o.issue ? ` <${o.issue.url}|issue #${o.issue.number}>` : '';
    out.push({
      text: `evalgate ${target}/${o.suite}: ${what} (score ${score === null ? 'n/a' : score.toFixed(3)})${link}`,
      evalgate: {
        event,
        target,
        suite: o.suite,
        runId,
        ...(o.issue ? { issue: o.issue.url } : {}),
        score,
        idempotencyKey,
      },
    });
  }
  return out;
}

export interface WebhookSender {
  send(payload: WebhookPayload, signal?: AbortSignal): Promise<void>;
}

/** `sleep` is injected so tests need not wait; 4 attempts, 1 s, 2 s, 4 s apart. */
export function createWebhookSender(
  url: string,
  scrub: (text: string) => string,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  attempts = 4,
): WebhookSender {
  return {
    async send(payload, signal) {
      const body = scrub(JSON.stringify(payload));
      let last = '';
      for (let i = 0; i < attempts; i++) {
        if (i > 0) await sleep(1000 * 2 ** (i - 1));
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': payload.evalgate.idempotencyKey },
            body,
            ...(signal ? { signal } : {}),
          });
          await res.body?.cancel();
          if (res.ok) return;
          last = `HTTP ${res.status}`;
          if (res.status < 500 && res.status !== 429) break;
        } catch (e) {
          if (signal?.aborted) throw e;
          last = (e as { cause?: { code?: string } }).cause?.code ?? 'network error';
        }
      }
      throw new Error(
        `webhook of ${payload.evalgate.target} failed (${last}) for ${payload.evalgate.suite} ${payload.evalgate.event}`,
      );
    },
  };
}
