// Errors of prompt templates. Both carry enough to point the user at the right place.

/** A case lacks a variable the template uses. */
export class MissingVariableError extends Error {
  readonly variable: string;
  /** Index (0-based) of the chat message that uses it. */
  readonly messageIndex: number;

  constructor(variable: string, messageIndex: number, role: string) {
    super(`missing variable "${variable}" (used in message ${messageIndex + 1}, ${role})`);
    this.name = 'MissingVariableError';
    this.variable = variable;
    this.messageIndex = messageIndex;
  }
}

/** The template file itself is malformed (bad chat list, unclosed tag, partials). */
export class TemplateError extends Error {
  /** 1-based, when known. */
  readonly line?: number;
  readonly column?: number;
  /** Key path inside a chat file, e.g. `[1].role`. */
  readonly keyPath?: string;

  constructor(message: string, pos?: { line: number; column: number; keyPath?: string }) {
    super(message);
    this.name = 'TemplateError';
    if (pos) {
      this.line = pos.line;
      this.column = pos.column;
      if (pos.keyPath) this.keyPath = pos.keyPath;
    }
  }
}
