import { beforeAll, describe, expect, it } from 'vitest';
import { importMissingMigrants } from '../../src/adapters/missing-migrants.js';
import { summarize } from '../../src/summarize/summarize.js';
import { toTable } from '../../src/summarize/to-table.js';
import { getValidator } from '../../src/model/registry.js';
import { external, hasExternal } from './external.js';

type Figures = Record<number, number>;

/** Dead + missing by year for one value of a key, via the library's own summary. */
function figures(records: object[], key: 'region' | 'route' | null, value?: string): Figures {
  const by = key ? ['year', key] : ['year'];
  const rows = summarize(toTable(records, 'incident'), { by }).objects() as any[];
  const out: Figures = {};
  for (const r of rows) if (!key || r[key] === value) out[r.year] = r.dead_and_missing;
  return out;
}

// Each file with the figures its PROVENANCE.md gives (sum of the total column by the file's year column).
const files = [
  {
    name: 'MMP 2020 "Web ID" export',
    file: 'mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv',
    layout: 'mmp-web-id-2020',
    source: 'src-iom-mmp-2020',
    rows: 6249,
    global: { 2014: 5289, 2015: 6584, 2016: 8070, 2017: 6279, 2018: 4937, 2019: 3336, 2020: 39 },
    mediterranean: { 2014: 3283, 2015: 4054, 2016: 5143, 2017: 3139, 2018: 2299, 2019: 1291, 2020: 16 },
    routes: { 'central-mediterranean': { 2014: 3165, 2016: 4581, 2019: 744 }, 'eastern-mediterranean': { 2015: 803 }, 'western-mediterranean': { 2018: 811 } },
  },
  {
    name: 'MMP 2019 export re-saved as Latin-1',
    file: 'mmp-2019-mojibake/MissingMigrants.csv',
    layout: 'mmp-web-id-2020',
    source: 'src-iom-mmp-2019',
    rows: 6069,
    global: { 2014: 5289, 2015: 6584, 2016: 8070, 2017: 6280, 2018: 4940, 2019: 2479 },
    mediterranean: { 2014: 3283, 2015: 4054, 2016: 5143, 2017: 3139, 2018: 2299, 2019: 1073 },
    routes: { 'central-mediterranean': { 2019: 688 } },
  },
  {
    name: 'MMP 2022 "Main ID" export (cp1252)',
    file: 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv',
    layout: 'mmp-main-id-2022',
    source: 'src-iom-mmp-2022',
    rows: 10274,
    global: { 2014: 5318, 2015: 6714, 2016: 8084, 2017: 6284, 2018: 4987, 2019: 5382, 2020: 4255, 2021: 5895, 2022: 441 },
    mediterranean: { 2014: 3286, 2015: 4055, 2016: 5136, 2017: 3139, 2018: 2337, 2019: 1885, 2020: 1438, 2021: 2048, 2022: 165 },
    routes: {
      'central-mediterranean': { 2014: 3126, 2015: 3149, 2016: 4574, 2017: 2853, 2018: 1314, 2019: 1262, 2020: 990, 2021: 1553, 2022: 132 },
      'eastern-mediterranean': { 2014: 101, 2015: 804, 2016: 434, 2017: 62, 2018: 174, 2019: 71, 2020: 106, 2021: 111, 2022: 4 },
      'western-mediterranean': { 2014: 59, 2015: 102, 2016: 128, 2017: 224, 2018: 849, 2019: 552, 2020: 343, 2021: 384, 2022: 29 },
    },
  },
  {
    name: 'MMP 2026 website export (no total column)',
    file: 'mmp-2026-export/MissingMigrants-Global-2026-05-06--19_42_11.csv',
    layout: 'mmp-website-2024',
    source: 'src-iom-mmp-2026',
    rows: 238,
    global: { 2026: 1900 },
    mediterranean: { 2026: 1209 },
    routes: { 'central-mediterranean': { 2026: 820 }, 'eastern-mediterranean': { 2026: 237 }, 'western-mediterranean': { 2026: 154 } },
  },
  {
    name: 'IOM GDI long file (no region column)',
    file: 'mmp-gdidata-2025/iom_mmp_gdidata.csv',
    layout: 'iom-gdi-long',
    source: 'src-iom-gdi-mmp-2025',
    rows: 19669,
    global: { 2014: 5446, 2015: 6961, 2016: 8253, 2017: 6404, 2018: 5017, 2019: 5432, 2020: 4313, 2021: 6279, 2022: 7205, 2023: 8755, 2024: 9191, 2025: 1812 },
    mediterranean: undefined,
    routes: {
      'central-mediterranean': { 2014: 3126, 2016: 4574, 2021: 1555, 2023: 2526, 2024: 1810, 2025: 379 },
      'eastern-mediterranean': { 2016: 395, 2022: 457 },
      'western-mediterranean': { 2018: 849, 2024: 572 },
    },
  },
];

