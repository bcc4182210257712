import type { RecordOf } from '../model/types.generated.js';
import { compact, startRun } from './adapter-run.js';
import { detectLayout, resolveColumns, rowReader, type ColumnAliases } from './column-aliases.js';
import { countryCode } from './countries.js';
import { incidentCountry, unsdGrouping } from './mmp-geography.js';
import { parseCount } from './parse-count.js';
import { dateFromParts, parseDate } from './parse-date.js';
import { parsePoint } from './parse-coordinates.js';
import { readTable } from './read-table.js';
import type { AdapterInput, AdapterResult } from './types.js';
import { causeCodes, incidentTypeCode, regionCode, routeCode } from './vocabularies.js';
import { mmpSource } from './mmp-source.js';

type Incident = RecordOf<'incident'>;

/** Options for {@link importMissingMigrants}. */
export interface MissingMigrantsOptions {
  /** Vintage (year of the export) used in ids and the source id; default: year of the latest incident. */
  vintage?: number;
  /**
   * Place incidents in a country from their coordinates (Natural Earth 1:50m boundaries; at sea
   * the nearest coast) when the file does not code the country itself. Default true; false
   * falls back to the location text, as versions before 0.2 did.
   */
  geocode?: boolean;
}

// The layouts IOM has published, recognised by columns only they have. `key` is the row id column:
// `Main ID` in 2022 (its `Incident ID` lists several ids for cumulative incidents), `Incident ID`
// from 2024 (split incidents share a `Main ID`).
const layouts = [
  { name: 'mmp-main-id-2022', signature: ['Main ID', 'Incident Type', 'Total Number of Dead and Missing'], key: 'main_id' },
  { name: 'mmp-website-2024', signature: ['Main ID', 'Incident ID', 'Incident Date', 'Minimum Estimated Number of Missing'], key: 'incident_id' },
  { name: 'mmp-web-id-2020', signature: ['Web ID', 'Total Dead and Missing'], key: 'web_id' },
  { name: 'iom-gdi-long', signature: ['t', 'type', 'route', 'geo', 'dead', 'cause'], key: '' },
] as const;

// Our name for each column → its spellings across the layouts above.
const aliases: ColumnAliases = {
  web_id: ['Web ID'],
  main_id: ['Main ID'],
  incident_id: ['Incident ID'],
  incident_type: ['Incident Type', 'type'],
  region: ['Region of Incident', 'Region'],
  date: ['Incident Date', 'Reported Date', 't'],
  year: ['Incident year', 'Reported Year', 'Year'],
  month: ['Reported Month'],
  dead: ['Number of Dead', 'Number Dead'],
  missing: ['Minimum Estimated Number of Missing'],
  // IOM GDI's `dead` is already dead + missing.
  total: ['Total Number of Dead and Missing', 'Total Dead and Missing', 'dead'],
  survivors: ['Number of Survivors', 'surv'],
  females: ['Number of Females'],
  males: ['Number of Males'],
  children: ['Number of Children'],
  origin_region: ['Region of Origin'],
  origin_countries: ['Country of Origin', 'nat'],
  cause: ['Cause of Death', 'cause'],
  route: ['Migration route', 'Migration Route', 'route'],
  location: ['Location of death', 'Location Description', 'location'],
  coordinates: ['Coordinates', 'Location Coordinates'],
  lon: ['lon'],
  lat: ['lat'],
  country: ['geo'],
  url: ['URL'],
  unsd: ['UNSD Geographical Grouping'],
  information_source: ['Information Source'],
  article_title: ['Article title'],
  quality: ['Source Quality'],
};

const countFields = ['dead', 'missing', 'total', 'survivors', 'females', 'males', 'children'] as const;

/**
 * Import an IOM Missing Migrants Project export — any layout since 2019 ("Web ID" 2020, its
 * Latin-1 re-save, "Main ID" 2022, the website export, IOM GDI's long file) — as `incident`
 * records. Encoding and layout are detected; counts stay minimum estimates as MMP publishes them,
 * split-incident corrections (negative numbers) included.
 *
 * @example const { records, report } = importMissingMigrants(bytes) // report.read === report.mapped + report.rejected
 */
export function importMissingMigrants(input: AdapterInput, options: MissingMigrantsOptions = {}): AdapterResult<Incident> {
  const table = readTable(input);
  const layout = detectLayout(table.header, layouts);
  if (!layout) {
    throw new Error(
      `not a Missing Migrants Project file: header "${table.header.slice(0, 6).join(', ')}…" matches none of the known layouts (${layouts.map((l) => l.name).join(', ')})`,
    );
  }
  const columns = resolveColumns(table.header, aliases);
  const columnName: Record<string, string> = {};
  for (const [name, i] of Object.entries(columns)) columnName[name] = table.header[i];
  const run = startRun('missing-migrants', layout.name, table.encoding, table.warnings);
  if (/^windows-1252|latin|iso-8859/.test(table.encoding)) {
    const lost = table.rows.filter((r) => r.some((c) => /\p{L}\?\p{L}/u.test(c))).length;
    if (lost) run.warn({ code: 'lost-characters', message: `${lost} rows contain "?" inside a word: characters the file's code page could not hold were already lost before this import` });
  }

  const cells = table.rows.map((r) => rowReader(r, columns));
  // A blank date (15 rows in 2022) falls back to year and month; an unreadable one is rejected below.
  const dates = cells.map((cell) => (cell('date') ? parseDate(cell('date')) : dateFromParts(cell('year'), cell('month'))));
  // Without a vintage (the CLI always gives one): the latest year not after this one, so a typo cannot set it.
  const vintage = options.vintage ?? Math.max(...dates.map((d) => Number(d?.date.slice(0, 4) ?? 0)).filter((y) => y <= new Date().getUTCFullYear()));
  const source = mmpSource(layout.name, vintage, dates);
  const prefix = layout.name === 'iom-gdi-long' ? `mmp-gdi-${vintage}` : `mmp-${vintage}`;
  const seen = new Set<string>();
  // Rows of one split incident share a Main ID (2024+ layout, which has no Incident Type column).
  const rowsPerEvent = new Map<string, number>();
  for (const cell of cells) if (cell('main_id')) rowsPerEvent.set(cell('main_id'), (rowsPerEvent.get(cell('main_id')) ?? 0) + 1);
  // The 2019–2020 layout dates an incident by when it was reported; later ones by when it happened.
  const dateKind = layout.name === 'mmp-web-id-2020' ? 'reported' : 'incident';
  const records: Incident[] = [];

  cells.forEach((cell, i) => {
    const row = table.rowNumbers[i]; // as the loaders number rows
    run.read();
    const key = layout.key ? cell(layout.key) : String(i + 1);
    if (!key) return run.reject(row, `column "${columnName[layout.key]}" is blank: every MMP row needs its id`);
    if (seen.has(key)) return run.reject(row, `column "${columnName[layout.key]}" = "${key}" repeats an earlier row`);
    seen.add(key);
    const date = dates[i];
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
    if (!incidentType && !columnName.incident_type && mainId && (rowsPerEvent.get(mainId) ?? 0) > 1) {
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
    run.accept('incident', row, record, records);
  });
  return { records, source, report: run.finish() };
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
