import { createCsvTokenizer } from '../read/csv-tokenizer.js';
import { sniffDelimiter } from '../read/dialect.js';
import { escapeFormula } from '../read/csv-cell.js';
import { compileType } from '../model/record-type.js';
import { isRecordType, type RecordType } from '../model/record-types.js';
import { quoteCell as quote } from './format-cell.js';
import { withheldSensitivities } from './public-records.js';
import type { TextOutput, WriteOptions } from './to-csv.js';

/** Options of {@link toTemplate}. */
export interface TemplateOptions extends WriteOptions {
  /**
   * CSV text of example records (e.g. `examples/data/incident.csv`) to include as rows,
   * cell text kept exactly as written, columns put in schema order.
   */
  examples?: string;
}

/**
 * A CSV template for contributors: the header row with every field of the type in
 * schema order and, optionally, example rows to copy. Example cells are copied as
 * text, never re-typed, so what the examples show is what a contributor types;
 * formula-like text cells are neutralised as {@link toCSV} does.
 *
 * @example toTemplate('incident').text // 'id,record_type,schema_version,themes,...\n'
 */
export function toTemplate(type: RecordType, options: TemplateOptions = {}): TextOutput {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  const { fields } = compileType(type);
  const names = fields.map((f) => f.name);
  // Example cells are text as a reader would see it; a text cell that a spreadsheet
  // would run gets the same `'` our CSV writer adds (one codec), and numbers (-5 in a
  // count) are left alone.
  const textual = new Set(fields.filter((f) => f.kind === 'string').map((f) => f.name));
  // A cell already starting with `'` is taken as escaped by its author and kept as written.
  const cellOf = (name: string, text: string) => (textual.has(name) && text.charCodeAt(0) !== 39 ? escapeFormula(text) : text);
  const out = [names.join(',')];
  let withheld = 0;
  if (options.examples !== undefined) {
    // Read with the loaders' tokenizer: the same quoting rules and row numbers as validate.
    const text = options.examples.charCodeAt(0) === 0xfeff ? options.examples.slice(1) : options.examples;
    const tokenizer = createCsvTokenizer(sniffDelimiter(text.slice(0, 65536)));
    const lines = [...tokenizer.push(text), ...tokenizer.end()];
    let headerAt = lines.findIndex((l) => l.cells.some((c) => c.trim() !== ''));
    if (headerAt < 0) headerAt = lines.length;
    const head = lines[headerAt]?.cells ?? [];
    const rows: Record<string, string>[] = [];
    for (let i = headerAt + 1; i < lines.length; i++) {
      const l = lines[i];
      if (l.cells.every((c) => c.trim() === '')) continue;
      if (l.problem || l.cells.length !== head.length) {
        const why = l.problem ? 'a quoted cell is not closed properly' : `expected ${head.length} cells, found ${l.cells.length}`;
        throw new Error(`examples for ${type}, row ${i + 1}: ${why}`);
      }
      rows.push(Object.fromEntries(head.map((h, k) => [h, l.cells[k]])));
    }
    const unknown = head.filter((h) => !names.includes(h));
    if (unknown.length) throw new Error(`examples for ${type}: unknown column(s) ${unknown.map((h) => `"${h}"`).join(', ')}`);
    const parsed = { data: rows };
    for (const row of parsed.data) {
      if (!options.includeRestricted && withheldSensitivities.includes(row.sensitivity ?? '')) {
        withheld++;
        continue;
      }
      out.push(names.map((n) => quote(cellOf(n, row[n] ?? ''))).join(','));
    }
  }
  return { text: out.join('\n') + '\n', withheld };
}
