// Content-addressed keys for the response cache (and the record/replay store, which is the same thing).
// A key covers everything that changes the answer — the provider settings that affect output, the exact
// messages and the sample index (so `repeat: 3` caches three independent samples) — and nothing secret.
// Which provider settings count is decided once, in config/provider-settings.ts.
import { canonicalJson as stableStringify } from '../util/canonical-json.js';
import { sha256Hex as sha256 } from '../util/hash.js';
import type { ChatMessage, ProviderSettings } from '../model/types.js';
import { outputSettings } from '../config/provider-settings.js';

/** 12 hex chars identifying the output-affecting settings (results, drift baselines). */
export function settingsHash(p: ProviderSettings): string {
  return sha256(stableStringify(outputSettings(p))).slice(0, 12);
}

export function completionCacheKey(p: ProviderSettings, messages: readonly ChatMessage[], sample: number): string {
  return sha256(stableStringify({ v: 1, kind: 'completion', settings: outputSettings(p), messages, sample }));
}

/** Judge calls are keyed apart from application calls (same messages, different purpose). */
export function judgeCacheKey(p: ProviderSettings, messages: readonly ChatMessage[]): string {
  return sha256(stableStringify({ v: 1, kind: 'judge', settings: outputSettings(p), messages }));
}

export function embeddingCacheKey(p: ProviderSettings, input: readonly string[]): string {
  return sha256(stableStringify({ v: 1, kind: 'embedding', settings: outputSettings(p), input }));
}

/** Deterministic jitter in [0,1) derived from a request key, so retry timing is reproducible in tests. */
export function jitterFor(key: string, attempt: number): number {
  return Number.parseInt(sha256(`${key}#${attempt}`).slice(0, 8), 16) / 0x1_0000_0000;
}
