// Reads OpenAI's rate-limit headers (also sent by Azure OpenAI, OpenRouter and most compatible
// gateways): x-ratelimit-{limit,remaining,reset}-{requests,tokens}. Reset values are durations like
// "1s", "6m0s", "59ms" or "0.35s"; a bare number is read as seconds. Absent or unreadable headers are
// left out, so the engine paces only on what the endpoint actually said.
import type { RateLimitInfo } from '../../core/model/types.js';
import type { HeaderBag } from './retry-after.js';

const UNIT_MS: Record<string, number> = {
  h: 3_600_000,
  m: 60_000,
  s: 1_000,
  ms: 1,
  us: 0.001,
  µs: 0.001,
  ns: 0.000001,
};

/** "6m0s" → 360000; "59ms" → 59; "1.5" → 1500; undefined when unreadable. */
export function parseDurationMs(text: string): number | undefined {
  const t = text.trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Math.ceil(Number.parseFloat(t) * 1000);
  const parts = [...t.matchAll(/(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== t) return undefined;
  let ms = 0;
  for (const p of parts) ms += Number.parseFloat(p[1]!) * UNIT_MS[p[2]!]!;
  return Math.ceil(ms);
}

function count(headers: HeaderBag, name: string): number | undefined {
  const v = headers.get(name);
  if (v === null || !/^\d+$/.test(v.trim())) return undefined;
  return Number(v);
}

function duration(headers: HeaderBag, name: string): number | undefined {
  const v = headers.get(name);
  return v === null ? undefined : parseDurationMs(v);
}

export function parseRateLimitHeaders(headers: HeaderBag | undefined): RateLimitInfo | undefined {
  if (!headers) return undefined;
  const info: RateLimitInfo = {};
  const set = <K extends keyof RateLimitInfo>(k: K, v: number | undefined) => {
    if (v !== undefined) info[k] = v;
  };
  set('limitRequests', count(headers, 'x-ratelimit-limit-requests'));
  set('remainingRequests', count(headers, 'x-ratelimit-remaining-requests'));
  set('resetRequestsMs', duration(headers, 'x-ratelimit-reset-requests'));
  set('remainingTokens', count(headers, 'x-ratelimit-remaining-tokens'));
  set('resetTokensMs', duration(headers, 'x-ratelimit-reset-tokens'));
  return Object.keys(info).length > 0 ? info : undefined;
}
