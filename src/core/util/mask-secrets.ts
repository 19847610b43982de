// Known secrets (API keys from the config and the environment) are masked wherever text leaves the
// process: error messages, traces. One rule for every place, so they cannot drift apart.

/** Shorter values are placeholders ("x", "test"), not secrets: masking them would shred ordinary words. */
export const MIN_SECRET_LENGTH = 8;

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
    for (const form of forms(secret)) out = out.split(form).join(mask);
  }
  return out;
}
