// A protobuf wire-format reader for tests: decodes a message into field number → raw values, so tests can
// check what an encoder wrote against the .proto field numbers without a protobuf runtime.
export type Field =
  | { wire: 0; value: bigint }
  | { wire: 1; bytes: Uint8Array }
  | { wire: 2; bytes: Uint8Array }
  | { wire: 5; bytes: Uint8Array };

export function decode(buf: Uint8Array): Map<number, Field[]> {
  const out = new Map<number, Field[]>();
  let i = 0;
  const varint = (): bigint => {
    let shift = 0n;
    let v = 0n;
    for (;;) {
      const b = buf[i++];
      if (b === undefined) throw new Error('truncated varint');
      v |= BigInt(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
      shift += 7n;
    }
  };
  while (i < buf.length) {
    const tag = Number(varint());
    const field = tag >> 3;
    const wire = tag & 7;
    let f: Field;
    if (wire === 0) f = { wire: 0, value: varint() };
    else if (wire === 1) f = { wire: 1, bytes: buf.subarray(i, (i += 8)) };
    else if (wire === 2) {
      const len = Number(varint());
      f = { wire: 2, bytes: buf.subarray(i, (i += len)) };
    } else if (wire === 5) f = { wire: 5, bytes: buf.subarray(i, (i += 4)) };
    else throw new Error(`unsupported wire type ${wire}`);
    if (i > buf.length) throw new Error('truncated field');
    out.set(field, [...(out.get(field) ?? []), f]);
  }
  return out;
}

export const sub = (m: Map<number, Field[]>, field: number): Map<number, Field[]>[] =>
  (m.get(field) ?? []).map((f) => decode((f as { bytes: Uint8Array }).bytes));
export const str = (m: Map<number, Field[]>, field: number): string | undefined => {
  const f = m.get(field)?.[0];
  return f && f.wire === 2 ? new TextDecoder().decode(f.bytes) : undefined;
};
export const bytesHex = (m: Map<number, Field[]>, field: number): string | undefined => {
  const f = m.get(field)?.[0];
  return f && f.wire === 2 ? Buffer.from(f.bytes).toString('hex') : undefined;
};
export const fixed64 = (m: Map<number, Field[]>, field: number): bigint | undefined => {
  const f = m.get(field)?.[0];
  return f && f.wire === 1 ? new DataView(f.bytes.buffer, f.bytes.byteOffset, 8).getBigUint64(0, true) : undefined;
};
export const double = (m: Map<number, Field[]>, field: number): number | undefined => {
  const f = m.get(field)?.[0];
  return f && f.wire === 1 ? new DataView(f.bytes.buffer, f.bytes.byteOffset, 8).getFloat64(0, true) : undefined;
};
export const uint = (m: Map<number, Field[]>, field: number): bigint | undefined => {
  const f = m.get(field)?.[0];
  return f && f.wire === 0 ? f.value : undefined;
};
