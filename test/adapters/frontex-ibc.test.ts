import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { importFrontexIbc } from '../../src/adapters/frontex-ibc.js';
import { getValidator } from '../../src/model/registry.js';
import { labelOf } from '../../src/model/fields.js';
import { summarize } from '../../src/summarize/summarize.js';
import { toTable } from '../../src/summarize/to-table.js';
import { external, hasExternal } from './external.js';

const file = 'frontex-ibc-monthly/frontex_detections_ibc_monthly.csv';

// PROVENANCE.md headline table: year → [total, Central Med, Eastern Med, Western Med, Western Balkan, Western African, Eastern Borders].
const table: Record<number, number[]> = {
  2014: [282873, 170664, 50834, 7183, 43355, 276, 1275],
  2015: [1822102, 153946, 885386, 7004, 764033, 874, 1920],
  2016: [511047, 181376, 182277, 9990, 130261, 671, 1349],
  2017: [204654, 118962, 42319, 23063, 12179, 421, 776],
  2018: [149036, 23485, 56560, 56245, 5844, 1323, 1029],
  2019: [141741, 14003, 83333, 23969, 15127, 2718, 642],
  2020: [126310, 35673, 20280, 17370, 26918, 24087, 615],
  2021: [202119, 67724, 22793, 18466, 61618, 22351, 8075],
  2022: [326217, 105561, 38690, 15134, 144118, 15463, 6332],
  2023: [381319, 158026, 61296, 16877, 99002, 39673, 5748],
  2024: [240021, 66855, 69954, 17057, 21525, 46820, 17260],
  2025: [50226, 15820, 12329, 3447, 3436, 10470, 4568],
};
const earlier: Record<number, number> = { 2009: 104503, 2010: 103991, 2011: 140989, 2012: 72382, 2013: 107339 };
const routes = ['central-mediterranean', 'eastern-mediterranean', 'western-mediterranean', 'western-balkans', 'western-african-atlantic', 'eastern-land-borders'];

/**
 * Year × route totals through the library's summary; `total` is the all-route sum. Every Frontex
 * observation is broken down by nationality, and `summarize` sums a breakdown only when grouping
 * on it, so the summary groups on nationality and the test adds nationalities up.
 */
function yearly(records: object[]): Record<number, Record<string, number>> {
  const t = toTable(records, 'aggregate-observation');
  const out: Record<number, Record<string, number>> = {};
  for (const r of summarize(t, { by: ['year', 'route', 'breakdown_nationality'], suppress: false }).objects() as any[]) {
    const y = (out[r.year] ??= { total: 0 });
    y.total += r.value;
    y[r.route] = (y[r.route] ?? 0) + r.value;
  }
  return out;
}

function expectProvenance(records: object[]) {
  const got = yearly(records);
  for (const [year, [total, ...byRoute]] of Object.entries(table)) {
    expect([year, got[Number(year)].total]).toEqual([year, total]);
    routes.forEach((route, i) => expect([year, route, got[Number(year)][route]]).toEqual([year, route, byRoute[i]]));
  }
  for (const [year, total] of Object.entries(earlier)) expect([year, got[Number(year)].total]).toEqual([year, total]);
}

describe.skipIf(!hasExternal)('importFrontexIbc on the public monthly file', () => {
  // Read in beforeAll: collecting the suite must not touch the file (it may be absent).
  let bytes: Uint8Array;
  let records: ReturnType<typeof importFrontexIbc>['records'];
  let report: ReturnType<typeof importFrontexIbc>['report'];
  let source: ReturnType<typeof importFrontexIbc>['source'];
  beforeAll(() => {
    bytes = external(file);
    ({ records, report, source } = importFrontexIbc(bytes));
  });

  it('maps every row of the long format to a valid detection count', () => {
    expect(report.layout).toBe('frontex-long');
    expect(report.read).toBe(34273);
    expect(report.read).toBe(report.mapped + report.rejected);
    expect(report.rejected).toBe(0);
    expect(records.length).toBe(34273);
    const validate = getValidator('aggregate-observation');
    for (const r of records) if (!validate(r)) throw new Error(`${(r as { id: string }).id}: ${JSON.stringify(validate.errors)}`);
    expect(new Set(records.map((r) => r.unit))).toEqual(new Set(['detections']));
    expect(getValidator('source')(source)).toBe(true);
    expect(source.known_biases).toContain('detections-not-persons');
  });

  it('reproduces the yearly and route totals of its PROVENANCE.md', () => {
    expectProvenance(records);
  });

  it('keeps Frontex pseudo-nationalities countable (OOO = unspecified: 686,021 detections)', () => {
    const ooo = records.filter((r) => r.id.endsWith('-ooo'));
    expect(ooo.reduce((s, r) => s + r.value!, 0)).toBe(686021);
    expect(new Set(ooo.map((r) => r.breakdown_nationality))).toEqual(new Set(['UNK']));
  });

  it('reads Frontex own wide layout (JAN2009 … columns, names not codes) to the same totals', () => {
    // Build the wide file Frontex publishes from the long one: one row per route × border type ×
    // nationality name, one column per month, zero cells written as 0, header on the second row.
    const long = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data.slice(1);
    const monthNames = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
    const months = [...new Set(long.map((r) => r[3]))].sort();
    const header = months.map((m) => monthNames[Number(m.slice(5)) - 1] + m.slice(0, 4));
    const rows = new Map<string, string[]>();
    const name = (code: string) => (code === 'OOO' ? 'Not specified' : code === 'STL' ? 'Stateless' : code === 'OOS' ? 'Unspecified sub-Saharan nationals' : labelOf('aggregate-observation', 'breakdown_nationality', code));
    for (const [route, type, nat, t, n] of long) {
      const key = [route, type, name(nat)].join('\u0000');
      const row = rows.get(key) ?? [route, type, name(nat), ...months.map(() => '0')];
      row[3 + months.indexOf(t)] = n;
      rows.set(key, row);
    }
    const wide = Papa.unparse([['Detections of IBC'], ['Route', 'Border type or inland', 'Nationality', ...header], ...rows.values()]);
    const result = importFrontexIbc(wide);
    expect(result.report.layout).toBe('frontex-wide');
    expect(result.report.read).toBe(34273);
    expect(result.report.read).toBe(result.report.mapped + result.report.rejected);
    expect(result.report.rejected).toBe(0);
    expectProvenance(result.records);
    expect(result.records.find((r) => r.id.startsWith('agg-frontex-ibc-2009-01-central-mediterranean-sea-'))?.breakdown_nationality).toBeDefined();
  }, 120_000);
});

describe('importFrontexIbc on small inputs', () => {
  it('rejects rows it cannot map, naming the value', () => {
    const csv = 'route,type,nat,t,n\nCentral Mediterranean Route,Sea,TUN,2023-01,12\nAtlantis Route,Sea,TUN,2023-01,3\nOther,Land,SYR,2023-13,4\nOther,Land,SYR,2023-02,many\n';
    const { records, report } = importFrontexIbc(csv);
    expect(records).toHaveLength(1);
    expect(report.read).toBe(4);
    expect(report.reasons.map((r) => r.row)).toEqual([3, 4, 5]); // spreadsheet rows: header = 1
    expect(report.reasons[0].reason).toMatch(/"Atlantis Route"/);
    expect(report.reasons[2].reason).toMatch(/"many"/);
  });
  it('refuses a file that is neither layout', () => {
    expect(() => importFrontexIbc('a,b\n1,2\n')).toThrow(/not a Frontex detections file/);
  });
});
