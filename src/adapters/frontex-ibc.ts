import type { RecordOf } from '../model/types.generated.js';
import { compact, startRun, type AdapterRun } from './adapter-run.js';
import { normalizeHeader, resolveColumns, rowReader } from './column-aliases.js';
import { countryCode } from './countries.js';
import { monthNumber } from './parse-date.js';
import { parseCount } from './parse-count.js';
import { runPlan, type Decoding, type TablePlan } from './table-passes.js';
import type { RowSink } from './table-reader.js';
import type { AdapterInput, AdapterReport, AdapterResult, AdapterWarning } from './types.js';
import { routeCode } from './vocabularies.js';

type Observation = RecordOf<'aggregate-observation'>;

const aliases = {
  route: ['route', 'Route'],
  border: ['type', 'Border type or inland', 'Border type', 'Border Location', 'Border location'],
  nationality: ['nat', 'Nationality'],
  month: ['t'],
  value: ['n'],
};
const monthColumn = /^([A-Za-z]{3})[ _-]?(\d{4})$/;
// Frontex pseudo-nationalities in the long file: OOO unspecified, OOS unspecified sub-Saharan, STL stateless.
const pseudoNationalities: Record<string, string> = { OOO: 'unspecified', OOS: 'unspecified sub-Saharan', STL: 'stateless' };

/**
 * Import Frontex's monthly detections of illegal border-crossings as `aggregate-observation`
 * records (one per route, border type, nationality and month; unit `detections`, never persons).
 * Reads both the long format (`route,type,nat,t,n`, as IOM GDI publishes it) and Frontex's own
 * wide layout (`Route`, border type, `Nationality`, then one column per month `JAN2009`, …; the
 * header may be on the first or second row). In the wide layout each non-zero month cell is one
 * observation read; empty and zero cells are not observations.
 *
 * @example importFrontexIbc(bytes).records[0].unit // 'detections'
 */
export function importFrontexIbc(input: AdapterInput): AdapterResult<Observation> {
  const records: Observation[] = [];
  const { source, report } = runPlan(input, frontexPlan((r) => records.push(r)));
  return { records, source, report };
}

/** What a streamed Frontex import gives besides its records. */
export interface FrontexOutcome {
  source: RecordOf<'source'>;
  report: AdapterReport;
  warningCount: number;
}

/**
 * The Frontex import as reads of the file: one that settles the encoding, one that converts, handing each
 * record to `emit`. The header may sit on a later row (a title row above it), so the first four rows are held
 * until the layout is known. Ids stay in memory to catch repeats (one short string per record).
 *
 * @example runPlan(bytes, frontexPlan((r) => out.push(r)))
 */
export function frontexPlan(emit: (record: Observation) => void, limit = Infinity): TablePlan<FrontexOutcome> {
  let outcome: FrontexOutcome | undefined;
  const convert = (decoding: Decoding): RowSink => {
    let tableHeader: string[] = [];
    const held: { cells: string[]; row: number }[] = [];
    const pending: AdapterWarning[] = [];
    let run: AdapterRun | undefined;
    let header: string[] = [];
    let columns: Record<string, number> = {};
    let wide = false;
    const months = new Set<string>();
    const ids = new Set<string>();
    const add = (row: number, route: string, border: string, nat: string, month: string, valueText: string, where: string) => {
      run!.read();
      const value = parseCount(valueText);
      if (!value.ok || value.value === undefined || value.value < 0) {
        return run!.reject(row, `${where}: ${value.ok ? `expected a non-negative count, got "${valueText}"` : value.error}`);
      }
      const record = observation(run!, row, route, border, nat, month);
      if (typeof record === 'string') return run!.reject(row, `${where}: ${record}`);
      if (ids.has(record.id)) return run!.reject(row, `${where}: repeats route "${route}", border "${border}", nationality "${nat}", month ${month}`);
      ids.add(record.id);
      months.add(month);
      run!.accept('aggregate-observation', row, { ...record, value: value.value }, emit);
    };
    const convertRow = (cells: string[], row: number) => {
      const cell = rowReader(cells, columns);
      if (!wide) return add(row, cell('route'), cell('border'), cell('nationality'), cell('month'), cell('value'), `row ${row}`);
      header.forEach((h, c) => {
        const m = h.trim().match(monthColumn);
        const text = (cells[c] ?? '').trim();
        if (!m || text === '' || text === '0') return;
        const month = monthNumber(m[1]) ? `${m[2]}-${String(monthNumber(m[1])).padStart(2, '0')}` : '';
        add(row, cell('route'), cell('border'), cell('nationality'), month, text, `row ${row}, column "${h.trim()}"`);
      });
    };
    // The 2026 vintage of the xlsx has a title row above the header.
    const settle = () => {
      let headerAt = [tableHeader, ...held.map((r) => r.cells)].findIndex((r) => r.some((c) => monthColumn.test(c.trim())));
      wide = headerAt >= 0;
      if (headerAt < 0) headerAt = 0;
      header = headerAt === 0 ? tableHeader : held[headerAt - 1].cells.map((h) => h.trim());
      columns = resolveColumns(header, aliases);
      const missing = (wide ? ['route', 'border', 'nationality'] : ['route', 'border', 'nationality', 'month', 'value']).filter((c) => columns[c] === undefined);
      if (missing.length) {
        throw new Error(
          `not a Frontex detections file: no column for ${missing.join(', ')} (expected the long layout route,type,nat,t,n or the wide layout Route, Border type, Nationality, JAN2009, …)`,
        );
      }
      // Repeats are rejected above before a record is checked, so the check needs no id set of its own.
      run = startRun('frontex-ibc', wide ? 'frontex-wide' : 'frontex-long', decoding.encoding, [...decoding.warnings, ...pending], { limit, idsUnique: true });
      for (const r of held.slice(headerAt)) convertRow(r.cells, r.row);
      held.length = 0;
    };
    return {
      header(h) {
        tableHeader = h;
      },
      problem(w) {
        if (run) run.warn(w);
        else pending.push(w);
      },
      row(cells, row) {
        if (run) return convertRow(cells, row);
        held.push({ cells, row });
        if (held.length === 4) settle();
      },
      end() {
        if (!run) settle();
        const sorted = [...months].sort();
        outcome = { source: frontexSource(sorted[0], sorted[sorted.length - 1]), report: run!.finish(), warningCount: run!.warningCount };
      },
    };
  };
  return { reads: [() => undefined, convert], result: () => outcome! };
}

