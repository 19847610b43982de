// Image parts of a chat prompt that name a repository file are sent as data URLs: the loader reads the
// file (through the FileSource, so a base revision reads the base's image) and inlines it. The image
// bytes' hash joins the prompt version, so changing an image is a prompt change like editing the text.
import type { ContentPart } from '../model/types.js';
import { sha256Hex } from '../util/hash.js';
import type { PromptTemplate } from './resolved.js';

const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** The file's base64, or the problem to show after its name ("not found", outside the repository, too big). */
export type ReadBase64 = (rel: string) => Promise<{ value: string } | { problem: string }>;

/** Inlines every file image; returns the problems (one line each) and a digest of the images read. */
export async function inlineImageFiles(
  t: PromptTemplate,
  read: ReadBase64 | undefined,
): Promise<{ errors: string[]; digest: string; files: string[] }> {
  const refs = t.imageFiles ?? [];
  delete t.imageFiles;
  const errors: string[] = [];
  const hashes: string[] = [];
  for (const ref of refs) {
    const ext = /\.([a-z0-9]+)$/i.exec(ref.path)?.[1]?.toLowerCase() ?? '';
    const type = MEDIA_TYPES[ext];
    if (!type) {
      errors.push(
        `message ${ref.message + 1}: image "${ref.path}" is not a URL and not a .png, .jpg, .gif or .webp file`,
      );
      continue;
    }
    const got = read ? await read(ref.path) : { problem: 'not found' };
    if ('problem' in got) {
      errors.push(`message ${ref.message + 1}: image file "${ref.path}" ${got.problem}`);
      continue;
    }
    const data = got.value;
    hashes.push(sha256Hex(data));
    const content = t.messages[ref.message]!.content as ContentPart[];
    const part = content[ref.part] as Extract<ContentPart, { type: 'image_url' }>;
    content[ref.part] = { ...part, image_url: { ...part.image_url, url: `data:${type};base64,${data}` } };
  }
  return { errors, digest: hashes.join(','), files: refs.map((r) => r.path) };
}
