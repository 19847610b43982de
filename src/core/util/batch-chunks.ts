// Joins small text chunks into larger ones. A serializer that yields tens of thousands of tiny chunks (a
// key, a comma) makes any per-chunk step (the secret scrubber, a write) pay its fixed cost per chunk;
// joined, it pays it a few dozen times. Chunks are only ever concatenated whole, so whatever a step
// relies on inside one input chunk (e.g. every string value in one chunk) still holds inside the batch.

/** Concatenates consecutive chunks until a batch reaches `minLength` characters; the last one may be shorter. */
export function* batchChunks(chunks: Iterable<string>, minLength: number): Generator<string> {
  let batch = '';
  for (const c of chunks) {
    batch += c;
    if (batch.length >= minLength) {
      yield batch;
      batch = '';
    }
  }
  if (batch !== '') yield batch;
}
