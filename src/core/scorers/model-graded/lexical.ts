// Local lexical similarity, used by `similar` when no embedding provider is configured: the cosine of
// the two texts' word sets (normalised: lower case, accents stripped, split on anything that is not a
// letter or digit). Word order and repetition do not matter; paraphrases with other words score low,
// which is why reports name it "lexical" and never pass it off as semantic similarity.

function words(text: string): Set<string> {
  const normalised = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return new Set(normalised.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** |A ∩ B| / sqrt(|A|·|B|); 1 for two empty texts, 0 when exactly one is empty. */
export function lexicalSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.sqrt(wa.size * wb.size);
}

/** Cosine of two vectors; undefined when lengths differ or a vector is all zeros. */
export function cosine(a: readonly number[], b: readonly number[]): number | undefined {
  if (a.length !== b.length || a.length === 0) return undefined;
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return undefined;
  return dot / Math.sqrt(na * nb);
}
