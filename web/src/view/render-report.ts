/**
 * The report as the page shows it: the summary line (the CLI's words), the files of a
 * dataset, errors counted by field and code, and the filterable list of errors and warnings.
 */
import type { Issue } from '../../../src/errors/types.js';
import type { ValidationReport } from '../../../src/validate/report.js';
import { fmt, h, plural } from './dom.js';

/** The summary line, as `smuggling-evidence validate` prints it (marks in words, not colour). */
export function summaryLine(r: ValidationReport): string {
  const s = r.stats;
  const what = r.type === 'dataset' ? `dataset, ${plural(s.files ?? 0, 'file')}` : (r.type ?? 'no record type (structure only)');
  const counts = s.rows === s.valid ? `${plural(s.rows, 'row')}, all valid` : `${plural(s.rows, 'row')}: ${fmt(s.valid)} valid, ${fmt(s.invalid)} invalid`;
  return `${r.valid ? '✓ Valid' : '✗ Invalid'}: ${r.file ?? 'records'} (${what}): ${counts}; ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}`;
}

export function filesTable(r: ValidationReport): HTMLElement | null {
  if (!r.files?.length) return null;
  return h(
    'table',
    { class: 'grid' },
    h('caption', {}, 'Files of the dataset'),
    h('thead', {}, h('tr', {}, ...['File', 'Record type', 'Result', 'Rows', 'Invalid', 'Errors', 'Warnings'].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...r.files.map((f) =>
        h('tr', {}, h('th', { scope: 'row' }, f.file), h('td', {}, f.type ?? 'unknown'), h('td', {}, f.valid ? '✓ valid' : '✗ invalid'),
          ...[f.stats.rows, f.stats.invalid, f.stats.errors, f.stats.warnings].map((n) => h('td', { class: 'num' }, fmt(n)))),
      ),
    ),
  );
}

/** Errors counted by field and code: what to fix first. */
export function byFieldTable(errors: Issue[]): HTMLElement | null {
  if (!errors.length) return null;
  const groups = new Map<string, { field: string; code: string; rows: number[]; n: number }>();
  for (const e of errors) {
    const key = `${e.field ?? ''}\u0000${e.code}`;
    const g = groups.get(key) ?? { field: e.field ?? '(whole row or file)', code: e.code, rows: [], n: 0 };
    g.n++;
    if (e.row !== null && g.rows.length < 5 && !g.rows.includes(e.row)) g.rows.push(e.row);
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort((a, b) => b.n - a.n || a.field.localeCompare(b.field));
  return h(
    'table',
    { class: 'grid', id: 'by-field' },
    h('caption', {}, 'Errors by field and code'),
    h('thead', {}, h('tr', {}, ...['Field', 'Code', 'Errors', 'First rows'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, ...sorted.map((g) => h('tr', {}, h('th', { scope: 'row' }, g.field), h('td', {}, h('code', {}, g.code)), h('td', { class: 'num' }, fmt(g.n)), h('td', {}, g.rows.join(', '))))),
  );
}

const show = (v: unknown) => (v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** One table of issues; rows are filtered in place by `filterIssues`. */
export function issuesTable(id: string, caption: string, issues: Issue[], withFile: boolean): HTMLElement {
  const cols = [...(withFile ? ['File'] : []), 'Row', 'Field', 'Code', 'Value', 'Message'];
  return h(
    'table',
    { class: 'grid issues', id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...cols.map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...issues.map((i) =>
        h(
          'tr',
          { 'data-field': i.field ?? '', 'data-code': i.code },
          withFile && h('td', { 'data-label': 'File' }, i.file ?? ''),
          h('td', { class: 'num', 'data-label': 'Row' }, i.row ?? '—'),
          h('td', { 'data-label': 'Field' }, i.field ?? '—'),
          h('td', { 'data-label': 'Code' }, h('code', {}, i.code)),
          h('td', { class: 'value', 'data-label': 'Value' }, show(i.value)),
          h('td', { class: 'message', 'data-label': 'Message' }, i.message),
        ),
      ),
    ),
  );
}

/** Hide rows of an issues table that do not match; returns how many are shown. */
export function filterIssues(table: HTMLElement, field: string, code: string, text: string): number {
  const q = text.trim().toLowerCase();
  let shown = 0;
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
    const ok = (!field || tr.dataset.field === field) && (!code || tr.dataset.code === code) && (!q || tr.textContent!.toLowerCase().includes(q));
    tr.hidden = !ok;
    if (ok) shown++;
  }
  return shown;
}
