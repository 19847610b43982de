// The model port: what the engine and the judges need from an OpenAI-compatible endpoint. The adapter
// lives in src/adapters/model/; tests use the loopback fake model through the same adapter.
import type { CompletionRequest, CompletionResponse, EmbeddingRequest, EmbeddingResponse } from '../model/types.js';

export interface ModelClient {
  complete(req: CompletionRequest): Promise<CompletionResponse>;
  /** Optional: only endpoints with `/embeddings`. */
  embed?(req: EmbeddingRequest): Promise<EmbeddingResponse>;
}
