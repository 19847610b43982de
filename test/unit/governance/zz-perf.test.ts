import { it } from 'vitest';
import { findCards } from '../../../src/core/governance/detectors/card.js';
import { findEmails } from '../../../src/core/governance/detectors/email.js';
import { findIbans } from '../../../src/core/governance/detectors/iban.js';
import { findIps } from '../../../src/core/governance/detectors/ip.js';
import { findPhones } from '../../../src/core/governance/detectors/phone.js';
import { findSecrets } from '../../../src/core/governance/detectors/secret.js';
import { findSsns } from '../../../src/core/governance/detectors/ssn.js';
it('perf', () => {
  const texts: [string, string][] = [['a', 'a'.repeat(20_000)], ['A1b2', 'A1b2'.repeat(5_000)], ['labels', 'x@' + 'a.'.repeat(10_000)]];
  for (const [name, t] of texts) for (const [dn, d] of Object.entries({ findCards, findEmails, findIbans, findIps, findPhones, findSecrets, findSsns })) { const t0 = performance.now(); d(t); const ms = performance.now() - t0; if (ms > 5) process.stdout.write(`${name} ${dn} ${Math.round(ms)} ms\n`); }
}, 120_000);
