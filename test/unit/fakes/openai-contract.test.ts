// Contract test 3: the fake model checks requests and answers against OpenAI's OpenAPI description, so a
// request the real API rejects (or an answer it never gives) fails the test that caused it.
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { startFakeModel } from '../../fakes/fake-model.js';
import { checkOpenAIRequest, checkOpenAIResponse, openAISpecPath } from '../../fakes/openai-contract.js';

describe('OpenAI contract of the fake model', () => {
  it('finds the official description and accepts what the real API accepts', () => {
    expect(openAISpecPath()).toMatch(/shared\/specs\/openai-openapi\.json$/);
    expect(
      checkOpenAIRequest('POST', '/v1/chat/completions', {
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'hi' }],
      }),
    ).toEqual([]);
    expect(
      checkOpenAIRequest('POST', '/openai/deployments/prod/chat/completions', {
        messages: [{ role: 'user', content: 'hi' }],
        model: 'x',
      }),
    ).toEqual([]);
    expect(
      checkOpenAIResponse('POST', '/v1/embeddings', 200, {
        object: 'list',
        model: 'm',
        data: [{ object: 'embedding', index: 0, embedding: [0.1] }],
        usage: { prompt_tokens: 1, total_tokens: 1 },
      }),
    ).toEqual([]);
  });

  it('flags an unknown operation, an invalid body and an answer missing a required field', () => {
    expect(checkOpenAIRequest('POST', '/v1/chat/complete', {})).toEqual([expect.stringMatching(/no such operation/)]);
    expect(checkOpenAIRequest('POST', '/v1/chat/completions', { model: 'm', messages: [] }).join()).toMatch(
      /messages must NOT have fewer than 1 items/,
    );
    expect(checkOpenAIResponse('POST', '/v1/chat/completions', 429, { error: { message: 'x' } }).join()).toMatch(
      /required property/,
    );
    expect(checkOpenAIResponse('POST', '/v1/embeddings', 200, { object: 'list', data: [] }).join()).toMatch(
      /required property/,
    );
  });

  it('refuses a request the real API would refuse with its 400, and close() fails the test', async () => {
    const fake = await startFakeModel();
    const sdk = new OpenAI({ baseURL: fake.url, apiKey: 'sk-test', maxRetries: 0 });
    await expect(sdk.chat.completions.create({ model: 'm', messages: [] })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/breaks OpenAI's spec/),
    });
    expect(fake.violations).toHaveLength(1);
    await expect(fake.close()).rejects.toThrow(/break OpenAI's OpenAPI description/);
  });

  it('does not check deliberately broken answers (malformed) or when turned off', async () => {
    const fake = await startFakeModel({ behavior: () => ({ malformed: 'no-choices' }) });
    const sdk = new OpenAI({ baseURL: fake.url, apiKey: 'sk-test', maxRetries: 0 });
    await sdk.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] });
    await fake.close();
    const off = await startFakeModel({ contract: false });
    const sdkOff = new OpenAI({ baseURL: off.url, apiKey: 'sk-test', maxRetries: 0 });
    await sdkOff.chat.completions.create({ model: 'm', messages: [] });
    await off.close();
  });
});
