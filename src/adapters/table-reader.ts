import { createCsvTokenizer, type CsvTokenizer } from '../read/csv-tokenizer.js';
import { sniffDelimiter } from '../read/dialect.js';
import type { AdapterWarning } from './types.js';

/** Where a table reader sends what it reads. */
export interface RowSink {
  /** The header row (trimmed cells; [] when the file has none). Called once, before any row. */
  header(header: string[]): void;
  /** One data row with its report row number, as `validate` numbers rows (header = 1). */
  row(cells: string[], row: number): void;
  /** A CSV quoting problem, in the order met (it may concern the header row, so it can come first). */
  problem(warning: AdapterWarning): void;
  /** The end of the text. */
  end(): void;
}

/** A table read chunk by chunk. */
export interface TableReader {
  push(text: string): void;
  end(): void;
}

const SNIFF = 1 << 16;
// Rows are handed on a few dozen at a time: a batch that lives while hundreds of rows are converted outlasts
// the young generation and is promoted, and that garbage is what grew the heap of a streamed import.
const SLICE = 1 << 13;

/**
 * Read delimited text chunk by chunk with the loaders' own tokenizer (one CSV reading and one row numbering
 * across the project): a leading BOM is dropped, the delimiter is sniffed on the first 64K characters, fully
 * blank lines are skipped (those above the header are not counted), every other line is a row.
 *
 * @example const t = createTableReader(sink); t.push('a,b\n1,2\n'); t.end() // sink.header(['a','b']); sink.row(['1','2'], 2)
 */
export function createTableReader(sink: RowSink): TableReader {
  let tokenizer: CsvTokenizer | undefined;
  let head = ''; // text held until the delimiter can be sniffed
  let started = false;
  let header: string[] | undefined;
  let row = 0;
  const take = (batch: ReturnType<CsvTokenizer['push']>) => {
    for (const r of batch) {
      row++;
      if (r.problem) {
        sink.problem({
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
      if (header === undefined) sink.header((header = r.cells.map((h) => h.trim())));
      else sink.row(r.cells, row);
    }
  };
  const feed = (text: string) => {
    for (let at = 0; at < text.length; at += SLICE) take(tokenizer!.push(at === 0 && text.length <= SLICE ? text : text.slice(at, at + SLICE)));
  };
  const open = () => {
    tokenizer = createCsvTokenizer(sniffDelimiter(head.slice(0, SNIFF)));
    const text = head;
    head = '';
    feed(text);
  };
  return {
    push(text) {
      if (!started) {
        if (text === '') return;
        started = true;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (tokenizer) return feed(text);
      head += text;
      if (head.length >= SNIFF) open();
    },
    end() {
      if (!tokenizer) open();
      take(tokenizer!.end());
      if (header === undefined) sink.header((header = []));
      sink.end();
    },
  };
}
