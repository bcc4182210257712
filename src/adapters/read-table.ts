import { createCsvTokenizer } from '../read/csv-tokenizer.js';
import { sniffDelimiter } from '../read/dialect.js';
import type { AdapterInput, AdapterWarning } from './types.js';
import { decodeInput } from './decode-input.js';

/** A delimited file as rows of strings, with the encoding it was read in. */
export interface RawTable {
  header: string[];
  /** Data rows (header excluded, blank lines skipped). */
  rows: string[][];
  /** The report row number of each of `rows`, as `validate` numbers them: header = 1,
   *  blank lines and quoted line breaks counted as the loaders count them. */
  rowNumbers: number[];
  encoding: string;
  warnings: AdapterWarning[];
}

/**
 * Decode (detecting the encoding) and parse a CSV file into a header and rows of strings,
 * with the loaders' own tokenizer (one CSV reading, one row numbering across the project).
 * Fully blank lines are skipped; every other line is a row, so nothing is lost unseen.
 *
 * @example readTable('a,b\n1,2\n').rows // [['1', '2']]
 */
export function readTable(input: AdapterInput): RawTable {
  const { text: raw, encoding, warnings } = decodeInput(input);
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const tokenizer = createCsvTokenizer(sniffDelimiter(text.slice(0, 65536)));
  const out: AdapterWarning[] = [...warnings];
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  let header: string[] | undefined;
  let row = 0;
  const take = (batch: ReturnType<typeof tokenizer.push>) => {
    for (const r of batch) {
      row++;
      if (r.problem) {
        out.push({
          row,
          message:
            r.problem === 'unterminated'
              ? `CSV: a quoted cell opened on line ${r.problemLine} is never closed, so the rest of the file was read into it`
              : `CSV: text follows the closing quote of a cell (line ${r.problemLine}); quotes inside a quoted cell must be doubled ("")`,
        });
      }
      if (r.cells.every((c) => c.trim() === '')) {
        if (header === undefined) row--; // blank lines above the header do not count
        continue;
      }
      if (header === undefined) header = r.cells.map((h) => h.trim());
      else {
        rows.push(r.cells);
        rowNumbers.push(row);
      }
    }
  };
  const SLICE = 1 << 16;
  for (let at = 0; at < text.length; at += SLICE) take(tokenizer.push(text.slice(at, at + SLICE)));
  take(tokenizer.end());
  return { header: header ?? [], rows, rowNumbers, encoding, warnings: out };
}
