/**
 * A JSON array of records read chunk by chunk: text in, one record at a time out, in bounded memory (one chunk plus
 * the record being read). `streamJSON` and the Node loaders use it for files; `fromJSON` stays the whole-text reference
 * and this reader gives what it gives: the same records, rows (1-based array index), issues and errors.
 *
 *   createJsonArrayReader(options): { push(text): LoadResult; end(): LoadResult }
 *
 * How the errors stay identical to the whole-text path:
 * - limits first: the same lenient scan as `checkJsonText` runs over every character of the file (strings, escapes,
 *   bracket depth), so the first breach in the text is the one reported, even after a syntax error;
 * - syntax: each array item is cut out by bracket depth and parsed on its own; where it breaks, `jsonErrorOffset`
 *   on the item gives the offset, which is where the whole-text scan would stop too (the text before it was valid).
 *   The message (`unexpected "…" at line L, column C`) is built once the 12 characters after it have been read;
 * - a text whose first character is not `[` is not an array: it is gathered (within `maxDocumentBytes`) and handed to
 *   the whole-text path, which names what it is (an object, a datapackage.json, bad JSON).
 * Records already handed on before a syntax error stay handed on; the error then ends the read, as it would have.
 * One item longer than `maxDocumentBytes` is refused in one line (nothing bounds one item otherwise).
 */
import { jsonErrorOffset } from './json-error-position.js';
import { addJsonRecord, createJsonContext } from './json-record.js';
import { checkDocumentSize, limitsOf } from './limits.js';
import type { ReadOptions } from './options.js';
import { ReadError } from './read-error.js';
import { emptyResult, type LoadResult } from './result.js';
import { readJsonText } from './from-json.js';

/** A JSON-array reader fed text chunk by chunk (the same shape as the CSV and NDJSON readers). */
export interface JsonArrayReader {
  push(text: string): LoadResult;
  end(): LoadResult;
}

type Mode = 'start' | 'open' | 'comma' | 'item' | 'after' | 'closed' | 'failed' | 'whole';
type Kind = 'nest' | 'string' | 'scalar';

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
// Characters that end a number or a literal (anything else is part of it, and the item's parse says what is wrong).
const endsScalar = (c: number) => isWs(c) || c === 0x2c || c === 0x5d || c === 0x7d || c === 0x5b || c === 0x7b || c === 0x22 || c === 0x3a;

/**
 * A fresh reader for one JSON array.
 *
 * @example const r = createJsonArrayReader({ type: 'incident' }); r.push('[{"id":"inc-1"},'); r.push('{"id":"inc-2"}]'); r.end();
 */
