import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importMissingMigrants } from '../../src/adapters/missing-migrants.js';
import { indicator } from '../../src/indicator/indicator.js';
import { toCSV } from '../../src/write/to-csv.js';
import { external, hasExternal } from '../adapters/external.js';
import { parseRfc4180 } from '../helpers/rfc4180.js';
import { runCli, ensureBuilt } from '../helpers/built-cli.js';

const file = 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv';

// The expected cells straight from the raw export: its own CSV parse, its own code page,
// `Total Number of Dead and Missing` summed by `Incident year` × `UNSD Geographical Grouping`.
function rawCells(bytes: Uint8Array): Map<string, number> {
  const [header, ...rows] = parseRfc4180(new TextDecoder('windows-1252').decode(bytes));
  const year = header.indexOf('Incident year');
  const unsd = header.indexOf('UNSD Geographical Grouping');
  const total = header.indexOf('Total Number of Dead and Missing');
  const cells = new Map<string, number>();
  for (const r of rows) {
    if (r.length < header.length) continue;
    const code = r[unsd].trim() ? r[unsd].trim().toLowerCase().replace(/\s+/g, '-') : 'not-recorded';
    const key = `${r[year]}|${code}`;
    cells.set(key, (cells.get(key) ?? 0) + Number(r[total].replace(/,/g, '') || 0));
  }
  return cells;
}

describe('indicator sdg-10.7.3', () => {
  it('sums dead and missing by year and one scheme, says custodian, vintage and rule on every row', () => {
    const records = [
      { id: 'inc-a', record_type: 'incident', date: '2021-03-01', unsd_subregion: 'uncategorized', mmp_region: 'mediterranean', dead: 2, missing: 3, dead_and_missing: 5, data_vintage: '2022', females: 1 },
      { id: 'inc-b', record_type: 'incident', date: '2021-07-09', unsd_subregion: 'northern-africa', mmp_region: 'northern-africa', dead: 4, dead_and_missing: 4, data_vintage: '2022', linked_ids: ['inc-c'] },
      // The same incident from another vintage, linked by dedupe: counted once.
      { id: 'inc-c', record_type: 'incident', date: '2021-07-09', unsd_subregion: 'northern-africa', dead: 4, dead_and_missing: 4, data_vintage: '2020' },
    ];
    const rows = indicator('sdg-10.7.3', records, { bySex: true });
    expect(rows.map((r) => [r.year, r.geography, r.dead_and_missing, r.dead, r.missing, r.incidents, r.females])).toEqual([
      [2021, 'northern-africa', 4, 4, 0, 1, 0],
      [2021, 'uncategorized', 5, 2, 3, 1, 1],
    ]);
    for (const r of rows) {
      expect(r.custodian).toBe('IOM');
      expect(r.minimum_estimate).toBe(true);
      expect(r.data_vintage).toBe('2022');
      expect(r.inclusion_rule).toMatch(/linked_ids/);
    }
    expect(indicator('sdg-10.7.3', records, { geography: 'mmp-region' }).map((r) => r.geography)).toEqual(['mediterranean', 'northern-africa']);
  });
});

describe.skipIf(!hasExternal)('indicator sdg-10.7.3 on the raw 2022 MMP export', () => {
  let expected: Map<string, number>;
  let records: Record<string, unknown>[];
  beforeAll(() => {
    const bytes = external(file);
    expected = rawCells(bytes);
    records = importMissingMigrants(bytes).records as unknown as Record<string, unknown>[];
  }, 120_000);

  it('reproduces the dead-and-missing total of every year × UNSD grouping cell (API)', () => {
    const got = new Map(indicator('sdg-10.7.3', records).map((r) => [`${r.year}|${r.geography}`, r.dead_and_missing]));
    expect(got.size).toBe(expected.size);
    expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
    expect(expected.get('2021|uncategorized')).toBeGreaterThan(0);
  });

  it('gives the same cells from the CLI, in json and in text with its header', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'se-indicator-'));
    const path = join(dir, 'mmp-2022.csv');
    writeFileSync(path, toCSV(records as any, 'incident').text);
    const json = runCli(['indicator', 'sdg-10.7.3', path, '--format', 'json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as { year: number; geography: string; dead_and_missing: number; custodian: string }[];
    expect(Object.fromEntries(rows.map((r) => [`${r.year}|${r.geography}`, r.dead_and_missing]))).toEqual(Object.fromEntries(expected));
    expect(rows.every((r) => r.custodian === 'IOM')).toBe(true);
    const text = runCli(['indicator', 'sdg-10.7.3', path, '--geography', 'mmp-region']);
    expect(text.stdout).toMatch(/custodian: IOM/);
    expect(text.stdout).toMatch(/data vintage: 2022/);
    expect(text.stdout).toMatch(/geography: MMP region of incident/);
    expect(text.stdout).toMatch(/2021 +Mediterranean +2048 /); // IOM, 29 Jan 2024: 2,048 in 2021
    expect(runCli(['indicator', 'sdg-10.7.3', path, '--geography', 'continent']).code).toBe(2);
  });
});
