// `label:` on a case and the top-level `judge.minAgreement` reach the resolved config (docs/judges.md).
import { describe, expect, it } from 'vitest';
import { load, withSuites } from '../config/fixture.js';

const suites = `  - name: s
    prompt: p.md
    cases:
      - { vars: { q: a }, label: pass }
      - { vars: { q: b }, label: fail }
      - { vars: { q: c } }
`;

describe('labels and judge.minAgreement in the config', () => {
  it('keeps each case label and the minimum agreement on every suite', async () => {
    const cfg = await load({
      'evalgate.yml': withSuites(suites, 'judge: { minAgreement: 0.8 }\n'),
      'p.md': 'Q: {{q}}',
    });
    const s = cfg.suites[0]!;
    expect(s.cases.map((c) => c.label)).toEqual(['pass', 'fail', undefined]);
    expect(s.judgeMinAgreement).toBe(0.8);
  });

  it('without the block, no minimum', async () => {
    const cfg = await load({ 'evalgate.yml': withSuites(suites), 'p.md': 'Q: {{q}}' });
    expect(cfg.suites[0]!.judgeMinAgreement).toBeUndefined();
  });
});
