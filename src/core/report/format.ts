// Number formatting shared by every report (PR comment, job summary, terminal, drift issues), so a
// figure reads the same everywhere. ASCII signs only: reports get copy-pasted into terminals and YAML.

const DASH = '—';

function group(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 run", "3 runs": regular English plurals only. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Fixed digits with thousands separators: 12345.678 → "12,345.68". */
function fixed(x: number, digits: number): string {
  const s = Math.abs(x).toFixed(digits);
  const [i, f] = s.split('.');
  const body = group(i ?? '0') + (f !== undefined ? `.${f}` : '');
  return (x < 0 && Number(s) !== 0 ? '-' : '') + body;
}

/** Three significant digits without exponent notation for small magnitudes (0.000123 → "0.000123"). */
function small(x: number): string {
  if (x === 0) return '0';
  const digits = Math.min(12, Math.max(2, 2 - Math.floor(Math.log10(Math.abs(x)))));
  return Number(x.toFixed(digits))
    .toFixed(digits)
    .replace(/(\.\d*?[1-9])0+$/, '$1');
}

/**
 * US dollars with sensible precision: ≥ $1,000 whole dollars, ≥ $1 cents, below that three
 * significant digits (per-request costs are fractions of a cent). `null` means the model's price is
 * unknown and is shown as such, never as $0.
 */
export function usd(x: number | null | undefined, unknown = 'price unknown'): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return unknown;
  const a = Math.abs(x);
  const sign = x < 0 ? '-' : '';
  if (a === 0) return '$0.00';
  if (a >= 1000) return `${sign}$${fixed(a, 0)}`;
  if (a >= 1) return `${sign}$${fixed(a, 2)}`;
  const body = small(a);
  // Cents always show two decimals ($0.50, not $0.5).
  return `${sign}$${/\.\d$/.test(body) ? `${body}0` : body.includes('.') ? body : `${body}.00`}`;
}

/** A signed USD delta: "+$0.00012", "-$1,204". */
export function usdDelta(x: number | null | undefined, unknown = 'price unknown'): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return unknown;
  if (x === 0) return '$0.00';
  return (x > 0 ? '+' : '') + usd(x);
}

/** A share in [0,1] as a percentage: 0.8533 → "85.3%". */
export function pct(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return `${trimZero((x * 100).toFixed(digits))}%`;
}

/** A relative change as a signed percentage: 0.123 → "+12.3%". */
export function pctDelta(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  // From 1,000% on, decimals are noise (a near-free base): whole percents with separators.
  const s = Math.abs(x) >= 10 ? fixed(x * 100, 0) : trimZero((x * 100).toFixed(digits));
  return `${x > 0 && Number(s.replace(/,/g, '')) !== 0 ? '+' : ''}${s === '-0' ? '0' : s}%`;
}

/** A signed number: 0.0512 → "+0.051". */
export function signed(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const s = x.toFixed(digits);
  if (Number(s) === 0) return (0).toFixed(digits);
  return (x > 0 ? '+' : '') + s;
}

/** A score in [0,1]: "0.812". */
export function score(x: number | null | undefined, digits = 3): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return x.toFixed(digits);
}

/** Milliseconds: "850 ms", "1.24 s". */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  if (Math.abs(x) >= 1000) return `${fixed(x / 1000, 2)} s`;
  return `${fixed(x, 0)} ms`;
}

/** A signed millisecond delta: "+120 ms". */
export function msDelta(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const body = ms(x);
  return x > 0 && !/^0 ms$/.test(body) ? `+${body}` : body;
}

/** Token counts, one decimal at most: "123.5", "1,204". */
export function tokens(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  return trimZero(fixed(x, Number.isInteger(x) ? 0 : 1));
}

export function tokensDelta(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return DASH;
  const body = tokens(x);
  return x > 0 && body !== '0' ? `+${body}` : body;
}

function trimZero(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

export { DASH };
