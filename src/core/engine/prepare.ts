// Per (job, case) work done once and shared by all its samples: render the prompt, scan it
// (governance.scanInputs), estimate its size against the token budget, and redact the copy that
// goes into traces.
import { contentText, imageCount, mapContent, shortenDataUrls } from '../model/content.js';
import type { ResolvedCase, ResolvedSuite } from '../config/resolved.js';
import type { ChatMessage } from '../model/types.js';
import { renderPrompt } from '../prompt/render.js';
import { estimateRequestTokens } from './token-budget.js';
import type { RunContext } from './context.js';

export type PreparedCase =
  | { kind: 'render-error'; message: string }
  | { kind: 'blocked'; messages: ChatMessage[]; traceMessages: ChatMessage[]; traceRedactions: number; message: string }
  | { kind: 'budget'; messages: ChatMessage[]; traceMessages: ChatMessage[]; traceRedactions: number; message: string }
  | { kind: 'ready'; messages: ChatMessage[]; traceMessages: ChatMessage[]; traceRedactions: number };

export function prepareCase(run: RunContext, suite: ResolvedSuite, c: ResolvedCase): PreparedCase {
  let messages: ChatMessage[];
  try {
    messages = renderPrompt(suite.template, c.vars);
  } catch (e) {
    return { kind: 'render-error', message: e instanceof Error ? e.message : String(e) };
  }
  // Traces show an inline image as its type and size, not its bytes.
  let traceMessages = messages.some((m) => imageCount(m.content) > 0)
    ? messages.map((m) => ({ role: m.role, content: shortenDataUrls(m.content) }))
    : messages;
  let traceRedactions = 0;
  if (run.scrubOn) {
    traceMessages = messages.map((m) => {
      const content = mapContent(m.content, (t) => {
        const r = run.redact(t);
        traceRedactions += r.count;
        return r.text;
      });
      return { role: m.role, content: shortenDataUrls(content) };
    });
  }
  const shared = { messages, traceMessages, traceRedactions };

  const mode = run.options.governance?.scanInputs ?? 'off';
  if (mode !== 'off' && run.deps.scanInput) {
    const hit = run.deps.scanInput(messages.map((m) => contentText(m.content)).join('\n'));
    if (hit.count > 0) {
      const what = `${hit.count} value(s) of ${hit.categories.join(', ') || 'sensitive data'}`;
      if (mode === 'block') {
        run.warnOnce(
          `scan:${suite.name}:${c.id}`,
          `${suite.name} / ${c.id}: rendered prompt contains ${what}; not sent (governance.scanInputs: block)`,
        );
        return { kind: 'blocked', ...shared, message: `input contains ${what} (governance.scanInputs: block)` };
      }
      run.warnOnce(
        `scan:${suite.name}:${c.id}`,
        `${suite.name} / ${c.id}: rendered prompt contains ${what}; sent anyway (governance.scanInputs: warn)`,
      );
    }
  }

  if (suite.maxRequestTokens !== undefined) {
    const estimate = estimateRequestTokens(messages, suite.provider.maxTokens);
    if (estimate > suite.maxRequestTokens) {
      return {
        kind: 'budget',
        ...shared,
        message: `estimated ${estimate} tokens (prompt + maxTokens ${suite.provider.maxTokens ?? 0}) exceed maxRequestTokens ${suite.maxRequestTokens}`,
      };
    }
  }
  return { kind: 'ready', ...shared };
}
