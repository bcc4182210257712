/**
 * The NDJSON reading pipeline shared by `fromNDJSON` and `streamNDJSON`: one JSON
 * object per line; row number = line number; blank lines are skipped (they hold no
 * record); a line that is not JSON is a `parse-error` on its row, and reading goes on.
 *
 *   createNdjsonReader(options): { push(text): LoadResult; end(): LoadResult }
 */
import { checkJsonText, limitsOf } from './limits.js';
import { makeIssue } from '../errors/index.js';
import { jsonSyntaxMessage } from './from-json.js';
import { addJsonRecord, createJsonContext } from './json-record.js';
import type { ReadOptions } from './options.js';
import { ReadError } from './read-error.js';
import { emptyResult, type LoadResult } from './result.js';

/** An NDJSON reader fed text chunk by chunk. */
export interface NdjsonReader {
  push(text: string): LoadResult;
  end(): LoadResult;
}

/**
 * A fresh NDJSON reader for one input.
 *
 * @example const r = createNdjsonReader(); r.push('{"id":"inc-1"}\n'); r.end();
 */
export function createNdjsonReader(options: ReadOptions = {}): NdjsonReader {
  const ctx = createJsonContext(options);
  const limits = limitsOf(options);
  let rest = '';
  let lineNo = 0;
  let first = true;
  let parsedOne = false; // a first line that is not JSON means the file is not NDJSON at all

  function line(text: string, out: LoadResult): void {
    lineNo++;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.trim() === '') return;
    checkJsonText(text, limits, `line ${lineNo}`);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      if (!parsedOne) {
        throw new ReadError(`line ${lineNo} is not JSON (${jsonSyntaxMessage(err, text).replace('line 1, column', 'column')}): is this an NDJSON file?`);
      }
      out.records.push({});
      out.rows.push({ row: lineNo, line: lineNo, skip: true });
      const shown = text.length > 200 ? text.slice(0, 199) + '…' : text;
      out.errors.push(makeIssue('parse-error', { row: lineNo, value: shown, note: `not a JSON object on one line: ${jsonSyntaxMessage(err, text).replace('line 1, column', 'column')}` }));
      return;
    }
    parsedOne = true;
    addJsonRecord(value, lineNo, lineNo, ctx, out);
  }

  function split(text: string, out: LoadResult, final: boolean): void {
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) break;
      line(text.slice(start, nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl), out);
      start = nl + 1;
    }
    rest = text.slice(start);
    if (final && rest !== '') {
      line(rest.charCodeAt(rest.length - 1) === 13 ? rest.slice(0, -1) : rest, out);
      rest = '';
    }
  }

  const batch = () => {
    const b = emptyResult('ndjson', ctx.type);
    return b;
  };

  return {
    push(text) {
      const out = batch();
      // Only look for line ends in new text, so a long line spread over chunks costs no rescans.
      if (text.indexOf('\n') === -1) {
        rest += text;
        return out;
      }
      split(rest + text, out, false);
      out.type = ctx.type;
      return out;
    },
    end() {
      const out = batch();
      split(rest, out, true);
      out.type = ctx.type;
      return out;
    },
  };
}
