import type { RecordOf } from '../model/types.generated.js';
import { compact, type AdapterRun } from './adapter-run.js';
import { rowReader } from './column-aliases.js';
import { countryCode } from './countries.js';
import { incidentCountry, unsdGrouping } from './mmp-geography.js';
import { parseCount } from './parse-count.js';
import { dateFromParts, parseDate, type ParsedDate } from './parse-date.js';
import { parsePoint } from './parse-coordinates.js';
import { causeCodes, incidentTypeCode, regionCode, routeCode } from './vocabularies.js';

type Incident = RecordOf<'incident'>;

/** What the first read of an MMP file learnt about the whole file. */
export interface MmpFacts {
  /** Row ids (the layout's key column) met more than once: only these are tracked for repeats. */
  repeatedKeys: Set<string>;
  /** Main IDs met on more than one row (split incidents), when the layout has no Incident Type column. */
  repeatedEvents: Set<string>;
}

/** Everything one row's conversion needs besides the row. */
export interface MmpContext {
  layout: { name: string; key: string };
  columns: Record<string, number>;
  columnName: Record<string, string>;
  options: { geocode?: boolean };
  run: AdapterRun;
  source: RecordOf<'source'>;
  prefix: string;
  vintage: number;
  facts: MmpFacts;
  emit: (record: Incident) => void;
}

const countFields = ['dead', 'missing', 'total', 'survivors', 'females', 'males', 'children'] as const;

/**
 * The date of a row: its date cell, or (blank: 15 rows in 2022) its year and month; undefined when unreadable.
 *
 * @example dateOf(rowReader(['2014-01-06'], { date: 0 }))?.date // '2014-01-06'
 */
export function dateOf(cell: (name: string) => string): ParsedDate | undefined {
  return cell('date') ? parseDate(cell('date')) : dateFromParts(cell('year'), cell('month'));
}

/**
 * The converter of one MMP file's rows: each call maps one row to an `incident` (handed to `emit`) or rejects it
 * with its reason, counting it in the run either way.
 *
 * @example const convert = mmpRows(ctx); convert(cells, 2, 0)
 */
