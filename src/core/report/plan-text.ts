// `evalgate plan` output: per suite its size, where its per-case variance came from, what the gate
// detects at 90 % power (power-line.ts) and what one gate run may cost.
import type { Expected } from '../estimate/estimate.js';
import type { SuitePlan, VarianceOrigin } from '../gate/sizing.js';
import { dropText, powerText } from './power-line.js';
import { usd } from './format.js';

export interface PlanView extends SuitePlan {
  costUsd: Expected | null;
  costAtNeededUsd: number | null;
}

export function originText(o: VarianceOrigin): string {
  if (o.kind === 'drift-history')
    return `per-case variance from the drift history (${o.runs} ${o.runs === 1 ? 'run' : 'runs'}, ${o.cases} cases${o.promptVersion === 'any' ? '; no run of the current prompt version yet, older ones used' : ''})`;
  if (o.kind === 'results') return `per-case variance from the results file (${o.cases} cases)`;
  return 'no history: assuming p = 0.5 per case (the largest variance; a conservative figure)';
}

function costText(p: PlanView): string {
  if (!p.costUsd) return 'one gate run: price unknown';
  const c = p.costUsd;
  const scaled =
    p.costAtNeededUsd !== null && p.power.casesNeeded !== null && p.power.casesNeeded > p.power.cases
      ? `; at ${p.power.casesNeeded.toLocaleString('en-US')} cases the first round alone ≈ ${usd(p.costAtNeededUsd)}`
      : '';
  return `one gate run (base + head): ${usd(c.expected)} expected for the first round, up to ${usd(c.high)} if every case is sampled to maxRepeat${scaled}`;
}

export function renderPlanText(plans: readonly PlanView[], compared: number): string {
  const lines = [
    `evalgate plan: what each suite can detect in the PR gate (${Math.round((plans[0]?.power.power ?? 0.9) * 100)}% power, ${compared === 1 ? 'one suite compared per PR' : `${compared} suites compared per PR`}); no request was sent`,
  ];
  for (const p of plans) {
    lines.push('', `${p.suite}: ${originText(p.origin)}`);
    // The origin line already says when the variance is assumed.
    lines.push(`  ${powerText(p.origin.kind === 'none' ? { ...p.power, variance: 'observed' } : p.power)}`);
    lines.push(`  ${costText(p)}`);
  }
  const short = plans.filter((p) => p.power.detectableDrop === null || p.power.detectableDrop > p.power.target);
  if (short.length)
    lines.push(
      '',
      `${short.length} of ${plans.length} ${plans.length === 1 ? 'suite' : 'suites'} cannot detect gate.maxScoreDrop (${dropText(plans[0]?.power.target ?? 0)}) at 90% power as configured.`,
    );
  return `${lines.join('\n')}\n`;
}