describe.skipIf(!hasExternal)('importMissingMigrants on the public MMP files', () => {
  for (const f of files) {
    describe(f.name, () => {
      // Read in beforeAll: collecting the suite must not touch the file (it may be absent).
      let result: ReturnType<typeof importMissingMigrants>;
      let records: typeof result.records;
      let report: typeof result.report;
      let source: typeof result.source;
      beforeAll(() => {
        result = importMissingMigrants(external(f.file));
        ({ records, report, source } = result);
      });

      it('detects the layout, counts every row and keeps them all', () => {
        expect(report.layout).toBe(f.layout);
        expect(report.read).toBe(f.rows);
        expect(report.read).toBe(report.mapped + report.rejected);
        expect(records.length).toBe(report.mapped);
        expect(report.rejected).toBe(0);
      });

      it('reproduces the dead + missing figures of its PROVENANCE.md by year', () => {
        expect(figures(records, null)).toEqual(f.global);
        if (f.mediterranean) expect(figures(records, 'region', 'mediterranean')).toEqual(f.mediterranean);
        for (const [route, expected] of Object.entries(f.routes)) {
          const got = figures(records, 'route', route);
          for (const [year, value] of Object.entries(expected)) expect([route, year, got[Number(year)]]).toEqual([route, year, value]);
        }
      });

      it('emits valid records that cite a valid source, as minimum estimates', () => {
        expect(getValidator('source')(source)).toBe(true);
        expect(source.id).toBe(f.source);
        const validate = getValidator('incident');
        for (const r of records) {
          if (!validate(r)) throw new Error(`${(r as { id: string }).id}: ${JSON.stringify(validate.errors)}`);
          expect(r.source_ids).toEqual([source.id]);
        }
        expect(new Set(records.map((r) => r.count_convention))).toEqual(new Set(['minimum']));
        expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
      });
    });
  }

  it('parses "1,022" instead of losing about a thousand deaths (Web ID 40345)', () => {
    const { records } = importMissingMigrants(external(files[0].file));
    const r = records.find((x) => x.source_record_id === '40345')!;
    expect(r.dead_and_missing).toBe(1022);
    expect(r.region).toBe('mediterranean');
  });

  it('reads "lat, lon" and WKT POINT (lon lat) into the same order', () => {
    const web = importMissingMigrants(external(files[0].file)).records.find((r) => r.source_record_id === '52682')!;
    expect([web.latitude, web.longitude]).toEqual([38.61076246167, 26.651187816406]);
    const main = importMissingMigrants(external(files[2].file)).records.find((r) => r.source_record_id === '2014.MMP00001')!;
    expect([main.latitude, main.longitude]).toEqual([31.650259, -110.366453]);
  });

  it('keeps split-incident corrections and incident types as MMP defines them (2022)', () => {
    const { records, report } = importMissingMigrants(external(files[2].file));
    const r = records.find((x) => x.source_record_id === '2015.MMP00513')!;
    expect(r.missing).toBe(-2);
    expect(report.warnings.some((w) => w.message.startsWith('negative count') && w.value === '-2')).toBe(true);
    const types: Record<string, number> = {};
    for (const x of records) types[x.incident_type!] = (types[x.incident_type!] ?? 0) + 1;
    expect(types).toEqual({ incident: 10020, 'split-incident': 172, 'cumulative-incident': 82 });
    const med2021 = records.filter((x) => x.region === 'mediterranean' && x.date.startsWith('2021') && x.cause_of_death?.includes('drowning'));
    expect(med2021.reduce((s, x) => s + (x.dead_and_missing ?? 0), 0)).toBe(2011);
  });

  it('reads Windows-1252 with encoding warnings, not a crash or a loss', () => {
    const moj = importMissingMigrants(external(files[1].file));
    expect(moj.report.encoding).toBe('windows-1252');
    expect(moj.report.warnings.some((w) => /UTF-8/.test(w.message))).toBe(true);
    expect(moj.report.warnings.some((w) => /"\?" inside a word/.test(w.message))).toBe(true);
    expect(moj.records.some((r) => r.location_text?.includes('Río Bravo'))).toBe(true);
    const main = importMissingMigrants(external(files[2].file));
    expect(main.report.encoding).toBe('windows-1252');
  });

  it('reads the 2026 Drupal dates and uses Incident ID as the row key', () => {
    const { records } = importMissingMigrants(external(files[3].file));
    expect(records[0].date).toBe('2026-01-01');
    expect(records.filter((r) => r.source_record_id?.startsWith('2026.MMP0007')).length).toBeGreaterThan(1);
  });
});

describe('importMissingMigrants on small inputs', () => {
  const header = 'Web ID,Region of Incident,Reported Date,Reported Year,Reported Month,Number Dead,Minimum Estimated Number of Missing,Total Dead and Missing,Cause of Death,Location Description,Location Coordinates,Migration Route,URL,Source Quality';
  it('rejects bad rows with the column, the value and what was expected, and counts them', () => {
    const csv = [header, '1,Mediterranean,"January 05, 2020",2020,Jan,4,1,5,Drowning,"Off Izmir, Turkey","38.6, 26.6",Eastern Mediterranean,https://example.org,4', '2,Mediterranean,soon,2020,Jan,4,1,5,Drowning,,,,,', '3,Mediterranean,"January 06, 2020",2020,Jan,four,,4,Drowning,,,,,'].join('\n');
    const { records, report } = importMissingMigrants(csv);
    expect(report.read).toBe(3);
    expect(records.map((r) => r.id)).toEqual(['inc-mmp-2020-1']);
    expect(records[0]).toMatchObject({ country: 'TUR', route: 'eastern-mediterranean', region: 'mediterranean', latitude: 38.6, longitude: 26.6 });
    expect(report.reasons).toEqual([
      { row: 3, reason: expect.stringMatching(/Reported Date.*"soon"/) },
      { row: 4, reason: expect.stringMatching(/Number Dead.*"four"/) },
    ]);
  });
  it('says which layouts it knows when the header fits none', () => {
    expect(() => importMissingMigrants('a,b\n1,2\n')).toThrow(/not a Missing Migrants Project file.*mmp-main-id-2022/);
  });
});
