/** Arithmetic mean; null for no values (an empty mean is unknown, not 0). */
export function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length;
}
