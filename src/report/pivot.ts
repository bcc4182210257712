import type { ColumnTable } from 'arquero';
import { formatValue, labeller } from '../summarize/format-summary.js';
import { escapeMarkdown } from '../write/escape-markdown.js';

/**
 * Rows × columns of one measure, as a Markdown table in the summary's order; codes shown by
 * their labels, text from the data escaped. `fmt` gets the value and its whole row.
 *
 * @example pivot(gapMap(dataset).table, 'theme', 'area', 'sources')
 */
export function pivot(table: ColumnTable, rowKey: string, colKey: string, value: string, fmt: (v: unknown, row?: Record<string, unknown>) => string = formatValue): string {
  const rows = table.objects() as Record<string, unknown>[];
  const rowVals = [...new Set(rows.map((r) => r[rowKey]))];
  const colVals = [...new Set(rows.map((r) => r[colKey]))];
  const lr = labeller(rowKey) ?? String;
  const lc = labeller(colKey) ?? String;
  const cell = new Map(rows.map((r) => [`${r[rowKey]}\u0000${r[colKey]}`, r]));
  const name = (v: unknown, l: (c: unknown) => string) => (v === null || v === undefined ? '(none)' : escapeMarkdown(l(v)));
  const lines = [
    `| | ${colVals.map((c) => name(c, lc)).join(' | ')} |`,
    `| --- | ${colVals.map(() => '---:').join(' | ')} |`,
    ...rowVals.map((rv) => `| ${name(rv, lr)} | ${colVals.map((cv) => { const r = cell.get(`${rv}\u0000${cv}`); return fmt(r?.[value], r); }).join(' | ')} |`),
  ];
  return lines.join('\n') + '\n';
}
