// TokenCounter on gpt-tokenizer (a pure-JS port of OpenAI's tiktoken BPE). Its encodings are large
// (o200k_base ≈ 2 MB of ranks), so the module is imported only when an estimate is asked for, and each
// encoding only when a model needs it.
//
// Chat framing follows OpenAI's cookbook ("How to count tokens with tiktoken") for the gpt-4o/gpt-4
// families: 3 tokens per message, 3 more priming the reply. An image counts 765 tokens (detail high in a
// 1024×1024 frame), as the token budget counts it; tool definitions count as their JSON text.
import type { ChatMessage, ToolDefinition } from '../../core/model/types.js';
import { contentText, imageCount } from '../../core/model/content.js';
import type { TokenCounter } from '../../core/ports/tokenizer.js';

type Encode = (text: string) => number[];
type EncodingName = 'o200k_base' | 'cl100k_base';

const TOKENS_PER_MESSAGE = 3;
const REPLY_PRIMING_TOKENS = 3;
const IMAGE_TOKENS = 765;

/** OpenAI's older chat and embedding models use cl100k_base; everything from gpt-4o on uses o200k_base. */
const CL100K = /^(gpt-4(?!o|\.)|gpt-3\.5|text-embedding-)/;
const OPENAI = /^(gpt-|o\d|chatgpt-|text-embedding-)/;

export function encodingOf(model: string): { name: EncodingName; approximate: boolean } {
  const name = model.trim().toLowerCase();
  const bare = name.slice(name.lastIndexOf('/') + 1);
  if (CL100K.test(bare)) return { name: 'cl100k_base', approximate: false };
  // Another vendor's model (Llama, Mistral, Claude behind a gateway): its own tokenizer is not bundled;
  // o200k_base is within ~10–20 % for English text, and the estimate says it is approximate.
  return { name: 'o200k_base', approximate: !OPENAI.test(bare) };
}

/** Loads the encodings the models need (one dynamic import each) and returns a synchronous counter. */
export async function loadTokenCounter(models: readonly string[]): Promise<TokenCounter> {
  const encoders = new Map<EncodingName, Encode>();
  for (const name of new Set(models.map((m) => encodingOf(m).name))) {
    const mod =
      name === 'cl100k_base'
        ? await import('gpt-tokenizer/encoding/cl100k_base')
        : await import('gpt-tokenizer/encoding/o200k_base');
    encoders.set(name, (text) => mod.encode(text, { disallowedSpecial: new Set() }));
  }
  const encoderFor = (model: string): Encode => {
    const e = encoders.get(encodingOf(model).name);
    if (!e) throw new Error(`tokenizer for model "${model}" was not loaded`);
    return e;
  };
  return {
    encodingFor: encodingOf,
    countChat(model: string, messages: readonly ChatMessage[], tools?: readonly ToolDefinition[]): number {
      const encode = encoderFor(model);
      let total = REPLY_PRIMING_TOKENS;
      for (const m of messages) {
        total +=
          TOKENS_PER_MESSAGE +
          encode(m.role).length +
          encode(contentText(m.content)).length +
          imageCount(m.content) * IMAGE_TOKENS;
      }
      if (tools && tools.length > 0) total += encode(JSON.stringify(tools)).length;
      return total;
    },
  };
}
