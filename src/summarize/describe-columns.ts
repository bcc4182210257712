import type { ColumnTable } from 'arquero';
import type { RecordType } from '../model/record-types.js';

/**
 * What a summary column holds, so that a number never travels without its meaning:
 * its unit (persons, detections, incidents, cases, ...) and how it was counted.
 */
export interface ColumnMeta {
  /** Column name. */
  name: string;
  /** `key` for group keys, `measure` for numbers, `flag` for suppression markers. */
  role: 'key' | 'measure' | 'flag';
  /** Short human label. */
  title: string;
  /** What the number is, in a sentence. */
  description: string;
  /**
   * Unit of the number (`persons`, `detections`, `incidents`, `cases`, `records`, `years`, ...).
   * Absent when it varies from row to row: then `unitColumn` names the column that holds it.
   */
  unit?: string;
  /** Column holding each row's unit, when the unit varies by row (aggregate observations). */
  unitColumn?: string;
  /**
   * How the counts were estimated (`minimum`, `best`, `maximum`, `reported`), from the records'
   * `count_convention`; several joined with `, ` when the records mix conventions.
   */
  convention?: string;
  /** Column holding each row's count convention, when it varies by row. */
  conventionColumn?: string;
  /** Caveats a reader must see beside the number (e.g. minimum estimates, detections are not persons). */
  notes?: string[];
  /** For a column computed from another (e.g. `dead_change` from `dead`): that column. */
  derivedFrom?: string;
}

/** Everything a summary knows about itself beyond its columns. */
export interface SummaryInfo {
  /** Record type summarised, when there was one. */
  type?: RecordType;
  /** Group keys, in order. */
  by: string[];
  /** Per column. */
  columns: ColumnMeta[];
  /** Table-wide caveats (e.g. how multi-theme records are counted, suppression applied). */
  notes: string[];
}

// Arquero tables are immutable values, so metadata lives beside them rather than on them;
// a derived table (after filter, derive, ...) starts without it, as it may no longer be true.
const countedUnits = new Set(['persons', 'detections', 'incidents', 'cases', 'requests', 'activities', 'records']);

const infos = new WeakMap<object, SummaryInfo>();

/**
 * Attach summary metadata to a table (used by the summary builders; also for your own tables).
 *
 * @example setSummaryInfo(table, { by: ['theme'], columns: [], notes: [] })
 */
export function setSummaryInfo<T extends ColumnTable>(table: T, info: SummaryInfo): T {
  infos.set(table, info);
  return table;
}

/**
 * The metadata of a summary table, or undefined for a table that did not come from a summary.
 *
 * @example summaryInfo(summarize(t, { by: ['theme'] }))?.notes
 */
export function summaryInfo(table: ColumnTable): SummaryInfo | undefined {
  return infos.get(table);
}

/**
 * Unit, count convention and caveats of every column of a summary.
 *
 * @example describeColumns(summary).find(c => c.name === 'dead') // { unit: 'persons', convention: 'minimum', ... }
 */
export function describeColumns(table: ColumnTable): ColumnMeta[] {
  const info = infos.get(table);
  const known = new Map((info?.columns ?? []).map((c) => [c.name, c]));
  return table.columnNames().map(
    (name) => known.get(name) ?? { name, role: 'key', title: name, description: '' },
  );
}

/**
 * One line per measure saying what it counts, then the table-wide notes: the caveats that text,
 * Markdown and chart output print beside the numbers.
 *
 * @example summaryNotes(summary) // ['dead: persons, minimum estimates (at least this many)', ...]
 */
export function summaryNotes(table: ColumnTable): string[] {
  const info = infos.get(table);
  if (!info) return [];
  const lines: string[] = [];
  for (const c of info.columns) {
    if (c.role !== 'measure' || c.derivedFrom || !table.columnNames().includes(c.name)) continue;
    // Say what counts count; distinct-value tallies, dates and scores explain themselves.
    if (!c.unitColumn && !c.convention && !c.notes?.length && !countedUnits.has(c.unit ?? '')) continue;
    if (c.name === 'records') {
      lines.push(`records: number of ${c.unit === 'records' ? 'evidence records' : c.unit} in the row.`);
      continue;
    }
    const parts = [c.unit ? unitPhrase(c.unit) : c.unitColumn ? `unit given per row in \`${c.unitColumn}\`` : undefined];
    if (c.convention) parts.push(conventionPhrase(c.convention));
    if (c.conventionColumn) parts.push(`count convention given per row in \`${c.conventionColumn}\``);
    const text = parts.filter(Boolean).join(', ');
    const extra = c.notes?.length ? ` ${c.notes.join(' ')}` : '';
    if (text || extra) lines.push(`${c.name}: ${text}${text ? '.' : ''}${extra}`.trim());
  }
  return [...lines, ...info.notes];
}

/**
 * Unit words for a column label, e.g. `persons` or `detections (events, not persons)`.
 *
 * @example unitPhrase('detections') // 'detections (border-crossing events, not persons)'
 */
export function unitPhrase(unit: string): string {
  if (unit === 'detections') return 'detections (border-crossing events, not persons)';
  return unit;
}

const conventionWords: Record<string, string> = {
  minimum: 'minimum estimates (at least this many)',
  best: 'best estimates',
  maximum: 'maximum estimates',
  reported: 'as reported by the sources, not assessed',
};

/** Words for a count convention, or a list of them when records mix conventions.
 * @example conventionPhrase('minimum') // 'minimum estimates (at least this many)'
 */
export function conventionPhrase(convention: string): string {
  const parts = convention.split(', ');
  if (parts.length === 1) return conventionWords[convention] ?? convention;
  return `mixed count conventions (${parts.join(', ')}): read totals as indicative`;
}
