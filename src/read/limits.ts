/**
 * The limits every loader enforces, so no input can exhaust the stack, memory or time (docs/security.md):
 *
 *   readLimits                          the defaults
 *   limitsOf(options)                   the defaults merged with `options.limits`
 *   checkJsonText(text, limits, where)  nesting depth and string length of one JSON text, without recursion
 *   checkDocumentSize(n, limits)        size of a whole-document (JSON array) input
 *   checkRowWidth(n, limits, where)     cells in one CSV row / keys in one record
 *   checkFieldSize(n, limits, where)    characters in one cell
 *
 * A breach throws a one-line ReadError (the CLI exits 2): the input is refused, never cut silently.
 */
import { ReadError } from './read-error.js';

/** Limits of one read. */
export interface ReadLimits {
  /** Deepest nesting of arrays and objects in a JSON text (a record is depth 2 in a JSON array). Default 32. */
  maxDepth: number;
  /** Longest cell or JSON string, in characters. Default 1,000,000 (schemas allow far less). */
  maxFieldChars: number;
  /** Most cells in a CSV row, or keys in a record. Default 2,000. */
  maxColumns: number;
  /** Largest whole-document input (a JSON array is parsed at once), in bytes or characters. Default 256 MB. */
  maxDocumentBytes: number;
}

/**
 * The default limits.
 *
 * @example readLimits.maxDepth // 32
 */
export const readLimits: Readonly<ReadLimits> = Object.freeze({ maxDepth: 32, maxFieldChars: 1_000_000, maxColumns: 2_000, maxDocumentBytes: 256 * 1024 * 1024 });

/**
 * The limits of a read: the defaults, overridden by `options.limits`.
 *
 * @example limitsOf({ limits: { maxDepth: 8 } }).maxDepth // 8
 */
export function limitsOf(options: { limits?: Partial<ReadLimits> } = {}): ReadLimits {
  return options.limits ? { ...readLimits, ...options.limits } : readLimits;
}

function position(text: string, at: number): string {
  let line = 1;
  let last = -1;
  for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) { line++; last = i; }
  return `line ${line}, column ${at - last}`;
}

/**
 * Throw when a JSON text nests deeper than `maxDepth` or holds a string longer than `maxFieldChars`. One pass, no
 * recursion; texts too short to break a limit cost one cheap count.
 *
 * @example checkJsonText('[[[[1]]]]', { ...readLimits, maxDepth: 2 }) // throws ReadError
 */
export function checkJsonText(text: string, limits: ReadLimits = readLimits, where = ''): void {
  const n = text.length;
  if (n <= limits.maxDepth && n <= limits.maxFieldChars) return;
  // Fast path: fewer opening brackets than the depth limit (strings ignored) cannot nest too deep.
  let opens = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) opens++;
  }
  if (opens <= limits.maxDepth && n <= limits.maxFieldChars) return;
  let depth = 0;
  let inString = false;
  let start = 0;
  const at = (i: number) => (where ? `${where}, ${position(text, i).replace('line 1, ', '')}` : position(text, i));
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) {
        inString = false;
        if (i - start > limits.maxFieldChars) throw new ReadError(`a text at ${at(start)} is longer than ${limits.maxFieldChars} characters (the limit of a field)`);
      }
    } else if (c === 34) {
      inString = true;
      start = i;
    } else if (c === 91 || c === 123) {
      if (++depth > limits.maxDepth) throw new ReadError(`nesting deeper than ${limits.maxDepth} levels at ${at(i)}: records are flat (a list at most)`);
    } else if (c === 93 || c === 125) depth--;
  }
  if (inString && n - start > limits.maxFieldChars) throw new ReadError(`a text at ${at(start)} is longer than ${limits.maxFieldChars} characters (the limit of a field)`);
}

/**
 * Throw when a whole-document input is larger than `maxDocumentBytes`.
 *
 * @example checkDocumentSize(bytes.length, readLimits)
 */
export function checkDocumentSize(size: number, limits: ReadLimits = readLimits): void {
  if (size > limits.maxDocumentBytes) {
    throw new ReadError(`the file is ${size} bytes, more than the ${limits.maxDocumentBytes} a JSON array may have (it is read whole): write it as NDJSON, which is streamed`);
  }
}

/**
 * Throw when a row has more cells (a record more keys) than `maxColumns`.
 *
 * @example checkRowWidth(cells.length, readLimits, 'row 2')
 */
export function checkRowWidth(count: number, limits: ReadLimits, where: string): void {
  if (count > limits.maxColumns) throw new ReadError(`${where} has ${count} cells, more than the limit of ${limits.maxColumns}`);
}

/**
 * Throw when a cell is longer than `maxFieldChars`.
 *
 * @example checkFieldSize(text.length, readLimits, 'row 2, column 5')
 */
export function checkFieldSize(length: number, limits: ReadLimits, where: string): void {
  if (length > limits.maxFieldChars) throw new ReadError(`${where} is ${length} characters long, more than the limit of ${limits.maxFieldChars}`);
}
