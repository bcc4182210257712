/**
 * fromJSON(input: string | Uint8Array | ArrayBuffer, options?: ReadOptions): LoadResult
 *
 * Read a JSON array of records. Row numbers are 1-based array indexes. A text that is
 * not JSON, or not an array, throws a ReadError naming the line and column.
 */
import { decodeBytes } from './decode.js';
import { jsonErrorOffset } from './json-error-position.js';
import { addJsonRecord, createJsonContext } from './json-record.js';
import type { RecordType } from '../model/record-types.js';
import type { ReadOptions, ReadOptionsFor } from './options.js';
import { checkDocumentSize, checkJsonText, limitsOf } from './limits.js';
import { ReadError } from './read-error.js';
import { emptyResult, type Loaded, type LoadResult } from './result.js';

/**
 * "line 3, column 7" for a character offset.
 *
 * @example positionOf('[\n  }', 4) // 'line 2, column 3'
 */
export function positionOf(text: string, offset: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return `line ${line}, column ${offset - last}`;
}

/**
 * What is wrong with a JSON text, and where (line and column).
 *
 * @example jsonSyntaxMessage(err, '[1,]') // 'unexpected "]" at line 1, column 4'
 */
export function jsonSyntaxMessage(err: unknown, text: string): string {
  const at = jsonErrorOffset(text);
  if (at < 0) return err instanceof Error ? err.message : String(err);
  if (at >= text.length) return `the text ends too early (${positionOf(text, at)})`;
  const shown = JSON.stringify(text.slice(at, at + 12));
  return `unexpected ${shown.length > 14 ? shown.slice(0, 13) + '…"' : shown} at ${positionOf(text, at)}`;
}

/**
 * Read a JSON array of records.
 *
 * @example fromJSON('[{"id":"inc-1","dead":4}]').records[0].dead // 4
 */
export function fromJSON<T extends RecordType | undefined = undefined>(input: string | Uint8Array | ArrayBuffer, options?: ReadOptionsFor<T>): Loaded<T>;
export function fromJSON(input: string | Uint8Array | ArrayBuffer, options: ReadOptions = {}): LoadResult {
  let text: string;
  let decoded: ReturnType<typeof decodeBytes> | undefined;
  if (typeof input === 'string') text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  else text = (decoded = decodeBytes(input, options.encoding)).text;
  const out = readJsonText(text, options, typeof input === 'string' ? text.length : input.byteLength);
  if (decoded) {
    out.encoding = decoded.encoding;
    out.warnings.unshift(...decoded.warnings);
  }
  return out;
}

/**
 * Read a decoded JSON text whole (`size`: its bytes or characters, for the document limit). The reference the
 * streamed reader (json-array-reader.ts) matches, and what it hands a text that is not an array.
 *
 * @example readJsonText('[{"id":"inc-1"}]', {}, 16).records.length // 1
 */
export function readJsonText(text: string, options: ReadOptions, size: number): LoadResult {
  if (text.trim() === '') throw new ReadError('the file is empty: a JSON file must hold an array of records');
  // Bounded before parsing: size (read whole), nesting depth and string length (no recursion on the input).
  const limits = limitsOf(options);
  checkDocumentSize(size, limits);
  checkJsonText(text, limits);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ReadError(`not valid JSON: ${jsonSyntaxMessage(err, text)}`);
  }
  if (!Array.isArray(data)) {
    const hint = data && typeof data === 'object' && (data as any).resources ? ' (a datapackage.json? validate its folder or the descriptor itself)' : '';
    throw new ReadError(`a JSON file must hold an array of records ([{...}, {...}]), not ${data === null ? 'null' : typeof data}${hint}`);
  }
  const out = emptyResult('json', options.type ?? null);
  const ctx = createJsonContext(options);
  data.forEach((value, i) => addJsonRecord(value, i + 1, undefined, ctx, out));
  out.type = ctx.type;
  return out;
}
