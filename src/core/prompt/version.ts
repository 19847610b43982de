// The prompt version recorded with every result: a content hash of the template source as read,
// so any edit (even whitespace) is a new version and an unchanged file keeps its version.
import { createHash } from 'node:crypto';

export function promptVersion(source: string): string {
  return createHash('sha256').update(source, 'utf8').digest('hex').slice(0, 12);
}
