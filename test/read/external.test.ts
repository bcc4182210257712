// The real public files (../shared/data/external, or $SMUGGLING_EVIDENCE_EXTERNAL), read as plain CSV (no record type):
// every record is counted (checked against an independent parser and the figures in each
// PROVENANCE.md) and the known quirks come back as the right errors and warnings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeWindows1252 } from '../../src/read/decode.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { validateFile } from '../../src/validate/node-validate-file.js';
import { parseRfc4180 } from '../helpers/rfc4180.js';
import type { ScalarKind } from '../../src/model/fields.js';

import { externalDir as external, hasExternal as present } from '../adapters/external.js';

const ints = (...names: string[]) => Object.fromEntries(names.map((n) => [n, 'integer' as ScalarKind]));
const mmpCounts = ['Number of Survivors', 'Number of Females', 'Number of Males', 'Number of Children', 'Source Quality'];

interface RealFile {
  path: string;
  /** Records per PROVENANCE.md. */
  records: number;
  columnTypes: Record<string, ScalarKind>;
  encoding: 'utf-8' | 'windows-1252';
}

const files: Record<string, RealFile> = {
  'mmp-2020-webid': {
    path: 'mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv',
    records: 6249,
    columnTypes: ints('Number Dead', 'Minimum Estimated Number of Missing', 'Total Dead and Missing', 'Reported Year', ...mmpCounts),
    encoding: 'utf-8',
  },
  'mmp-2019-mojibake': {
    path: 'mmp-2019-mojibake/MissingMigrants.csv',
    records: 6069,
    columnTypes: ints('Number Dead', 'Minimum Estimated Number of Missing', 'Total Dead and Missing', 'Reported Year', ...mmpCounts),
    encoding: 'windows-1252',
  },
  'mmp-2022-mainid': {
    path: 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv',
    records: 10274,
    columnTypes: ints('Number of Dead', 'Minimum Estimated Number of Missing', 'Total Number of Dead and Missing', 'Incident year', ...mmpCounts),
    encoding: 'windows-1252',
  },
  'mmp-2026-export': {
    path: 'mmp-2026-export/MissingMigrants-Global-2026-05-06--19_42_11.csv',
    records: 238,
    columnTypes: ints('Number Dead', 'Minimum Estimated Number of Missing', 'Year', ...mmpCounts),
    encoding: 'utf-8',
  },
  'mmp-gdidata-2025': { path: 'mmp-gdidata-2025/iom_mmp_gdidata.csv', records: 19669, columnTypes: { dead: 'integer', surv: 'integer', lon: 'number', lat: 'number' }, encoding: 'utf-8' },
  'frontex-ibc-monthly': { path: 'frontex-ibc-monthly/frontex_detections_ibc_monthly.csv', records: 34273, columnTypes: { n: 'integer' }, encoding: 'utf-8' },
  'ctdc-derived-sample': { path: 'ctdc-derived-sample/human_traffick_sample_dataset.csv', records: 104, columnTypes: { registration_year: 'integer' }, encoding: 'utf-8' },
};

const bytesOf = (f: RealFile) => readFileSync(resolve(external, f.path));
// Decoded independently of the loader: UTF-8 files by Node's decoder, Windows-1252 by our
// table (tested on its own in decode.test.ts, because Node's own decoder is wrong for 0x80-0x9F).
const reference = (f: RealFile) =>
  parseRfc4180(f.encoding === 'utf-8' ? bytesOf(f).toString('utf8') : decodeWindows1252(bytesOf(f)));
const LOST = /\p{L}\?\p{L}/u;

describe.skipIf(!present).each(Object.entries(files))('real file %s, read as plain CSV', (_, f) => {
  // Read in beforeAll: collecting the suite must not touch the file (it may be absent).
  let loaded: ReturnType<typeof fromCSV>;
  let report: ReturnType<typeof validateRecords>;
  beforeAll(() => {
    loaded = fromCSV(bytesOf(f), { columnTypes: f.columnTypes });
    report = validateRecords(loaded);
  });

  it('counts every record: stats.rows equals an independent parse and PROVENANCE.md', () => {
    const ref = reference(f);
    expect(ref.length - 1).toBe(f.records);
    expect(report.stats.rows).toBe(f.records);
    expect(report.stats.valid + report.stats.invalid).toBe(report.stats.rows);
    expect(loaded.rows.at(-1)?.row).toBe(f.records + 1);
  });

  it('reads the encoding the file really has', () => {
    expect(loaded.encoding).toBe(f.encoding);
    expect(report.warnings.some((w) => w.code === 'encoding-error')).toBe(f.encoding === 'windows-1252');
  });

  it('warns about exactly the cells where characters were lost (a ? between letters)', () => {
    const ref = reference(f);
    let expected = 0;
    for (const row of ref.slice(1)) for (const cell of row) if (LOST.test(cell) && !cell.includes('://')) expected++;
    expect(report.warnings.filter((w) => w.code === 'lost-characters')).toHaveLength(expected);
  });

  it('API and CLI engine agree: validateFile streams the file to the same report', async () => {
    const streamed = await validateFile(resolve(external, f.path), { columnTypes: f.columnTypes });
    expect(streamed.stats).toEqual(report.stats);
    expect(streamed.errors).toEqual(report.errors);
    expect(streamed.warnings).toEqual(report.warnings);
  });
});

