// The action's effects on the runner, as a port: main.ts implements it with @actions/core, tests with
// plain arrays. Keeps run.ts free of the Actions toolkit and testable in-process.
export interface AnnotationProps {
  title?: string;
  /** Repository-relative path. */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface ActionIO {
  info(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  setOutput(name: string, value: string): void;
  /** Masks the value in every later log line; `name` is what the scrubber writes in its place elsewhere. */
  setSecret(value: string, name?: string): void;
  /** Marks the step failed (exit code 1) with a message. */
  setFailed(message: string): void;
  /** Appends Markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
}

/** Workflow-command annotations: GitHub shows at most 10 per type per step. */
export const MAX_ANNOTATIONS = 10;
