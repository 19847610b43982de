// One spelling of "content hash" for cache keys, derived ids and versions, so they all agree on the
// algorithm and encoding (strings hash as UTF-8).
import { createHash } from 'node:crypto';

/** Lower-case hex sha256 of the UTF-8 text. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
