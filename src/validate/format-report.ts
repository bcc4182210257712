/**
 * formatReport(report: ValidationReport, options?: { color?: boolean }): string
 *
 * A validation report as text for people: a summary line, then the errors (and
 * warnings) grouped by file and field, with counts, the first rows of each, and one
 * example message. This is the CLI's `--format text`; it is plain data → string, so it
 * works in browsers too.
 */
import type { Issue } from '../errors/index.js';
import { getErrorType } from '../errors/index.js';
import type { ValidationReport } from './report.js';

/** Options of {@link formatReport}. */
export interface FormatOptions {
  /** ANSI colours (the CLI sets it when stdout is a terminal). Default false. */
  color?: boolean;
  /** Rows shown per group before "and N more". Default 5. */
  rowsShown?: number;
}

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? '' : 's'}`;

function paint(on: boolean) {
  const wrap = (code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap('31'), yellow: wrap('33'), green: wrap('32'), bold: wrap('1'), dim: wrap('2') };
}

function groupKey(i: Issue): string {
  if (i.field != null) return `\`${i.field}\``;
  if (i.row === 1) return '(header)';
  if (i.row == null) return '(file)';
  return '(whole row)';
}

function rowsText(rows: number[], shown: number): string {
  const uniq = [...new Set(rows)];
  if (!uniq.length) return '';
  const head = uniq.slice(0, shown).map(n).join(', ');
  const more = uniq.length > shown ? ` and ${n(uniq.length - shown)} more` : '';
  return `${uniq.length === 1 ? 'row' : 'rows'} ${head}${more}`;
}

function section(title: string, issues: Issue[], total: number, o: Required<FormatOptions>, tint: (s: string) => string, c: ReturnType<typeof paint>): string[] {
  if (!total) return [];
  const out = [''];
  const listed = issues.length < total ? ` (${n(issues.length)} listed)` : '';
  out.push(tint(c.bold(`${title}: ${n(total)}${listed}, by field`)));
  const byFile = new Map<string, Issue[]>();
  for (const i of issues) {
    const k = i.file ?? '';
    const list = byFile.get(k);
    if (list) list.push(i);
    else byFile.set(k, [i]);
  }
  for (const [file, list] of byFile) {
    let indent = '  ';
    if (file) {
      out.push(`  ${c.bold(file)}`);
      indent = '    ';
    }
    const byField = new Map<string, Issue[]>();
    for (const i of list) {
      const k = groupKey(i);
      const g = byField.get(k);
      if (g) g.push(i);
      else byField.set(k, [i]);
    }
    const order = [...byField.entries()].sort(([a, x], [b, y]) => Number(b.startsWith('(')) - Number(a.startsWith('(')) || y.length - x.length);
    for (const [field, group] of order) {
      out.push(`${indent}${field}: ${plural(group.length, title === 'Errors' ? 'error' : 'warning')}`);
      const byCode = new Map<string, Issue[]>();
      for (const i of group) {
        const g = byCode.get(i.code);
        if (g) g.push(i);
        else byCode.set(i.code, [i]);
      }
      for (const [code, g] of byCode) {
        const rows = rowsText(g.filter((i) => i.row != null).map((i) => i.row!), o.rowsShown);
        const title = getErrorType(code)?.title ?? code;
        out.push(`${indent}  ${tint(code)} × ${n(g.length)} (${title})${rows ? c.dim(` — ${rows}`) : ''}`);
        out.push(`${indent}    ${c.dim('e.g.')} ${g[0].message}`);
      }
    }
  }
  return out;
}

/**
 * The report as text.
 *
 * @example console.log(formatReport(validateRecords(fromCSV(text, { type: 'incident' }))))
 */
export function formatReport(report: ValidationReport, options: FormatOptions = {}): string {
  const o: Required<FormatOptions> = { color: false, rowsShown: 5, ...options };
  const c = paint(o.color);
  const s = report.stats;
  const mark = report.valid ? c.green('✓ valid') : c.red('✗ invalid');
  const what = report.type === 'dataset' ? `dataset, ${plural(s.files ?? 0, 'file')}` : report.type ?? 'no record type (structure only)';
  const counts = s.rows === 0 ? 'no rows' : s.rows === s.valid && s.errors === 0 ? `${plural(s.rows, 'row')}, all valid` : `${plural(s.rows, 'row')}: ${n(s.valid)} valid, ${n(s.invalid)} invalid`;
  const lines = [`${mark}  ${report.file ?? 'records'} (${what}): ${counts}; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`];
  if (report.files) {
    for (const f of report.files) {
      const fm = f.valid ? c.green('✓') : c.red('✗');
      lines.push(`  ${fm} ${f.file} (${f.type ?? 'unknown type'}): ${plural(f.stats.rows, 'row')}, ${n(f.stats.invalid)} invalid, ${plural(f.stats.errors, 'error')}, ${plural(f.stats.warnings, 'warning')}`);
    }
  }
  lines.push(...section('Errors', report.errors, s.errors, o, c.red, c));
  lines.push(...section('Warnings', report.warnings, s.warnings, o, c.yellow, c));
  if (report.partial) {
    lines.push('', c.dim(`Only the first ${n(Math.max(report.errors.length, report.warnings.length))} errors and warnings are listed (--max-errors); the counts are complete.`));
  }
  return lines.join('\n');
}
