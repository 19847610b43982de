// One text for "what the model answered": the reply text followed by one line per tool call. Comments,
// drift issues, output digests and changed-output detection use it, so a changed tool call is a changed
// output and a tool-only answer is never shown as empty.
import type { ToolCall } from '../model/types.js';

export function toolCallLine(c: ToolCall): string {
  const args = c.argumentsValid ? JSON.stringify(c.arguments) : String(c.arguments);
  return `→ tool call ${c.name}(${args})`;
}

export function answerText(s: { output?: string; toolCalls?: readonly ToolCall[] }): string | undefined {
  if (!s.toolCalls?.length) return s.output;
  const lines = s.toolCalls.map(toolCallLine);
  return s.output ? `${s.output}\n${lines.join('\n')}` : lines.join('\n');
}
