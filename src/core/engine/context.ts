// Shared state of one runEval call: limiters, spend, warnings, redaction and trace helpers. Built once
// per run so every task reads the same settings and adds to the same counters without O(n) lookups.
import type { PriceDataset } from '../pricing/cost.js';
import pLimit, { type LimitFunction } from 'p-limit';
import type { ProviderSettings } from '../model/types.js';
import type { TraceRecord } from '../ports/stores.js';
import type { EngineDeps, RunOptions } from './types.js';
import { AbortHub, DEFAULT_MAX_RETRY_WAIT_MS } from './retry.js';
import { RateGovernor } from './rate-governor.js';

const REDACT_MEMO_SIZE = 4096;
const REDACT_MEMO_CHARS = 2_000_000;
const REDACT_MEMO_MAX_TEXT = 20_000;

export interface Spend {
  /** USD actually spent on live requests with a known price (production + judge). */
  knownUsd: number;
  capReached: boolean;
}

export class RunContext {
  readonly hub: AbortHub;
  readonly maxRetryWaitMs: number;
  readonly ttlMs: number;
  readonly redactOn: boolean;
  /** Stored text goes through redact(): governance is on, or known secrets are to be masked. */
  readonly scrubOn: boolean;
  readonly spend: Spend = { knownUsd: 0, capReached: false };
  private readonly limiters = new Map<string, LimitFunction>();
  private readonly governors = new Map<string, RateGovernor>();
  private readonly warned = new Set<string>();
  /**
   * Governance redaction results by (secret-masked) text. The same text is redacted more than once per
   * sample (an answer for the cache decision and for the results; a passing assertion's reason repeats
   * across cases), and the detectors are the engine's largest CPU cost after the HTTP client. The
   * detectors are a pure function of the text, so reuse is exact.
   */
  private readonly redacted = new Map<string, { text: string; count: number }>();
  private redactedChars = 0;
  /** Answers with personal data kept out of the cache/recordings (governance.redactTraces). */
  notCachedPii = 0;
  /** Answers with a known secret in them: masked in results and trace, never cached. By secret name. */
  readonly secretsEchoed = new Set<string>();
  notCachedSecret = 0;
  /** Set when a trace write failed: the run stops, since the audit log would have a hole. */
  fatal: unknown;
  /** The price dataset loaded for this run, if any (see pricing/cost). */
  priceDataset?: PriceDataset;

  constructor(
    readonly options: RunOptions,
    readonly deps: EngineDeps,
    /** Concurrency per provider id when the provider does not set one (max of its suites). */
    private readonly providerDefaults: ReadonlyMap<string, number>,
  ) {
    this.hub = new AbortHub(options.signal);
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
    this.ttlMs = options.cacheTtlHours > 0 ? options.cacheTtlHours * 3_600_000 : 0;
    this.redactOn = Boolean(options.governance?.redactTraces && deps.redact);
    this.scrubOn = this.redactOn || deps.scrubSecrets !== undefined;
  }

  get stopped(): boolean {
    return this.fatal !== undefined || Boolean(this.options.signal?.aborted);
  }

  /** One limiter per provider id: the endpoint's rate limits are what concurrency protects. */
  providerLimit(p: ProviderSettings): LimitFunction {
    let l = this.limiters.get(p.id);
    if (!l) {
      const n = this.options.concurrency ?? p.concurrency ?? this.providerDefaults.get(p.id) ?? 4;
      const max = Math.max(1, Math.floor(n));
      l = pLimit(max);
      this.limiters.set(p.id, l);
      this.governors.set(p.id, new RateGovernor(() => this.deps.clock.monotonic(), l, max, this.maxRetryWaitMs));
    }
    return l;
  }

  /** Paces the provider's requests by its rate limits and adapts its concurrency (see rate-governor.ts). */
  governor(p: ProviderSettings): RateGovernor {
    this.providerLimit(p);
    return this.governors.get(p.id)!;
  }

  warn(message: string): void {
    this.deps.warn?.(message);
  }

  warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.deps.warn?.(message);
  }

  /**
   * What may be stored of a text: known secrets masked (always), then personal data redacted when
   * governance.redactTraces is on. `count` is the governance redactions only (the figure it reports).
   */
  redact(text: string): { text: string; count: number } {
    // Secrets first, every time: the set of known secrets can grow during a run (a key the client learnt).
    const masked = this.deps.scrubSecrets ? this.deps.scrubSecrets(text).text : text;
    if (!this.redactOn || !this.deps.redact) return { text: masked, count: 0 };
    const known = this.redacted.get(masked);
    if (known) return known;
    const out = this.deps.redact(masked);
    // Bounded in entries and characters: recent texts only (memory must not grow with the run).
    if (masked.length > REDACT_MEMO_MAX_TEXT) return out;
    if (this.redacted.size >= REDACT_MEMO_SIZE || this.redactedChars > REDACT_MEMO_CHARS) {
      this.redacted.clear();
      this.redactedChars = 0;
    }
    this.redacted.set(masked, out);
    this.redactedChars += masked.length;
    return out;
  }

  /** Whether an answer holds a known secret (counted once, for the end-of-run warning). */
  holdsSecret(text: string): boolean {
    if (!this.deps.scrubSecrets) return false;
    const { text: masked, count } = this.deps.scrubSecrets(text);
    if (count === 0) return false;
    for (const m of masked.matchAll(/\[secret: ([^\]]+)\]/g)) this.secretsEchoed.add(m[1]!);
    return true;
  }

  /** Adds live spend (never cached answers) and notes when the cap is reached. */
  addSpend(costUsd: number | null, model: string): void {
    if (costUsd === null) {
      if (this.options.maxCostUsd !== undefined) {
        this.warnOnce(
          `price:${model}`,
          `price of model "${model}" is unknown: its requests cannot count toward --max-cost (add it under pricing:)`,
        );
      }
      return;
    }
    this.spend.knownUsd += costUsd;
    if (this.options.maxCostUsd !== undefined && this.spend.knownUsd >= this.options.maxCostUsd)
      this.spend.capReached = true;
  }

  /** Whether a new live request may go out (false once the cost cap is reached or the run stopped). */
  maySend(): boolean {
    if (this.stopped) return false;
    return !this.spend.capReached;
  }

  async trace(record: Omit<TraceRecord, 'ts' | 'runId' | 'actor' | 'commit'>): Promise<void> {
    const sink = this.deps.trace;
    if (!sink) return;
    const full: TraceRecord = {
      ts: new Date(this.deps.clock.now()).toISOString(),
      runId: this.options.runId,
      ...record,
    };
    if (this.options.actor !== undefined) full.actor = this.options.actor;
    if (this.options.commit !== undefined) full.commit = this.options.commit;
    try {
      await sink.write(full);
    } catch (e) {
      this.fatal ??= e;
      throw e;
    }
  }
}