export function mmpRows(ctx: MmpContext): (cells: string[], row: number, i: number) => void {
  const { layout, columns, columnName, options, run, source, prefix, vintage, facts, emit } = ctx;
  const seen = new Set<string>();
  // The 2019–2020 layout dates an incident by when it was reported; later ones by when it happened.
  const dateKind = layout.name === 'mmp-web-id-2020' ? 'reported' : 'incident';
  return (cells, row, i) => {
    const cell = rowReader(cells, columns);
    run.read();
    const key = layout.key ? cell(layout.key) : String(i + 1);
    if (!key) return run.reject(row, `column "${columnName[layout.key]}" is blank: every MMP row needs its id`);
    // Only keys the first read saw more than once are tracked, so memory follows the repeats, not the rows.
    if (facts.repeatedKeys.has(key)) {
      if (seen.has(key)) return run.reject(row, `column "${columnName[layout.key]}" = "${key}" repeats an earlier row`);
      seen.add(key);
    }
    const date = dateOf(cell);
    if (!date && !cell('date')) return run.reject(row, `columns "${columnName.date}" and "${columnName.year}" are blank: every incident needs a date`);
    if (!date) return run.reject(row, `column "${columnName.date}" = "${cell('date')}": expected a date such as 2014-01-06, January 05, 2020, 14-Oct-19 or Thu, 01/01/2026 - 12:00`);

    const counts: Partial<Record<(typeof countFields)[number], number>> = {};
    for (const f of countFields) {
      const parsed = parseCount(cell(f));
      if (!parsed.ok) return run.reject(row, `column "${columnName[f]}": ${parsed.error}`);
      counts[f] = parsed.value;
      if ((parsed.value ?? 0) < 0) run.warn({ row, field: columnName[f], value: cell(f), code: 'negative-count', message: 'negative count: a split-incident correction, kept as MMP publishes it' });
    }
    // The 2024+ website export has no total column: MMP's total is dead + missing, blanks as 0.
    if (counts.total === undefined && (counts.dead !== undefined || counts.missing !== undefined)) {
      counts.total = (counts.dead ?? 0) + (counts.missing ?? 0);
    } else if (counts.total !== undefined && counts.dead !== undefined && counts.total !== counts.dead + (counts.missing ?? 0)) {
      run.warn({ row, field: columnName.total, value: cell('total'), message: `total differs from dead + missing (${counts.dead} + ${counts.missing ?? 0}); kept as given` });
    }

    const notes: string[] = [];
    const point = columns.lat !== undefined ? parsePoint(cell('lat') && `${cell('lat')}, ${cell('lon')}`) : parsePoint(cell('coordinates'));
    if (!point.ok) run.warn({ row, field: columnName.coordinates ?? 'lat/lon', message: `${point.error}; coordinates left empty` });

    const regionText = cell('region');
    const region = regionText ? regionCode(regionText) : undefined;
    if (regionText && !region) run.warn({ row, field: columnName.region, value: regionText, message: 'unknown region of incident; left empty, kept in notes' });
    if (regionText && !region) notes.push(`MMP region: ${regionText}`);

    const routeText = cell('route');
    const routeParts = routeText ? routeText.split(/,(?=\S)/) : [];
    // `route` holds one route: a cell naming several (one 2022 row) is not guessed at, only kept in notes.
    const route = routeParts.length === 1 ? routeCode(routeParts[0]) : undefined;
    if (routeParts.length > 1) run.tally('several migration routes in one cell: `route` left empty, the routes kept in notes');
    else if (routeText && !route) run.warn({ row, field: columnName.route, value: routeText, message: 'unknown migration route: `route` left empty, kept in notes' });
    if (routeText && !route) notes.push(`MMP route: ${routeText}`);

    const cause = causeCodes(cell('cause'));
    if (cause.recoded) {
      notes.push(`MMP cause of death: ${cell('cause')}`);
      run.tally('pre-2021 cause of death recoded to the seven MMP categories; original kept in notes');
    }
    for (const u of cause.unmatched) run.warn({ row, field: columnName.cause, value: u, message: 'cause matches no MMP category; coded mixed-or-unknown' });

    const typeText = cell('incident_type');
    if (typeText.includes(',')) notes.push(`MMP incident type: ${typeText}`);
    if (cell('incident_id').includes(',')) notes.push(`MMP incident ids: ${cell('incident_id')}`);

    const originText = cell('origin_region');
    const presumed = /\(P\)\s*$/.test(originText);
    const originName = originText.replace(/\(P\)\s*$/, '').trim();
    const originRegion = originName ? regionCode(originName) : undefined;
    if (originName && !originRegion) notes.push(`MMP region of origin: ${originText}`);
    const origins = cell('origin_countries')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean);
    const originCodes = [...new Set(origins.map((c) => countryCode(c)).filter((c): c is string => !!c))];
    if (origins.length > originCodes.length) notes.push(`MMP country of origin: ${cell('origin_countries')}`);

    let location = cell('location');
    if (location.length > 300) {
      location = location.slice(0, 299) + '…';
      run.tally('location text longer than 300 characters shortened (ends with …)');
    }
    const lat = point.ok ? point.value?.latitude : undefined;
    const lon = point.ok ? point.value?.longitude : undefined;
    const placed = options.geocode === false ? incidentCountry(cell('country'), undefined, undefined, cell('location')) : incidentCountry(cell('country'), lat, lon, cell('location'));
    if (placed.method !== 'source') run.tally(countryTally[placed.method]);

    const unsd = unsdGrouping(cell('unsd'));
    if (unsd.unknown) run.warn({ row, field: columnName.unsd, value: cell('unsd'), message: 'unknown UNSD geographical grouping; left empty' });
    const mainId = cell('main_id');
    const incidentIds = [...new Set(cell('incident_id').split(',').map((s) => s.trim()).filter(Boolean))];
    let incidentType = incidentTypeCode(typeText);
    if (!incidentType && !columnName.incident_type && mainId && facts.repeatedEvents.has(mainId)) {
      incidentType = 'split-incident';
      run.tally('incident type inferred as split-incident: the row shares its Main ID with other rows');
    }

    const urls = [...new Set(cell('url').split(/[\s,]+/).filter((u) => /^https?:\/\/\S+$/.test(u) && isUrl(u) && u.length <= 2000))];
    const quality = parseCount(cell('quality'));

    const record = compact({
      id: `inc-${prefix}-${key}`,
      record_type: 'incident',
      themes: ['safety-dignity', 'evidence-base'],
      source_ids: [source.id],
      source_quality: quality.ok && quality.value! >= 1 && quality.value! <= 5 ? quality.value : undefined,
      sensitivity: 'public',
      source_record_id: layout.key ? key : undefined,
      source_event_id: mainId,
      source_incident_ids: incidentIds,
      incident_type: incidentType,
      date: date.date,
      date_precision: date.precision,
      date_kind: dateKind,
      country: placed.country,
      country_method: placed.method,
      region,
      mmp_region: region,
      unsd_region: unsd.unsd_region,
      unsd_subregion: unsd.unsd_subregion,
      route,
      location_text: location,
      latitude: lat,
      longitude: lon,
      dead: counts.dead,
      missing: counts.missing,
      dead_and_missing: counts.total,
      survivors: counts.survivors,
      females: counts.females,
      males: counts.males,
      children: counts.children,
      count_convention: 'minimum',
      cause_of_death: cause.codes,
      origin_countries: originCodes,
      origin_region: originRegion,
      origin_presumed: presumed || undefined,
      source_url: urls[0],
      source_urls: urls,
      article_title: shortText(cell('article_title')),
      information_source: shortText(cell('information_source')),
      data_vintage: String(vintage),
      notes: notes.join('; ').slice(0, 1000),
    }) as Incident;
    run.accept('incident', row, record, emit);
    };
}

const countryTally = {
  coordinates: 'country of incident from the coordinates (inside a Natural Earth 1:50m boundary)',
  'nearest-coast': 'country of incident from the coordinates: at sea, the nearest coast',
  'coordinates-text': 'country of incident from the coordinates near a border, on the side the location text names',
  text: 'country of incident read from the location text (no usable coordinates, or they lie far from the country the text names)',
  unknown: 'country of incident not known (UNK)',
} as const;

// Free text fields hold at most 300 characters; longer ones end with an ellipsis.
function shortText(text: string): string | undefined {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > 300 ? s.slice(0, 299) + '…' : s || undefined;
}

function isUrl(s: string): boolean {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}