describe.skipIf(!present)('the known quirks', () => {
  it('MMP 2020: the "1,022" total is a type error on its row (Web ID 40345), and reads as 1022 with groupChar', () => {
    const f = files['mmp-2020-webid'];
    const ref = reference(f);
    const row = ref.findIndex((r) => r[0] === '40345') + 1; // header = row 1
    const report = validateRecords(fromCSV(bytesOf(f), { columnTypes: f.columnTypes }));
    expect(report.errors.map((e) => [e.row, e.field, e.code, e.value])).toEqual([[row, 'Total Dead and Missing', 'type-error', '1,022']]);
    expect(report.errors[0].message).toContain('groupChar');
    expect(report.stats.invalid).toBe(1);

    const fixed = fromCSV(bytesOf(f), { columnTypes: f.columnTypes, groupChar: ',' });
    expect(fixed.errors).toEqual([]);
    const total = fixed.records.reduce((s, r) => s + ((r['Total Dead and Missing'] as number) ?? 0), 0);
    expect(total).toBe(34534); // PROVENANCE.md: all years, parsing "1,022" as 1022
  });

  it('MMP 2019 (re-saved in Latin-1): same "1,022" error, a Windows-1252 warning and the ? losses', () => {
    const f = files['mmp-2019-mojibake'];
    const report = validateRecords(fromCSV(bytesOf(f), { columnTypes: f.columnTypes }));
    expect(report.errors.map((e) => [e.field, e.code, e.value])).toEqual([['Total Dead and Missing', 'type-error', '1,022']]);
    expect(report.warnings[0]).toMatchObject({ code: 'encoding-error', row: null });
    const lost = report.warnings.filter((w) => w.code === 'lost-characters');
    expect(lost.find((w) => String(w.value).includes('Alt?nova'))).toMatchObject({ row: 2, field: 'Location Description' });
    const places = fromCSV(bytesOf(f)).records.map((r) => String(r['Location Description']));
    expect(places.filter((p) => p.includes('Río Bravo')).length).toBeGreaterThan(0);
  });

  it('MMP 2022 (Windows-1252): curly quotes decode right, negative corrections are numbers, "Gümü?lük" is flagged', () => {
    const f = files['mmp-2022-mainid'];
    const loaded = fromCSV(bytesOf(f), { columnTypes: f.columnTypes });
    expect(loaded.errors).toEqual([]);
    const text = JSON.stringify(loaded.records);
    expect(text).toMatch(/[\u2018\u2019\u201c\u201d]/);
    expect(text).not.toMatch(/[\u0080-\u009f]/);
    const negatives = loaded.records.filter((r) => (r['Number of Survivors'] as number) < 0 || (r['Minimum Estimated Number of Missing'] as number) < 0);
    expect(negatives).toHaveLength(6); // PROVENANCE.md: -2 missing in one row, -1/-2 survivors in five
    expect(loaded.warnings.some((w) => String(w.value).includes('Gümü?lük'))).toBe(true);
    const sum = loaded.records.reduce((s, r) => s + ((r['Total Number of Dead and Missing'] as number) ?? 0), 0);
    expect(sum).toBe(47360);
  });

  it('Frontex: the detections of 2023 add up to the PROVENANCE.md figure', () => {
    const f = files['frontex-ibc-monthly'];
    const loaded = fromCSV(bytesOf(f), { columnTypes: f.columnTypes });
    const y2023 = loaded.records.filter((r) => String(r.t).startsWith('2023')).reduce((s, r) => s + (r.n as number), 0);
    expect(y2023).toBe(381319);
  });

  it('CTDC sample: -99 read as "missing" when asked', () => {
    const f = files['ctdc-derived-sample'];
    const plain = fromCSV(bytesOf(f));
    const withToken = fromCSV(bytesOf(f), { missingValues: ['', '-99'] });
    const count = (rs: Record<string, unknown>[]) => rs.reduce((s, r) => s + Object.values(r).filter((v) => v === '-99').length, 0);
    expect(count(plain.records)).toBeGreaterThan(0);
    expect(count(withToken.records)).toBe(0);
    expect(withToken.records).toHaveLength(104);
  });
});
