import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importMissingMigrants } from '../../src/adapters/missing-migrants.js';
import { dedupeIncidents } from '../../src/link/dedupe-incidents.js';
import { linkIncidents } from '../../src/link/link-incidents.js';
import { indicator } from '../../src/indicator/indicator.js';
import { toCSV } from '../../src/write/to-csv.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { measureLinking, type LinkingFigures } from '../../scripts/measure-linking.js';
import { external, hasExternal } from '../adapters/external.js';
import { ensureBuilt, runCli } from '../helpers/built-cli.js';

const base = { record_type: 'incident', themes: ['safety-dignity'], sensitivity: 'public', date_precision: 'day', count_convention: 'minimum' };
// A shipwreck reported by two lists with no shared id or URL, and another incident the same week.
const listA = [
  { ...base, id: 'inc-a-1', source_ids: ['src-a'], date: '2016-05-26', country: 'LBY', latitude: 32.95, longitude: 12.1, dead: 45, missing: 55, dead_and_missing: 100, cause_of_death: ['drowning'], route: 'central-mediterranean', location_text: 'Off the coast of Sabratha, Libya' },
  { ...base, id: 'inc-a-2', source_ids: ['src-a'], date: '2016-05-28', country: 'GRC', latitude: 39.2, longitude: 26.3, dead: 2, dead_and_missing: 2, cause_of_death: ['drowning'], location_text: 'Off Lesvos, Greece' },
];
const listB = [
  { ...base, id: 'inc-b-9', source_ids: ['src-b'], date: '2016-05-27', country: 'LBY', latitude: 32.96, longitude: 12.12, dead: 45, missing: 56, dead_and_missing: 101, cause_of_death: ['drowning'], location_text: 'off Sabratha, Libya' },
  { ...base, id: 'inc-b-10', source_ids: ['src-b'], date: '2016-05-27', country: 'TUR', latitude: 38.3, longitude: 26.2, dead: 1, dead_and_missing: 1, cause_of_death: ['violence'], location_text: 'Cesme, Izmir' },
];

describe('linkIncidents and dedupeIncidents', () => {
  it('pairs the same incident by date, place, count, cause and text, and says why', () => {
    const links = linkIncidents(listA, listB);
    expect(links.map((l) => [l.a_id, l.b_id])).toEqual([['inc-a-1', 'inc-b-9']]);
    expect(links[0].score).toBeGreaterThan(0.8);
    expect(links[0].reasons).toMatch(/^date 1 d; 2\.\d km; dead_and_missing 100≠101; cause same; text 0\.\d+$/);
  });

  it('writes each incident once, keeps linked ids and sources, so dead and missing count once', () => {
    const { records, links } = dedupeIncidents([listA, listB]);
    expect(records.map((r) => r.id)).toEqual(['inc-a-1', 'inc-a-2', 'inc-b-10']);
    expect(records[0]).toMatchObject({ linked_ids: ['inc-b-9'], source_ids: ['src-a', 'src-b'] });
    expect(links).toHaveLength(1);
    const total = indicator('sdg-10.7.3', records as Record<string, unknown>[], { geography: 'mmp-region' }).reduce((s, r) => s + r.dead_and_missing, 0);
    expect(total).toBe(100 + 2 + 1);
  });

  it('link and dedupe from the CLI write links.csv and a valid union', () => {
    ensureBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'se-link-'));
    writeFileSync(join(dir, 'a.csv'), toCSV(listA, 'incident').text);
    writeFileSync(join(dir, 'b.csv'), toCSV(listB, 'incident').text);
    const link = runCli(['link', join(dir, 'a.csv'), join(dir, 'b.csv'), '--type', 'incident', '--out', join(dir, 'links.csv')]);
    expect(link.code).toBe(0);
    const lines = readFileSync(join(dir, 'links.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toBe('a_id,b_id,score,reasons');
    expect(lines[1]).toMatch(/^inc-a-1,inc-b-9,0\.\d+,date 1 d;/);
    const dedupe = runCli(['dedupe', join(dir, 'a.csv'), join(dir, 'b.csv'), '--out', join(dir, 'union.csv')]);
    expect(dedupe.code).toBe(0);
    expect(dedupe.stdout).toMatch(/wrote 3 incidents/);
    const union = fromCSV(readFileSync(join(dir, 'union.csv'), 'utf8'), { type: 'incident' });
    expect(union.records.find((r) => r.id === 'inc-a-1')).toMatchObject({ linked_ids: ['inc-b-9'] });
    expect(runCli(['link', join(dir, 'a.csv'), '--type', 'incident', '--out', join(dir, 'x.csv')]).code).toBe(2);
    expect(runCli(['link', join(dir, 'a.csv'), join(dir, 'b.csv'), '--type', 'case', '--out', join(dir, 'x.csv')]).code).toBe(2);
  });
});

// Issue 14's targets: the 2020 Web ID and 2022 Main ID exports, truth = URL unique in both, URLs removed.
describe.skipIf(!hasExternal)('linking two MMP vintages without URLs', () => {
  let f: LinkingFigures;
  beforeAll(() => {
    const a = importMissingMigrants(external('mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv')).records;
    const b = importMissingMigrants(external('mmp-2022-mainid/Missing_Migrants_Global_Figures.csv')).records;
    f = measureLinking(a as unknown as Record<string, unknown>[], b as unknown as Record<string, unknown>[]);
  }, 180_000);

  it('reaches precision ≥ 0.97 and recall ≥ 0.95 against the URL truth set', () => {
    expect(f.truth).toBeGreaterThan(2000);
    expect(f.precision).toBeGreaterThanOrEqual(0.97);
    expect(f.recall).toBeGreaterThanOrEqual(0.95);
  });
});
