// TEMPORARY until H4's report/escape.ts lands.
export const escapeInline = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
export const escapeBlock = (s: string): string => '```text\n' + s.replace(/```/g, "'''") + '\n```';
