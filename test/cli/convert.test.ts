import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableFromIPC } from '@uwdata/flechette';
import { toCSV } from '../../src/write/to-csv.js';
import { fixtureRecords, minimalRecord, readCSV } from '../write/fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = spawnCli;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-convert-'));
});

describe('smuggling-evidence convert', () => {
  it('convert file.csv --to json|ndjson|arrow|csv keeps every record unchanged', () => {
    const records = fixtureRecords('incident');
    const csv = join(dir, 'in.csv');
    writeFileSync(csv, toCSV(records, 'incident').text);
    for (const to of ['json', 'ndjson', 'arrow', 'csv']) {
      const out = join(dir, `out.${to}`);
      const r = run('convert', csv, '--type', 'incident', '--to', to, '--out', out);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`converted ${records.length} incident record(s) to ${to}`);
    }
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual(records);
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l))).toEqual(records);
    const arrow = tableFromIPC(readFileSync(join(dir, 'out.arrow'))).toArray() as Record<string, unknown>[];
    expect(arrow.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)))).toEqual(records);
    expect(readCSV(readFileSync(join(dir, 'out.csv'), 'utf8'), 'incident')).toEqual(records);
  });

  it('convert out.arrow --to json reads Arrow back to the same records', () => {
    const records = fixtureRecords('court-case');
    writeFileSync(join(dir, 'cc.json'), JSON.stringify(records));
    expect(run('convert', join(dir, 'cc.json'), '--type', 'court-case', '--to', 'arrow', '--out', join(dir, 'cc.arrow')).status).toBe(0);
    const r = run('convert', join(dir, 'cc.arrow'), '--type', 'court-case', '--to', 'json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(records);
  });

  it('convert leaves out restricted records and says how many; --include-restricted keeps them', () => {
    const records = [minimalRecord('source'), { ...minimalRecord('source', 1), id: 'src-r', sensitivity: 'restricted' }];
    const file = join(dir, 'src.json');
    writeFileSync(file, JSON.stringify(records));
    const r = run('convert', file, '--type', 'source', '--to', 'json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    expect(r.stderr).toContain('left out 1 restricted or confidential record(s)');
    const all = run('convert', file, '--type', 'source', '--to', 'json', '--include-restricted');
    expect(JSON.parse(all.stdout)).toHaveLength(2);
    expect(all.stderr).not.toContain('left out');
  });

  it('convert --to csv neutralises formula cells; --no-csv-escape writes them as they are', () => {
    const file = join(dir, 'f.json');
    writeFileSync(file, JSON.stringify([{ ...minimalRecord('incident'), notes: '=1+1' }]));
    expect(run('convert', file, '--type', 'incident', '--to', 'csv').stdout).toContain(",'=1+1");
    expect(run('convert', file, '--type', 'incident', '--to', 'csv', '--no-csv-escape').stdout).toContain(',=1+1');
  });

  it('convert with invalid records writes nothing, says how many, names row and field, exits 1', () => {
    const file = join(dir, 'bad.csv');
    const good = toCSV([minimalRecord('incident')], 'incident').text;
    writeFileSync(file, good + good.split('\n')[1].replace(',minimum,', ',lots,').replace('inc-', 'inc-b') + '\n');
    const out = join(dir, 'bad.json');
    const r = run('convert', file, '--type', 'incident', '--to', 'json', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('1 of 2 record(s) invalid; nothing written');
    expect(r.stderr).toMatch(/row 3, field `count_convention`/);
    expect(existsSync(out)).toBe(false);
  });

  it('convert without --type, with an unknown format or a missing file exits 2 with one line', () => {
    expect(run('convert', 'x.csv', '--to', 'json')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--type is required/) });
    expect(run('convert', 'x.csv', '--type', 'incident', '--to', 'xlsx')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--to must be one of csv, json, ndjson, arrow/) });
    const missing = run('convert', join(dir, 'nope.csv'), '--type', 'incident', '--to', 'json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read ".*nope.csv": ENOENT/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('smuggling-evidence convert: header problems', () => {
  it('convert of a CSV missing a required column writes nothing and names the column', () => {
    const file = join(dir, 'nohead.csv');
    writeFileSync(file, 'id,country\ninc-1,TUR\n');
    const r = run('convert', file, '--type', 'incident', '--to', 'json', '--out', join(dir, 'nohead.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/1 of 1 record\(s\) invalid and \d+ problem\(s\) with the header or the file; nothing written/);
    expect(r.stderr).toContain('there is no column `themes`');
    expect(existsSync(join(dir, 'nohead.json'))).toBe(false);
  });
});

describe('smuggling-evidence convert: same checks and messages as validate', () => {
  it('refuses the messy fixture with the messages validate gives, cross-field rules included', () => {
    const messy = join(root, 'test/fixtures/validate/incident-messy.csv');
    const r = run('convert', messy, '--type', 'incident', '--to', 'json', '--out', join(dir, 'messy.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("row 2, field `dead_and_missing`: '1,022' is not a whole number");
    expect(r.stderr).toContain('row 3, field `dead_and_missing`: 6 is not dead (4) + missing (1) = 5');
    expect(run('validate', messy, '--type', 'incident').stdout).toContain('6 is not dead (4) + missing (1) = 5');
    expect(existsSync(join(dir, 'messy.json'))).toBe(false);
  });
});
