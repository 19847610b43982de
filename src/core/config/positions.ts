// Maps key paths back to line/column in YAML (or JSON) text, so every error can say where it is.
// We keep the parsed Document (with a LineCounter) next to the plain JS value validated by zod.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { ConfigError, formatKeyPath, type ConfigErrorLocation } from './errors.js';
import { tooDeepAt } from '../util/depth.js';
import { DEPTH_PROBLEM, sizeProblem } from './limits.js';

export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** Parses YAML/JSON text; syntax errors come back as ConfigErrors with their position. */
export function parseYamlSource(
  text: string,
  file: string,
): { source: YamlSource; value: unknown; errors: ConfigError[] } {
  const lines = new LineCounter();
  // Checked before parsing: the size of the tree, not the text, is what exhausts memory.
  const tooBig = sizeProblem(file, text.length);
  if (tooBig)
    return {
      source: { file, doc: parseDocument(''), lines },
      value: undefined,
      errors: [new ConfigError(`the file ${tooBig}`, { file, line: 1, column: 1 })],
    };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const source = { file, doc, lines };
  // Only the first syntax error: the parser's later ones are mostly consequences of it (one missing `]`
  // yields three or more), and a list of them buries the line to fix.
  const errors = doc.errors.slice(0, 1).map((e) => {
    const p = lines.linePos(e.pos[0]);
    // yaml's parser recurses per nesting level: a stack overflow means the value nests too deep.
    if (/Maximum call stack size exceeded/.test(e.message))
      return new ConfigError(`the value here ${DEPTH_PROBLEM}`, { file, line: p.line, column: p.col });
    return new ConfigError(`invalid YAML: ${e.message.split('\n')[0]}`, { file, line: p.line, column: p.col });
  });
  if (errors.length) return { source, value: undefined, errors };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml refuses a document whose aliases expand past the limit ("billion laughs"): the user's file
    // to fix, so a located config error rather than an internal one.
    if (!(e instanceof ReferenceError)) throw e;
    return { source, value: undefined, errors: [aliasBombError(source)] };
  }
  const deep = tooDeepAt(value);
  if (deep) {
    // Located at the deep value itself; the key path names only where the nesting starts.
    const loc = { ...locate(source, deep), keyPath: `${formatKeyPath(deep.slice(0, 3))}…` };
    return { source, value: undefined, errors: [new ConfigError(`the value here ${DEPTH_PROBLEM}`, loc)] };
  }
  const protoKeys = findProtoKeys(value);
  if (protoKeys.length)
    return {
      source,
      value: undefined,
      errors: protoKeys.map((path) => errorAt(source, path, `"__proto__" is not allowed as a key`, true)),
    };
  return { source, value, errors };
}

/** Aliases one document may expand to (yaml's own default is 100, too low for big case files with anchors). */
const MAX_ALIAS_COUNT = 1000;

function aliasBombError(src: YamlSource): ConfigError {
  let offset: number | undefined;
  visit(src.doc, {
    Alias(_key, node) {
      offset = rangeStart(node);
      return visit.BREAK;
    },
  });
  const p = offset === undefined ? { line: 1, col: 1 } : src.lines.linePos(offset);
  return new ConfigError(
    `YAML aliases (*name) expand to too many nodes (over ${MAX_ALIAS_COUNT}); write the values out or use fewer nested aliases`,
    {
      file: src.file,
      line: p.line,
      column: p.col,
    },
  );
}

/**
 * Key paths of own `__proto__` keys. yaml keeps them as plain properties, but any later copy by
 * assignment turns them into a prototype (and validation then reports the inherited keys at 1:1).
 */
function findProtoKeys(value: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  if (Array.isArray(value)) value.forEach((v, i) => findProtoKeys(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (key === '__proto__') out.push([...path, key]);
      else findProtoKeys((value as Record<string, unknown>)[key], [...path, key], out);
    }
  }
  return out;
}

/**
 * Location of `path` in the source; when the path does not exist (a missing key) the deepest existing
 * ancestor is used. `atKey` points at the key of the last segment instead of its value (unknown keys).
 */
export function locate(src: YamlSource, path: readonly PropertyKey[], atKey = false): ConfigErrorLocation {
  let node: unknown = src.doc.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (!pair) break;
      if (atKey && i === path.length - 1) {
        offset = rangeStart(pair.key) ?? offset;
        break;
      }
      next = pair.value ?? pair.key; // `key:` with no value: point at the key
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    if (next === undefined || next === null) break;
    node = next;
    offset = rangeStart(node) ?? offset;
  }
  const loc: ConfigErrorLocation = { file: src.file, keyPath: formatKeyPath(path) };
  if (offset !== undefined) {
    const p = src.lines.linePos(offset);
    loc.line = p.line;
    loc.column = p.col;
  }
  return loc;
}

export function errorAt(src: YamlSource, path: readonly PropertyKey[], reason: string, atKey = false): ConfigError {
  return new ConfigError(reason, locate(src, path, atKey));
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}