const sourceId = 'src-frontex-ibc';

/** One observation without its value, or a string saying what is wrong. */
function observation(run: AdapterRun, row: number, routeText: string, borderText: string, natText: string, month: string): Omit<Observation, 'value'> | string {
  const route = routeCode(routeText);
  if (!route) return `unknown route "${routeText}" (expected a Frontex route such as "Central Mediterranean Route")`;
  if (!/^\d{4}-\d{2}$/.test(month)) return `month "${month}" is not YYYY-MM`;
  const border = normalizeHeader(borderText);
  const borderType = border === 'land' || border === 'sea' || border === 'air' ? border : undefined;
  const notes: string[] = [];
  if (borderText && !borderType) notes.push(`Frontex border type: ${borderText}`);
  const pseudo = pseudoNationalities[natText];
  let nationality = pseudo ? 'UNK' : countryCode(natText);
  if (pseudo) notes.push(`Frontex nationality code ${natText}: ${pseudo}`);
  if (!nationality) {
    nationality = 'UNK';
    notes.push(`Frontex nationality: ${natText}`);
    run.tally(`nationality not a country (e.g. "${natText}"): coded UNK, Frontex wording kept in notes`);
  }
  const natKey = /^[A-Z]{3}$/.test(natText) ? natText.toLowerCase() : slug(natText);
  return compact({
    id: `agg-frontex-ibc-${month}-${route}-${slug(borderText) || 'na'}-${natKey}`.slice(0, 120),
    record_type: 'aggregate-observation',
    themes: ['evidence-base'],
    source_ids: [sourceId],
    sensitivity: 'public',
    indicator: 'ibc-detections',
    unit: 'detections',
    period_start: month,
    period_precision: 'month',
    route,
    border_type: borderType,
    breakdown_nationality: nationality,
    count_convention: 'reported',
    reporting_entity: 'Frontex',
    notes: notes.join('; '),
  }) as Omit<Observation, 'value'>;
}

function slug(text: string): string {
  return normalizeHeader(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
}

/**
 * The `source` record Frontex imports cite.
 *
 * @example frontexSource('2009-01', '2025-04').id // 'src-frontex-ibc'
 */
export function frontexSource(first?: string, last?: string): RecordOf<'source'> {
  return compact({
    id: sourceId,
    record_type: 'source',
    themes: ['evidence-base'],
    sensitivity: 'public',
    title: 'Monthly detections of illegal border-crossings (IBC) at the external borders of the EU',
    publisher: 'European Border and Coast Guard Agency (Frontex)',
    publisher_type: 'eu-agency',
    source_type: 'official-statistics',
    year: Number((last ?? '2025').slice(0, 4)),
    url: 'https://www.frontex.europa.eu/what-we-do/monitoring-and-risk-analysis/migratory-map/',
    licence: 'Public, attribution required (no explicit open licence)',
    attribution: 'Source: Frontex',
    coverage_start: first,
    coverage_end: last,
    known_biases: ['detections-not-persons', 'revised-after-publication'],
    notes: 'Detections of illegal border-crossing, not persons: the same person may cross the external border several times. The file is revised every month.',
  }) as RecordOf<'source'>;
}
