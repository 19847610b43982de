import { describe, expect, it } from 'vitest';
import { mapChunks, resultsJsonChunks } from '../../../src/core/results/serialize.js';
import { batchChunks } from '../../../src/core/util/batch-chunks.js';
import { createSecretScrubber } from '../../../src/core/util/mask-secrets.js';

describe('batchChunks', () => {
  it('joins whole chunks until a batch reaches the length; the text is unchanged', () => {
    expect([...batchChunks(['ab', 'c', 'de', 'f', 'g'], 3)]).toEqual(['abc', 'def', 'g']);
    expect([...batchChunks(['abcd', 'e'], 3)]).toEqual(['abcd', 'e']);
    expect([...batchChunks([], 3)]).toEqual([]);
    expect([...batchChunks(['', ''], 3)]).toEqual([]);
  });

  it('scrubbing results JSON in batches gives the same text as chunk by chunk', () => {
    const key = 'sk-test-0123456789abcdef';
    const scrubber = createSecretScrubber([{ name: 'OPENAI_API_KEY', value: key }]);
    const scrub = (t: string) => scrubber.scrub(t).text;
    const samples = Array.from({ length: 300 }, (_, i) => ({ output: i % 7 === 0 ? `my key is ${key}` : `answer ${i}`, b64: Buffer.from(`x${key}`).toString('base64') }));
    const doc = { schemaVersion: 1, suites: [{ name: 's', cases: [{ id: 'c', samples }] }] };
    const perChunk = [...mapChunks(resultsJsonChunks(doc), scrub)].join('');
    const batched = [...mapChunks(batchChunks(resultsJsonChunks(doc), 1024), scrub)];
    expect(batched.length).toBeGreaterThan(1);
    expect(batched.join('')).toBe(perChunk);
    expect(perChunk).not.toContain(key);
    expect(perChunk).toContain('[secret: OPENAI_API_KEY]');
  });
});
