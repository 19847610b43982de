// A `javascript` assertion: (output, { vars, expected, latencyMs, costUsd, tokens }) → boolean,
// a score in [0,1], or { pass, score?, reason? }.
export function mentionsName(output, { vars }) {
  const name = String(vars.name ?? '');
  const ok = output.normalize('NFC').includes(name.normalize('NFC'));
  return { pass: ok, reason: ok ? `greets ${name} by name` : `does not mention ${name}` };
}
