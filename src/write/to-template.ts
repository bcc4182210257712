import Papa from 'papaparse';
import { getFields } from '../model/fields.js';
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
  const fields = getFields(type);
  const names = fields.map((f) => f.name);
  // Example cells are text as a reader would see it; a text cell that a spreadsheet
  // would run gets the same `'` our CSV writer adds. A cell already starting with `'`
  // reads back the same either way, and numbers (-5 in a count) are left alone.
  const textual = new Set(fields.filter((f) => f.kind === 'string').map((f) => f.name));
  const cellOf = (name: string, text: string) => (textual.has(name) && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  const lines = [names.join(',')];
  let withheld = 0;
  if (options.examples !== undefined) {
    const parsed = Papa.parse<Record<string, string>>(options.examples.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
    });
    if (parsed.errors.length) {
      const e = parsed.errors[0];
      throw new Error(`examples for ${type}, row ${(e.row ?? 0) + 2}: ${e.message}`);
    }
    const unknown = (parsed.meta.fields ?? []).filter((h) => !names.includes(h));
    if (unknown.length) throw new Error(`examples for ${type}: unknown column(s) ${unknown.map((h) => `"${h}"`).join(', ')}`);
    for (const row of parsed.data) {
      if (!options.includeRestricted && withheldSensitivities.includes(row.sensitivity ?? '')) {
        withheld++;
        continue;
      }
      lines.push(names.map((n) => quote(cellOf(n, row[n] ?? ''))).join(','));
    }
  }
  return { text: lines.join('\n') + '\n', withheld };
}
