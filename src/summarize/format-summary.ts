import { escapeMarkdown } from '../write/escape-markdown.js';
import type { ColumnTable } from 'arquero';
import { getField, labelOf } from '../model/fields.js';
import { recordTypes, type RecordType } from '../model/record-types.js';
import { themes } from '../model/themes.js';
import { describeColumns, summaryInfo, summaryNotes } from './describe-columns.js';
import { countryLabel, regionLabel } from './regions.js';

/** Options of `formatSummary`. */
export interface SummaryFormatOptions {
  /** Show labels instead of codes for themes, regions, countries, routes and other vocabularies. Default true. */
  labels?: boolean;
  /** Columns to show, in order. Default: all but the suppression flags. */
  columns?: readonly string[];
  /** Print the notes (units, conventions, caveats) under the table. Default true. */
  notes?: boolean;
  /** Leave out measure columns empty in every row (named in a note). Default true. */
  dropEmpty?: boolean;
}

/**
 * A summary as a Markdown or plain-text table, with its notes underneath: units, count
 * conventions and caveats travel with the numbers. Empty values print as `–`, values hidden by
 * the small-cell rule as `hidden`, whole numbers with thousands separators.
 *
 * @example console.log(formatSummary(summarize(t, { by: 'theme' }), 'text'))
 */
export function formatSummary(table: ColumnTable, format: 'markdown' | 'text', options: SummaryFormatOptions = {}): string {
  const info = summaryInfo(table);
  const meta = describeColumns(table);
  const names = table.columnNames();
  for (const c of options.columns ?? []) if (!names.includes(c)) throw new Error(`formatSummary: no column "${c}" (columns: ${names.join(', ')})`);
  const keys = new Set(meta.filter((c) => c.role === 'key').map((c) => c.name));
  const empty = (c: string) => !keys.has(c) && (table.array(c) as unknown[]).every((v) => v === null || v === undefined);
  const dropped = options.columns || options.dropEmpty === false || !table.numRows() ? [] : names.filter((n) => empty(n) && !/_suppressed$|_suppression_rule$/.test(n));
  const columns = options.columns ?? names.filter((n) => !/_suppressed$|_suppression_rule$/.test(n) && !dropped.includes(n));
  const plain = new Set(meta.filter((c) => c.role === 'key' || c.unit === 'year' || c.unit === 'date').map((c) => c.name));
  const label = (c: string) => (options.labels === false || !keys.has(c) ? undefined : labeller(c, info?.type));
  const rows = (table.objects() as Record<string, unknown>[]).map((r) =>
    columns.map((c) => {
      if (r[c] === null && r[`${c}_suppressed`] === true) return 'hidden';
      const l = label(c);
      if (l && r[c] !== null && r[c] !== undefined) return l(r[c]);
      return plain.has(c) && r[c] !== null && r[c] !== undefined ? String(r[c]) : formatValue(r[c]);
    }),
  );
  const header = columns.map((c) => (format === 'markdown' ? meta.find((m) => m.name === c)?.title ?? c : c));
  const numeric = columns.map((c, j) => meta.find((m) => m.name === c)?.role === 'measure' && rows.every((r) => /^-?[–\d.,]*$|^hidden$/.test(r[j])));
  const hiddenCols = names.filter((n) => !columns.includes(n));
  const notes = options.notes === false ? [] : summaryNotes(table).filter((n) => !hiddenCols.some((d) => n.startsWith(`${d}:`)));
  if (dropped.length && options.notes !== false) notes.push(`Not reported by any record, so left out: ${dropped.join(', ')}.`);
  if (format === 'markdown') {
    const esc = escapeMarkdown; // cells may hold text from the data
    const lines = [
      `| ${header.map(esc).join(' | ')} |`,
      `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
      ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
    ];
    if (notes.length) lines.push('', ...notes.map((n) => `- ${n}`));
    return lines.join('\n') + '\n';
  }
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => r[j].length)));
  const line = (cells: string[]) => cells.map((s, j) => (numeric[j] ? s.padStart(widths[j]) : s.padEnd(widths[j]))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  if (notes.length) out.push('', 'Notes:', ...notes.map((n) => `  - ${n}`));
  return out.join('\n') + '\n';
}

/**
 * One value as a table cell: `–` for empty, whole numbers with thousands separators,
 * other numbers with one decimal, lists joined with `, `.
 *
 * @example formatValue(158026) // '158,026'
 */
export function formatValue(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  if (Array.isArray(v)) return v.map(formatValue).join(', ');
  return String(v);
}

/**
 * Turns a key's codes into labels: theme titles, region and country names, vocabulary labels.
 *
 * @example labeller('region')?.('western-asia') // 'Western Asia'
 */
export function labeller(field: string, type?: RecordType): ((code: unknown) => string) | undefined {
  if (field === 'theme') {
    const t = new Map(themes.map((th) => [th.id as unknown, `(${th.letter}) ${th.title}`]));
    return (c) => t.get(c) ?? String(c);
  }
  if (field === 'region' || field === 'subregion') return (c) => regionLabel(String(c));
  if (field === 'country') return (c) => countryLabel(String(c));
  if (field === 'area') return (c) => (/^[A-Z]{3}$/.test(String(c)) ? countryLabel(String(c)) : regionLabel(String(c)));
  const owner = type && getField(type, field)?.labels ? type : recordTypes.find((t) => getField(t, field)?.labels);
  if (owner) return (c) => labelOf(owner, field, c as string);
  return undefined;
}
