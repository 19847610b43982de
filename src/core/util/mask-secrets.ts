// Known secrets (API keys, GitHub tokens, provider credentials from the config and the environment) are
// masked wherever text leaves the process: results, reports, comments, issues, history, cache, traces,
// logs. One rule for every place, so they cannot drift apart.
//
// Exact matching of the values evalgate knows, in the spellings a model or a tool plausibly produces:
// as is, JSON-escaped, URL-encoded, and base64 / base64url at each of the three byte alignments (the
// part of the encoding that depends on the secret alone). A model that transforms a key on purpose
// (spelled out, reversed, split) is not caught by any exact matcher: keep secrets out of prompts and
// cases, and keep untrusted code away from them (the trigger rule in docs/action.md).

/**
 * Shorter values are placeholders ("x", "test", "none", "ollama"), not secrets: masking them would shred
 * ordinary words and paths in every output. Real API keys and tokens are 20+ characters.
 */
export const MIN_SECRET_LENGTH = 8;

export interface NamedSecret {
  /** Where it comes from, shown in its place: `OPENAI_API_KEY`, `github-token`, `providers.fast.apiKey`. */
  name: string;
  value: string;
}

/** What a scrubbed secret is replaced with. */
export function secretMask(name: string): string {
  return `[secret: ${name}]`;
}

/** base64 of bytes without Node's Buffer (the core stays portable). */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** Encoded runs of base64 that depend only on the secret's bytes, for each alignment of its first byte. */
function base64Forms(value: string): string[] {
  const bytes = new TextEncoder().encode(value);
  const out: string[] = [];
  for (let skip = 0; skip < 3; skip++) {
    const body = bytes.subarray(skip, skip + Math.floor((bytes.length - skip) / 3) * 3);
    if (body.length < 6) continue;
    const b64 = toBase64(body);
    out.push(b64, b64.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

/** Every spelling of a secret that is masked, longest first (so a longer form is never left half-masked). */
export function secretForms(value: string): string[] {
  const forms = new Set<string>([
    value,
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    ...base64Forms(value),
  ]);
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

export interface SecretScrubber {
  /** The text with every known secret masked, and how many were. */
  scrub(text: string): { text: string; count: number };
  /** Whether any secret is known (scrubbing is then the identity). */
  readonly active: boolean;
  /** Which secrets (by name) a text contains. */
  found(text: string): string[];
}

/** A scrubber over a fixed list (first name wins for a value listed twice; short values are ignored). */
export function createSecretScrubber(secrets: readonly NamedSecret[]): SecretScrubber {
  const byValue = new Map<string, string>();
  for (const s of secrets)
    if (s.value.length >= MIN_SECRET_LENGTH && !byValue.has(s.value)) byValue.set(s.value, s.name);
  // Longer secrets first: a secret that contains another is masked whole.
  const table = [...byValue]
    .sort((a, b) => b[0].length - a[0].length)
    .flatMap(([value, name]) => secretForms(value).map((form) => ({ form, name, mask: secretMask(name) })));
  return {
    active: table.length > 0,
    scrub(text) {
      let out = text;
      let count = 0;
      for (const t of table) {
        if (!out.includes(t.form)) continue;
        const parts = out.split(t.form);
        count += parts.length - 1;
        out = parts.join(t.mask);
      }
      return { text: out, count };
    },
    found(text) {
      return [...new Set(table.filter((t) => text.includes(t.form)).map((t) => t.name))];
    },
  };
}

/** Replaces each secret, in each of the spellings `forms` gives (default: as is), with `mask`. */
export function maskSecrets(
  text: string,
  secrets: readonly string[],
  mask: string,
  forms: (secret: string) => readonly string[] = (s) => [s],
): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of forms(secret)) if (out.includes(form)) out = out.split(form).join(mask);
  }
  return out;
}
