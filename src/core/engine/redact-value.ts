// Redacts every string inside a JSON-like value (case vars are shown in results and PR comments).
export function redactValue(
  value: unknown,
  redact: (text: string) => { text: string; count: number },
): { value: unknown; count: number } {
  if (typeof value === 'string') {
    const r = redact(value);
    return { value: r.text, count: r.count };
  }
  if (Array.isArray(value)) {
    let count = 0;
    const out = value.map((v) => {
      const r = redactValue(v, redact);
      count += r.count;
      return r.value;
    });
    return { value: out, count };
  }
  if (value !== null && typeof value === 'object') {
    let count = 0;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const r = redactValue(v, redact);
      count += r.count;
      out[k] = r.value;
    }
    return { value: out, count };
  }
  return { value, count: 0 };
}
