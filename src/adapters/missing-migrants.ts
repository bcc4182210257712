import type { RecordOf } from '../model/types.generated.js';
import { startRun, type AdapterRun } from './adapter-run.js';
import { detectLayout, resolveColumns, rowReader, type ColumnAliases } from './column-aliases.js';
import { dateOf, mmpRows, type MmpFacts } from './mmp-row.js';
import { createKeySet, type KeySet } from './key-set.js';
import { mmpSource } from './mmp-source.js';
import type { ParsedDate } from './parse-date.js';
import { runPlan, type TablePlan } from './table-passes.js';
import type { RowSink } from './table-reader.js';
import type { AdapterInput, AdapterResult, AdapterWarning } from './types.js';

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

/**
 * Import an IOM Missing Migrants Project export — any layout since 2019 ("Web ID" 2020, its
 * Latin-1 re-save, "Main ID" 2022, the website export, IOM GDI's long file) — as `incident`
 * records. Encoding and layout are detected; counts stay minimum estimates as MMP publishes them,
 * split-incident corrections (negative numbers) included.
 *
 * @example const { records, report } = importMissingMigrants(bytes) // report.read === report.mapped + report.rejected
 */
export function importMissingMigrants(input: AdapterInput, options: MissingMigrantsOptions = {}): AdapterResult<Incident> {
  const records: Incident[] = [];
  const { source, report } = runPlan(input, mmpPlan(options, (r) => records.push(r)));
  return { records, source, report };
}

/** What a streamed import gives besides its records (which went to `emit`). */
export interface StreamedOutcome {
  source: RecordOf<'source'>;
  report: AdapterRun['report'];
  /** Warnings in all; `report.warnings` holds the first `limit` of them. */
  warningCount: number;
}

/** A string that owns its characters: a cell sliced from a 64K chunk would otherwise keep the chunk alive. */
const own = (s: string) => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/**
 * The MMP import as two reads of the file. The first keeps only compact facts: the latest year and the first
 * and last date (vintage and coverage of the source), the ids met more than once (as 64-bit hashes while
 * reading, see key-set.ts; only the repeated ones as strings), the rows counted. The second converts and
 * hands each record to `emit` as it goes.
 *
 * @example runPlan(bytes, mmpPlan({ vintage: 2022 }, (r) => out.push(r)))
 */
export function mmpPlan(options: MissingMigrantsOptions, emit: (record: Incident) => void, limit = Infinity): TablePlan<StreamedOutcome> {
  let layout: (typeof layouts)[number] | undefined;
  let columns: Record<string, number> = {};
  let latest: number;
  let first: ParsedDate | undefined;
  let last: ParsedDate | undefined;
  let rows: number;
  let lost: number;
  const problems: AdapterWarning[] = [];
  let dropped: number;
  const facts: MmpFacts = { repeatedKeys: new Set(), repeatedEvents: new Set() };
  let run: AdapterRun | undefined;
  let outcome: StreamedOutcome | undefined;
  const thisYear = new Date().getUTCFullYear();

  const scan = (decoding: { encoding: string }): RowSink => {
    // Made afresh for each read: a file found not to be UTF-8 half way is read again from the start.
    latest = -Infinity;
    first = last = undefined;
    rows = lost = dropped = 0;
    problems.length = 0;
    facts.repeatedKeys = new Set();
    facts.repeatedEvents = new Set();
    let keys: KeySet | undefined;
    let events: KeySet | undefined;
    let latin = false;
    let cell: (name: string) => string;
    return {
      header(header) {
        layout = detectLayout(header, layouts);
        if (!layout) {
          throw new Error(
            `not a Missing Migrants Project file: header "${header.slice(0, 6).join(', ')}…" matches none of the known layouts (${layouts.map((l) => l.name).join(', ')})`,
          );
        }
        columns = resolveColumns(header, aliases);
        latin = /^windows-1252|latin|iso-8859/.test(decoding.encoding);
        if (layout.key) keys = createKeySet();
        // Rows of one split incident share a Main ID (2024+ layout, which has no Incident Type column).
        if (columns.main_id !== undefined && columns.incident_type === undefined) events = layout.key === 'main_id' ? keys : createKeySet();
      },
      problem(w) {
        if (problems.length < limit) problems.push(w);
        else dropped++;
      },
      row(cells, row) {
        rows++;
        if (latin && cells.some((c) => /\p{L}\?\p{L}/u.test(c))) lost++;
        cell = rowReader(cells, columns);
        const date = dateOf(cell);
        // Without a vintage (the CLI always gives one): the latest year not after this one, so a typo cannot set it.
        const year = Number(date?.date.slice(0, 4) ?? 0);
        if (year <= thisYear && year > latest) latest = year;
        if (date && (!first || date.date < first.date)) first = date;
        if (date && (!last || date.date > last.date)) last = date;
        const key = layout!.key ? cell(layout!.key) : '';
        if (key && keys!.add(key)) facts.repeatedKeys.add(own(key));
        const main = events ? cell('main_id') : '';
        if (main && events !== keys && events!.add(main)) facts.repeatedEvents.add(own(main));
      },
      end() {
        if (events && events === keys) facts.repeatedEvents = facts.repeatedKeys;
      },
    };
  };

  const convert = (decoding: { encoding: string; warnings: AdapterWarning[] }): RowSink => {
    let convertRow: ReturnType<typeof mmpRows>;
    let i = 0;
    return {
      header(header) {
        const columnName: Record<string, string> = {};
        for (const [name, c] of Object.entries(columns)) columnName[name] = header[c];
        const vintage = options.vintage ?? latest;
        const source = mmpSource(layout!.name, vintage, [first, last]);
        const prefix = layout!.name === 'iom-gdi-long' ? `mmp-gdi-${vintage}` : `mmp-${vintage}`;
        const initial = [...decoding.warnings, ...problems];
        // Ids are unique by construction (a repeated key is rejected before its record is checked), so the check
        // keeps no id set: five million ids would cost 100 MB.
        run = startRun('missing-migrants', layout!.name, decoding.encoding, initial, { limit, dropped, idsUnique: true });
        if (lost) run.warn({ code: 'lost-characters', message: `${lost} rows contain "?" inside a word: characters the file's code page could not hold were already lost before this import` });
        convertRow = mmpRows({ layout: layout!, columns, columnName, options, run, source, prefix, vintage, facts, emit });
        outcome = { source, report: run.report, warningCount: 0 };
      },
      problem() {}, // counted by the first read
      row(cells, row) {
        convertRow(cells, row, i++);
      },
      end() {
        run!.finish();
        outcome!.warningCount = run!.warningCount;
      },
    };
  };

  return { reads: [scan, convert], result: () => outcome! };
}
