// The prompt version recorded with every result: a content hash of the template source as read,
// so any edit (even whitespace) is a new version and an unchanged file keeps its version.
import { sha256Hex } from '../util/hash.js';

export function promptVersion(source: string): string {
  return sha256Hex(source).slice(0, 12);
}
