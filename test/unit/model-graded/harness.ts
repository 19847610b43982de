// Test wiring for model-graded scorers: the real openai adapter against the loopback fake model,
// behind a minimal JudgeService (the engine's own, with caching and tracing, is tested in engine tests).
import { createOpenAIModelClient } from '../../../src/adapters/model/openai-client.js';
import type { ProviderSettings, TokenUsage } from '../../../src/core/model/types.js';
import { createRegistry, deterministicScorers } from '../../../src/core/scorers/registry.js';
import { modelGradedScorers } from '../../../src/core/scorers/model-graded/index.js';
import { policyScorers } from '../../../src/core/scorers/policy/index.js';
import type { JudgeService, ScoreContext } from '../../../src/core/scorers/types.js';
import { startFakeModel, type FakeBehavior, type FakeModel, type RecordedRequest } from '../../fakes/fake-model.js';

/** USD per 1M tokens used by the harness's judge pricing. */
export const PRICE = { input: 2, output: 8 };
export const costOf = (u: TokenUsage) => (u.input * PRICE.input + u.output * PRICE.output) / 1e6;

export interface JudgeHarness {
  fake: FakeModel;
  judge: JudgeService;
  providers: Record<string, ProviderSettings>;
  ctx(output: string, extra?: Partial<ScoreContext>): ScoreContext;
  /** Chat requests the judge sent. */
  judgeRequests(): RecordedRequest[];
  close(): Promise<void>;
}

export const registry = createRegistry(deterministicScorers(), modelGradedScorers(), policyScorers());

export async function startJudgeHarness(
  behavior?: FakeBehavior,
  opts: { withoutDefaultJudge?: boolean } = {},
): Promise<JudgeHarness> {
  const fake = await startFakeModel(behavior ? { behavior } : {});
  const client = createOpenAIModelClient({ env: {} });
  const base = { type: 'openai' as const, baseUrl: fake.url, timeoutMs: 5_000, maxRetries: 0 };
  const providers: Record<string, ProviderSettings> = {
    judge: { ...base, id: 'judge', model: 'judge-model' },
    strict: { ...base, id: 'strict', model: 'strict-judge', temperature: 0.3 },
    embed: { ...base, id: 'embed', model: 'embed-model' },
  };
  const judge: JudgeService = {
    provider: (name) =>
      name === undefined ? (opts.withoutDefaultJudge ? undefined : providers['judge']) : providers[name],
    async complete(provider, messages, o) {
      const response = await client.complete({ provider, messages, ...(o?.signal ? { signal: o.signal } : {}) });
      return { response, costUsd: response.usage ? costOf(response.usage) : null };
    },
    async embed(provider, input, o) {
      const response = await client.embed({ provider, input, ...(o?.signal ? { signal: o.signal } : {}) });
      return { response, costUsd: response.usage ? costOf(response.usage) : null };
    },
  };
  return {
    fake,
    judge,
    providers,
    ctx: (output, extra = {}) => ({
      output,
      vars: {},
      messages: [{ role: 'user', content: 'Customer: where is my parcel?' }],
      costUsd: 0,
      tokens: { input: 0, output: 0 },
      suite: 'suite',
      caseId: 'case',
      judge,
      ...extra,
    }),
    judgeRequests: () => fake.chatRequests(),
    close: () => fake.close(),
  };
}

/** The text between <name> tags in a judge prompt. */
export function tagged(text: string, name: string): string | undefined {
  return new RegExp(`<${name}>\\n([\\s\\S]*?)\\n</${name}>`).exec(text)?.[1];
}

export const json = (v: unknown) => ({ content: JSON.stringify(v) });
