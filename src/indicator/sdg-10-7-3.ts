import { sharedDef } from '../model/record-type.js';
import { getField } from '../model/fields.js';

/** Geography an SDG 10.7.3 series is broken down by: one scheme at a time, never mixed. */
export type Sdg1073Geography = 'unsd' | 'mmp-region' | 'origin';

/** Options of {@link sdg1073}. */
export interface Sdg1073Options {
  /** `unsd` (default): MMP's UNSD geographical grouping; `mmp-region`: MMP's region of incident; `origin`: region of origin. */
  geography?: Sdg1073Geography;
  /** `year` (default) or `month`. */
  by?: 'year' | 'month';
  /** Add `females` and `males` (sums of the incidents that record them). */
  bySex?: boolean;
  /** Add `children`. */
  byChildren?: boolean;
  /** One row per cause-of-death combination (an incident with two causes counts once, under both joined). */
  byCause?: boolean;
}

/** One cell of the SDG 10.7.3 series. */
export interface Sdg1073Row {
  indicator: 'SDG 10.7.3';
  year: number;
  /** 1–12, only with `by: 'month'`. */
  month?: number;
  /** The geography's code in its scheme (`uncategorized`, `not-recorded` when the record has none). */
  geography: string;
  geography_label: string;
  geography_scheme: string;
  /** Cause-of-death codes joined by `+`, only with `byCause`. */
  cause_of_death?: string;
  dead_and_missing: number;
  dead: number;
  missing: number;
  incidents: number;
  females?: number;
  males?: number;
  children?: number;
  custodian: 'IOM';
  minimum_estimate: true;
  /** Vintages of the data (`data_vintage` of the records, or their sources), joined by `;`. */
  data_vintage: string;
  inclusion_rule: string;
}

/** What an SDG 10.7.3 output says about itself, whatever its format. */
export const sdg1073Metadata = Object.freeze({
  indicator: 'SDG 10.7.3',
  title: 'Number of people who died or disappeared in the process of migration towards an international destination',
  custodian: 'IOM',
  basis: 'IOM Missing Migrants Project (MMP)',
  minimumEstimate: 'Minimum estimates: only deaths and disappearances that were recorded; the true number is higher.',
  inclusionRule:
    'dead + missing of every incident record, split-incident parts and cumulative incidents included (as IOM sums them); a record listed in another record\'s linked_ids is counted once',
});

const schemeLabel: Record<Sdg1073Geography, string> = {
  unsd: 'UNSD geographical grouping (M49 sub-region; seas bordering several sub-regions uncategorized)',
  'mmp-region': 'MMP region of incident',
  origin: 'region of origin (MMP)',
};

const regionLabels = sharedDef('region')['x-labels'] as Record<string, string>;
const unsdLabels = (getField('incident', 'unsd_subregion')?.labels ?? {}) as Record<string, string>;

type Incident = Record<string, unknown>;

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

function geographyOf(r: Incident, geography: Sdg1073Geography): string {
  const v = geography === 'unsd' ? r.unsd_subregion : geography === 'mmp-region' ? r.mmp_region ?? r.region : r.origin_region;
  return typeof v === 'string' && v ? v : 'not-recorded';
}

function labelOf(code: string, geography: Sdg1073Geography): string {
  if (code === 'not-recorded') return 'Not recorded';
  return (geography === 'unsd' ? unsdLabels[code] : undefined) ?? regionLabels[code] ?? code;
}

/**
 * SDG indicator 10.7.3 from incident records: dead and missing by year (or month) and one
 * geography scheme, with the number of incidents; optionally by sex, children and cause. Every
 * row says the custodian (IOM), that the figures are minimum estimates, the data vintage and the
 * inclusion rule. Rows are sorted by year, month, geography and cause.
 *
 * @example sdg1073(records, { geography: 'unsd' })[0] // { year: 2014, geography: 'caribbean', dead_and_missing: 9, … }
 */
export function sdg1073(input: readonly object[], options: Sdg1073Options = {}): Sdg1073Row[] {
  const records = input as readonly Incident[];
  const geography = options.geography ?? 'unsd';
  const linked = new Set<string>();
  for (const r of records) if (Array.isArray(r.linked_ids)) for (const id of r.linked_ids) linked.add(String(id));
  const vintages = new Set<string>();
  const cells = new Map<string, Sdg1073Row>();
  for (const r of records) {
    if (r.record_type !== undefined && r.record_type !== 'incident') continue;
    if (typeof r.id === 'string' && linked.has(r.id)) continue;
    const date = typeof r.date === 'string' ? r.date : '';
    if (!/^\d{4}/.test(date)) continue;
    const year = Number(date.slice(0, 4));
    const month = options.by === 'month' && date.length >= 7 ? Number(date.slice(5, 7)) : undefined;
    if (typeof r.data_vintage === 'string') vintages.add(r.data_vintage);
    else if (Array.isArray(r.source_ids)) for (const s of r.source_ids) vintages.add(`source ${s}`);
    const geo = geographyOf(r, geography);
    const cause = options.byCause ? (Array.isArray(r.cause_of_death) && r.cause_of_death.length ? [...r.cause_of_death].sort().join('+') : 'not-recorded') : undefined;
    const key = `${year}|${month ?? ''}|${geo}|${cause ?? ''}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        indicator: 'SDG 10.7.3', year, ...(options.by === 'month' ? { month: month ?? 0 } : {}),
        geography: geo, geography_label: labelOf(geo, geography), geography_scheme: schemeLabel[geography],
        ...(cause !== undefined ? { cause_of_death: cause } : {}),
        dead_and_missing: 0, dead: 0, missing: 0, incidents: 0,
        ...(options.bySex ? { females: 0, males: 0 } : {}), ...(options.byChildren ? { children: 0 } : {}),
        custodian: 'IOM', minimum_estimate: true, data_vintage: '', inclusion_rule: sdg1073Metadata.inclusionRule,
      };
      cells.set(key, cell);
    }
    const total = r.dead_and_missing !== undefined ? num(r.dead_and_missing) : num(r.dead) + num(r.missing);
    cell.dead_and_missing += total;
    cell.dead += num(r.dead);
    cell.missing += num(r.missing);
    cell.incidents++;
    if (options.bySex) {
      cell.females! += num(r.females);
      cell.males! += num(r.males);
    }
    if (options.byChildren) cell.children! += num(r.children);
  }
  const vintage = [...vintages].sort().join(';') || 'not recorded';
  const rows = [...cells.values()];
  for (const row of rows) row.data_vintage = vintage;
  return rows.sort(
    (a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.geography.localeCompare(b.geography) || (a.cause_of_death ?? '').localeCompare(b.cause_of_death ?? ''),
  );
}