export function createJsonArrayReader(options: ReadOptions = {}): JsonArrayReader {
  const ctx = createJsonContext(options);
  const limits = limitsOf(options);
  let mode: Mode = 'start';
  let head = ''; // white space before the first character, or the whole text once it is not an array
  // Position in the whole text: offset of the next character, lines so far, offset of the last line feed.
  let pos = 0;
  let line = 1;
  let lastNl = -1;
  // The `checkJsonText` scan, carried across chunks.
  let inString = false;
  let skipNext = false;
  let depth = 0;
  let stringStart = 0;
  let stringLine = 1;
  let stringLastNl = -1;
  // The item being read.
  let kind: Kind = 'nest';
  let parts: string[] = [];
  let itemLength = 0;
  let itemStart = 0;
  let itemLine = 1;
  let itemLastNl = -1;
  let row = 0;
  let chunkLength = 0; // length of the chunk being scanned (the text after a failure in it is in `after`)
  // A syntax error waiting for the characters after it (and for the rest of the limit scan).
  let failAt = -1;
  let failLine = 1;
  let failLastNl = -1;
  let shown = '';
  let collectFrom = Infinity; // offset of the next character `shown` may take

  const where = (l: number, nl: number, at: number) => `line ${l}, column ${at - nl}`;

  function fail(at: number, l: number, nl: number, after: string): void {
    mode = 'failed';
    failAt = at;
    failLine = l;
    failLastNl = nl;
    shown = after.slice(0, 12);
    collectFrom = pos + chunkLength;
    parts = [];
  }

  function syntaxError(): ReadError {
    if (failAt >= pos) return new ReadError(`not valid JSON: the text ends too early (${where(line, lastNl, pos)})`);
    const quoted = JSON.stringify(shown);
    const text = quoted.length > 14 ? quoted.slice(0, 13) + '…"' : quoted;
    return new ReadError(`not valid JSON: unexpected ${text} at ${where(failLine, failLastNl, failAt)}`);
  }

  // An item is complete: parse it, or find where it breaks. `rest` is the text after it, for the error message.
  function finishItem(out: LoadResult, rest: string): void {
    const text = parts.length === 1 ? parts[0] : parts.join('');
    parts = [];
    itemLength = 0;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const off = jsonErrorOffset(text);
      if (off < 0) throw new ReadError(`not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      let l = itemLine;
      let nl = itemLastNl;
      for (let k = 0; k < off; k++) if (text.charCodeAt(k) === 10) { l++; nl = itemStart + k; }
      fail(itemStart + off, l, nl, text.slice(off) + rest);
      return;
    }
    addJsonRecord(value, ++row, undefined, ctx, out);
  }

  function startItem(c: number, at: number): void {
    mode = 'item';
    kind = c === 0x7b || c === 0x5b ? 'nest' : c === 0x22 ? 'string' : 'scalar';
    itemStart = at;
    itemLine = line;
    itemLastNl = lastNl;
    parts = [];
    itemLength = 0;
  }

  function scan(text: string, out: LoadResult): void {
    const n = text.length;
    chunkLength = n;
    let itemFrom = mode === 'item' ? 0 : -1; // where the current item's text starts in this chunk
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const at = pos + i;
      // The limit scan (as checkJsonText does it).
      if (inString) {
        if (at - stringStart > limits.maxFieldChars) {
          throw new ReadError(`a text at ${where(stringLine, stringLastNl, stringStart)} is longer than ${limits.maxFieldChars} characters (the limit of a field)`);
        }
        if (skipNext) skipNext = false;
        else if (c === 0x5c) skipNext = true;
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) {
        inString = true;
        stringStart = at;
        stringLine = line;
        stringLastNl = lastNl;
      } else if (c === 0x5b || c === 0x7b) {
        if (++depth > limits.maxDepth) throw new ReadError(`nesting deeper than ${limits.maxDepth} levels at ${where(line, lastNl, at)}: records are flat (a list at most)`);
      } else if (c === 0x5d || c === 0x7d) depth--;

      // The array's grammar (a scalar item ends before a character, which is then read again after it).
      for (let again = true; again; ) {
        again = false;
        switch (mode) {
          case 'start':
            if (isWs(c)) break;
            if (c === 0x5b) mode = 'open';
            else {
              mode = 'whole';
              head += text;
              i = n; // the limit scan of the rest is the whole-text path's
            }
            break;
          case 'open':
          case 'comma':
            if (isWs(c)) break;
            if (mode === 'open' && c === 0x5d) mode = 'closed';
            else if (c === 0x2c || c === 0x3a || c === 0x5d || c === 0x7d) fail(at, line, lastNl, text.slice(i));
            else {
              startItem(c, at);
              itemFrom = i;
            }
            break;
          case 'item': {
            const ends =
              kind === 'nest' ? !inString && depth === 1 && (c === 0x5d || c === 0x7d) && at > itemStart
              : kind === 'string' ? !inString && at > itemStart
              : endsScalar(c);
            if (!ends) break;
            const stop = kind === 'scalar' ? i : i + 1;
            parts.push(text.slice(itemFrom, stop));
            mode = 'after';
            finishItem(out, text.slice(stop));
            itemFrom = -1;
            if (kind === 'scalar' && mode === 'after') again = true;
            break;
          }
          case 'after':
            if (isWs(c)) break;
            if (c === 0x2c) mode = 'comma';
            else if (c === 0x5d) mode = 'closed';
            else fail(at, line, lastNl, text.slice(i));
            break;
          case 'closed':
            if (!isWs(c)) fail(at, line, lastNl, text.slice(i));
            break;
          case 'failed':
            if (shown.length < 12 && at >= collectFrom) {
              const more = text.slice(i, i + 12 - shown.length);
              shown += more;
              collectFrom = at + more.length;
            }
            break;
          case 'whole':
            break;
        }
      }
      if (c === 10) {
        line++;
        lastNl = at;
      }
    }
    if (mode === 'item' && itemFrom >= 0) {
      const piece = text.slice(itemFrom);
      parts.push(piece);
      itemLength += piece.length;
      if (itemLength > limits.maxDocumentBytes) {
        throw new ReadError(`record ${row + 1} (from ${where(itemLine, itemLastNl, itemStart)}) is longer than ${limits.maxDocumentBytes} characters: is the array's closing bracket missing?`);
      }
    } else if (mode === 'start' && text.length) head += text;
    pos += n;
  }

  const batch = () => emptyResult('json', ctx.type);

  return {
    push(text) {
      const out = batch();
      if (mode === 'whole') {
        head += text;
        checkDocumentSize(head.length, limits);
      } else scan(text, out);
      out.type = ctx.type;
      return out;
    },
    end() {
      const out = batch();
      if (mode === 'whole') {
        // Not an array: the whole-text path names what it is (it never returns records here).
        const whole = readJsonText(head, options, head.length);
        return whole;
      }
      if (mode === 'start') throw new ReadError('the file is empty: a JSON file must hold an array of records');
      if (inString && pos - stringStart > limits.maxFieldChars) {
        throw new ReadError(`a text at ${where(stringLine, stringLastNl, stringStart)} is longer than ${limits.maxFieldChars} characters (the limit of a field)`);
      }
      chunkLength = 0;
      if (mode === 'item') {
        mode = 'after';
        finishItem(out, '');
        if (mode === 'after') fail(pos, line, lastNl, '');
      } else if (mode !== 'closed' && mode !== 'failed') fail(pos, line, lastNl, '');
      if (mode === 'failed') throw syntaxError();
      out.type = ctx.type;
      return out;
    },
  };
}

