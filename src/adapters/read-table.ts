import Papa from 'papaparse';
import type { AdapterInput, AdapterWarning } from './types.js';
import { decodeInput } from './decode-input.js';

/** A delimited file as rows of strings, with the encoding it was read in. */
export interface RawTable {
  header: string[];
  /** Data rows (header excluded); rows[i] is row i + 2 in reports (header = row 1). */
  rows: string[][];
  encoding: string;
  warnings: AdapterWarning[];
}

/**
 * Decode (detecting the encoding) and parse a CSV file into a header and rows of strings.
 * Fully blank lines are skipped; every other line is a row, so nothing is lost unseen.
 *
 * @example readTable('a,b\n1,2\n').rows // [['1', '2']]
 */
export function readTable(input: AdapterInput): RawTable {
  const { text, encoding, warnings } = decodeInput(input);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const out: AdapterWarning[] = [...warnings];
  for (const e of parsed.errors) {
    out.push({ row: typeof e.row === 'number' ? e.row : undefined, message: `CSV: ${e.message}` });
  }
  const [header = [], ...rows] = parsed.data;
  return { header: header.map((h) => h.trim()), rows, encoding, warnings: out };
}
