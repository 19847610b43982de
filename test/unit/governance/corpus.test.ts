// Precision and recall of every detector over a labelled corpus of true positives and look-alikes
// (test/fixtures/pii/corpus.json). A finding counts as a true positive only with the exact category
// and value; anything else found is a false positive, anything listed and not found a miss.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPii, PII_CATEGORIES, redact } from '../../../src/core/governance/detect.js';

interface Labelled {
  text: string;
  pii: [string, string][];
}
const corpus = (
  JSON.parse(readFileSync(new URL('../../fixtures/pii/corpus.json', import.meta.url), 'utf8')) as { cases: Labelled[] }
).cases;

const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.9;

describe('PII / secret detector corpus', () => {
  const stats = new Map(PII_CATEGORIES.map((c) => [c as string, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: string[] = [];
  for (const { text, pii } of corpus) {
    const found = detectPii(text).map((f) => [f.category as string, f.value] as [string, string]);
    const want = [...pii];
    for (const f of found) {
      const i = want.findIndex(([c, v]) => c === f[0] && v === f[1]);
      if (i >= 0) {
        want.splice(i, 1);
        stats.get(f[0])!.tp++;
      } else {
        stats.get(f[0])!.fp++;
        mistakes.push(`FP ${f[0]} ${JSON.stringify(f[1])} in ${JSON.stringify(text)}`);
      }
    }
    for (const [c, v] of want) {
      stats.get(c)!.fn++;
      mistakes.push(`FN ${c} ${JSON.stringify(v)} in ${JSON.stringify(text)}`);
    }
  }

  const table = [...stats].map(([category, s]) => {
    const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
    return { category, ...s, precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)) };
  });
  console.log(`detector corpus: ${corpus.length} texts`);
  console.table(table);
  if (mistakes.length) console.log(mistakes.join('\n'));

  it('has true positives and look-alike negatives for every category', () => {
    for (const c of PII_CATEGORIES)
      expect(corpus.filter((t) => t.pii.some(([k]) => k === c)).length, c).toBeGreaterThanOrEqual(4);
    expect(corpus.filter((t) => t.pii.length === 0).length).toBeGreaterThanOrEqual(50);
  });

  for (const row of table) {
    it(`${row.category}: precision ≥ ${PRECISION_FLOOR}, recall ≥ ${RECALL_FLOOR}`, () => {
      expect(row.tp).toBeGreaterThan(0);
      expect(row.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
      expect(row.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    });
  }

  it('redaction removes every detected value and every labelled one, and finds nothing afterwards', () => {
    for (const { text, pii } of corpus) {
      const findings = detectPii(text);
      const r = redact(text);
      expect(r.count).toBe(findings.length);
      for (const f of findings) expect(r.text, text).not.toContain(f.value);
      for (const [c, v] of pii) {
        expect(r.text, text).not.toContain(v);
        expect(r.text).toContain(`[REDACTED:${c}]`);
      }
      expect(detectPii(r.text), r.text).toEqual([]);
      expect(redact(r.text)).toEqual({ text: r.text, count: 0 });
    }
  });
});
