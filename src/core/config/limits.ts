// Limits on what the loader accepts, so a hostile or mistaken file fails at once as a located config
// error instead of exhausting memory (a 200 MB YAML document needs gigabytes as a positioned tree) or the
// stack (every walk over config values is recursive somewhere: yaml, zod, canonical JSON). See
// docs/config.md "Limits".
import { MAX_DEPTH } from '../util/depth.js';

const MiB = 1024 * 1024;
/** YAML/JSON files are parsed into a positioned tree (tens of bytes of memory per byte of text). */
export const MAX_YAML_BYTES = 10 * MiB;
/** JSONL and CSV case files are parsed line by line, so big data sets belong there. */
export const MAX_LINE_FILE_BYTES = 256 * MiB;
/** Images of chat prompts, inlined as base64 (providers refuse bigger images anyway). */
export const MAX_IMAGE_BYTES = 20 * MiB;

/** The size limit of a file by its name. */
export function sizeLimit(path: string): { bytes: number; kind: string } {
  if (/\.(jsonl|csv)$/i.test(path)) return { bytes: MAX_LINE_FILE_BYTES, kind: 'a JSONL or CSV file' };
  if (/\.(png|jpe?g|gif|webp)$/i.test(path)) return { bytes: MAX_IMAGE_BYTES, kind: 'an image' };
  return { bytes: MAX_YAML_BYTES, kind: 'a YAML, JSON or prompt file; big case sets belong in a .jsonl file' };
}

/** Why a file of `bytes` (or characters of its text: never more than its UTF-8 bytes) is refused, or undefined when it is within its limit. */
export function sizeProblem(path: string, bytes: number): string | undefined {
  const limit = sizeLimit(path);
  if (bytes <= limit.bytes) return undefined;
  return `is ${mib(bytes)} MiB, over the ${mib(limit.bytes)} MiB limit for ${limit.kind}`;
}

function mib(bytes: number): string {
  return (bytes / MiB).toFixed(bytes % MiB === 0 ? 0 : 1);
}

export const DEPTH_PROBLEM = `nests deeper than ${MAX_DEPTH} levels`;

/** Thrown by a FileSource for a file it will not hand out (outside the repository, too big): the loader reports it where the config names the file. */
export class FileRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'FileRefused';
  }
}

/** Reads through `read`: the value, or the problem to show after the file's name ("not found", a refusal). */
export async function readOrProblem<T>(
  read: () => Promise<T | undefined>,
): Promise<{ value: T } | { problem: string }> {
  try {
    const value = await read();
    return value === undefined ? { problem: 'not found' } : { value };
  } catch (e) {
    if (e instanceof FileRefused || (e as Error | undefined)?.name === 'FileRefused')
      return { problem: (e as Error).message };
    throw e;
  }
}
