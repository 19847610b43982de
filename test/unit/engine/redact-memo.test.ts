// RunContext.redact reuses the result for a text it has seen (the same answer is redacted for the cache
// decision and for the results; passing reasons repeat across cases), and never mixes texts up.
import { describe, expect, it } from 'vitest';
import { RunContext } from '../../../src/core/engine/context.js';
import type { EngineDeps, RunOptions } from '../../../src/core/engine/types.js';
import { redact } from '../../../src/core/governance/detect.js';
import { createSecretScrubber } from '../../../src/core/util/mask-secrets.js';

function context(): { run: RunContext; calls: string[]; learn: (name: string, value: string) => void } {
  const calls: string[] = [];
  const secrets = [{ name: 'OPENAI_API_KEY', value: 'sk-test-0123456789abcdef' }];
  let scrubber = createSecretScrubber(secrets);
  // Like the runtime's scrubber, which grows when the model client uses a key the registry did not know.
  const learn = (name: string, value: string) => {
    secrets.push({ name, value });
    scrubber = createSecretScrubber(secrets);
  };
  const deps = {
    redact: (t: string) => {
      calls.push(t);
      return redact(t);
    },
    scrubSecrets: (t: string) => scrubber.scrub(t),
  } as unknown as EngineDeps;
  const options: RunOptions = {
    runId: 'r',
    cacheMode: 'off' as RunOptions['cacheMode'],
    cacheTtlHours: 0,
    toolVersion: '0',
    governance: { scanInputs: 'off', redactTraces: true },
  };
  return { run: new RunContext(options, deps, new Map()), calls, learn };
}

describe('RunContext.redact memo', () => {
  it('runs the detectors once per distinct text and returns what they return', () => {
    const { run, calls } = context();
    const a = 'Mail bob@example.com about key sk-test-0123456789abcdef';
    const first = run.redact(a);
    expect(first).toEqual({ text: 'Mail [REDACTED:email] about key [secret: OPENAI_API_KEY]', count: 1 });
    expect(run.redact(a)).toEqual(first);
    expect(run.redact('plain words')).toEqual({ text: 'plain words', count: 0 });
    expect(run.redact('Mail eve@example.org')).toEqual({ text: 'Mail [REDACTED:email]', count: 1 });
    expect(calls).toHaveLength(3);
  });

  it('masks a secret learnt during the run in a text it has seen before', () => {
    const { run, learn } = context();
    const text = 'the gateway said: gw-0123456789abcdef';
    expect(run.redact(text).text).toBe(text);
    learn('api key', 'gw-0123456789abcdef');
    expect(run.redact(text).text).toBe('the gateway said: [secret: api key]');
  });

  it('stays bounded: after thousands of distinct texts an early one is redacted again, correctly', () => {
    const { run, calls } = context();
    run.redact('call 415-555-0132 now');
    for (let i = 0; i < 5000; i++) run.redact(`text ${i}`);
    expect(run.redact('call 415-555-0132 now')).toEqual({ text: 'call [REDACTED:phone] now', count: 1 });
    expect(calls.filter((t) => t === 'call 415-555-0132 now')).toHaveLength(2);
  });
});
