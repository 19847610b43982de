// Shared types of the PII / secret detectors. Categories are the names users write in
// `no-pii: { categories: [...] }` and what redaction prints as `[REDACTED:<category>]`.

export const PII_CATEGORIES = ['email', 'phone', 'card', 'iban', 'ssn', 'ip', 'secret'] as const;
export type PiiCategory = (typeof PII_CATEGORIES)[number];

export interface Finding {
  category: PiiCategory;
  /** UTF-16 offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  value: string;
  /** Finer label for reasons and docs (e.g. `github-token`, `ipv6`); never the value itself. */
  kind?: string;
}

/** One detector: finds candidates of one category; overlap resolution happens in detect.ts. */
export type Detector = (text: string) => Finding[];
