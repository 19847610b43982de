// How far a suite's verdicts can be trusted when an LLM judge decides them: the cases with a human
// verdict (`label: pass | fail`) are compared with the case verdicts the run reached. Accuracy comes
// with a 95 % Wilson interval; Cohen's κ (agreement beyond what the two base rates give by chance) with
// its large-sample 95 % interval (Cohen 1960: se ≈ √(pₒ(1 − pₒ) / (n (1 − pₑ)²))), which is rough below
// ~30 labels and says so by being wide. Cases without a verdict (every sample errored) are not counted.
import { normalQuantile } from '../../stats/normal.js';

export interface LabelledVerdict {
  id: string;
  label: 'pass' | 'fail';
  /** The run's verdict for the case; null when it has none. */
  verdict: boolean | null;
}

export interface JudgeAgreement {
  /** Labelled cases with a verdict. */
  n: number;
  agree: number;
  accuracy: number;
  accuracyCi: [number, number];
  /** Cohen's κ; null when it is undefined (both sides said the same thing for every case). */
  kappa: number | null;
  kappaCi: [number, number] | null;
  /** Ids of the labelled cases the verdict disagrees with, in case order. */
  disagreements: string[];
}

const Z95 = normalQuantile(0.975);

/** 95 % Wilson score interval for k successes in n trials (n > 0). */
export function wilson(k: number, n: number): [number, number] {
  const p = k / n;
  const d = 1 + (Z95 * Z95) / n;
  const c = (p + (Z95 * Z95) / (2 * n)) / d;
  const h = (Z95 * Math.sqrt((p * (1 - p)) / n + (Z95 * Z95) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

export function judgeAgreement(cases: readonly LabelledVerdict[]): JudgeAgreement | undefined {
  const judged = cases.filter((c): c is LabelledVerdict & { verdict: boolean } => c.verdict !== null);
  const n = judged.length;
  if (n === 0) return undefined;
  const disagreements = judged.filter((c) => (c.label === 'pass') !== c.verdict).map((c) => c.id);
  const agree = n - disagreements.length;
  const po = agree / n;
  const labelPass = judged.filter((c) => c.label === 'pass').length / n;
  const verdictPass = judged.filter((c) => c.verdict).length / n;
  const pe = labelPass * verdictPass + (1 - labelPass) * (1 - verdictPass);
  const kappa = pe >= 1 ? null : (po - pe) / (1 - pe);
  const se = kappa === null ? 0 : Math.sqrt((po * (1 - po)) / (n * (1 - pe) ** 2));
  return {
    n,
    agree,
    accuracy: po,
    accuracyCi: wilson(agree, n),
    kappa,
    kappaCi: kappa === null ? null : [Math.max(-1, kappa - Z95 * se), Math.min(1, kappa + Z95 * se)],
    disagreements,
  };
}

/** "judge agrees with your labels on 13 of 20 cases (65 %, 95 % CI 43–82 %), κ 0.31 (−0.09…0.71); disagrees on c3, c7, …". */
export function agreementText(a: JudgeAgreement, maxIds = 5): string {
  const pc = (x: number): string => `${Math.round(x * 100)}`;
  const k =
    a.kappa === null
      ? 'κ undefined (one verdict throughout)'
      : `κ ${a.kappa.toFixed(2)} (${a.kappaCi![0].toFixed(2)}…${a.kappaCi![1].toFixed(2)})`;
  const ids = a.disagreements.length
    ? `; disagrees on ${a.disagreements.slice(0, maxIds).join(', ')}${a.disagreements.length > maxIds ? `, +${a.disagreements.length - maxIds} more` : ''}`
    : '';
  return `judge agrees with your labels on ${a.agree} of ${a.n} cases (${pc(a.accuracy)} %, 95 % CI ${pc(a.accuracyCi[0])}–${pc(a.accuracyCi[1])} %), ${k}${ids}`;
}

/** The agreement of one suite's case verdicts with its labelled cases; undefined without labels. */
export function suiteAgreement(
  cases: readonly { id: string; label?: 'pass' | 'fail'; pass: boolean | null }[],
): JudgeAgreement | undefined {
  return judgeAgreement(cases.flatMap((c) => (c.label ? [{ id: c.id, label: c.label, verdict: c.pass }] : [])));
}
