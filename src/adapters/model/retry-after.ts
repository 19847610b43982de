// Parses the wait an endpoint asks for. `retry-after-ms` (OpenAI's own, fractional ms) wins over the
// standard `retry-after` (delta-seconds or an HTTP date). No cap here: the engine caps long waits itself,
// because openai 7 silently ignores values above 60 s and we want the user told instead.

export interface HeaderBag {
  get(name: string): string | null;
}

export function parseRetryAfterMs(headers: HeaderBag | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null) {
    const value = Number.parseFloat(ms);
    if (Number.isFinite(value) && value >= 0) return Math.ceil(value);
  }
  const raw = headers.get('retry-after');
  if (raw === null) return undefined;
  const text = raw.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.ceil(Number.parseFloat(text) * 1000);
  // HTTP-dates name the weekday and month; Date.parse would read "-3" as the year 3 BC.
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
