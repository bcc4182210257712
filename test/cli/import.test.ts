import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasExternal, externalDir } from '../adapters/external.js';

const run = spawnCli;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-import-'));
});

describe('smuggling-evidence import', () => {
  it('imports a small MMP file to NDJSON and prints read / mapped / rejected with reasons', () => {
    const file = join(dir, 'mmp.csv');
    writeFileSync(
      file,
      'Web ID,Region of Incident,Reported Date,Reported Year,Total Dead and Missing,Number Dead\n' +
        '7,Mediterranean,"January 05, 2020",2020,"1,022",1022\n8,Mediterranean,tomorrow,2020,1,1\n',
    );
    const out = join(dir, 'mmp.ndjson');
    const r = run('import', 'missing-migrants', file, '--out', out, '--vintage', '2020');
    expect(r.status, r.stderr).toBe(1); // a row was rejected
    expect(r.stdout).toContain('1 rejected: exit code 1 (--allow-rejects to accept a partial import)');
    expect(run('import', 'missing-migrants', file, '--out', out, '--vintage', '2020', '--allow-rejects').status).toBe(0);
    expect(r.stdout).toContain('read 2 rows: 1 mapped, 1 rejected');
    expect(r.stdout).toMatch(/rejected row 3: column "Reported Date" = "tomorrow"/);
    const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'inc-mmp-2020-7', dead_and_missing: 1022, source_ids: ['src-iom-mmp-2020'] });
    const sources = readFileSync(join(dir, 'mmp.sources.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(sources[0]).toMatchObject({ id: 'src-iom-mmp-2020', record_type: 'source' });
  });

  it('never writes what validate rejects: a future-dated row is rejected, and the vintage comes from the file name, not the typo', () => {
    const file = join(dir, 'MissingMigrants-Global-2021-03-01.csv');
    writeFileSync(
      file,
      'Web ID,Region of Incident,Reported Date,Reported Year,Total Dead and Missing,Number Dead\n' +
        '7,Mediterranean,"January 05, 2020",2020,3,3\n9,Mediterranean,"January 05, 2099",2099,2,2\n',
    );
    const out = join(dir, 'future.ndjson');
    const r = run('import', 'missing-migrants', file, '--out', out);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('vintage 2021 from the file name');
    expect(r.stdout).toMatch(/rejected row 3: .*2099/);
    const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.map((x) => x.id)).toEqual(['inc-mmp-2021-7']);
    const v = run('validate', out, '--type', 'incident', '--format', 'json');
    expect(JSON.parse(v.stdout).stats).toMatchObject({ rows: 1, invalid: 0 });
    expect(readFileSync(join(dir, 'future.sources.ndjson'), 'utf8')).toContain('src-iom-mmp-2021');
  });

  it('exits 2 with one line for usage errors and unreadable input', () => {
    for (const args of [
      ['import'],
      ['import', 'acled', 'x.csv', '--out', 'y.csv'],
      ['import', 'ctdc', join(dir, 'missing.csv'), '--out', join(dir, 'y.csv')],
      ['import', 'ctdc', join(dir, 'mmp.csv'), '--out', join(dir, 'y.txt')],
    ]) {
      const r = run(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^error: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const wrong = run('import', 'frontex-ibc', join(dir, 'mmp.csv'), '--out', join(dir, 'y.csv'));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('not a Frontex detections file');
  });

  it.skipIf(!hasExternal)('imports the Frontex file to CSV: read = written + rejected', () => {
    const out = join(dir, 'frontex.csv');
    const r = run('import', 'frontex-ibc', join(externalDir, 'frontex-ibc-monthly/frontex_detections_ibc_monthly.csv'), '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('read 34273 rows: 34273 mapped, 0 rejected');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines.length - 1).toBe(34273);
  });

  it.skipIf(!hasExternal)('imports the mojibake MMP file with encoding warnings', () => {
    const r = run('import', 'missing-migrants', join(externalDir, 'mmp-2019-mojibake/MissingMigrants.csv'), '--out', join(dir, 'moj.csv'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('read 6069 rows: 6069 mapped, 0 rejected');
    expect(r.stdout).toContain('windows-1252');
    expect(r.stdout).toMatch(/warning: .*not valid UTF-8/);
  });

  it.skipIf(!hasExternal)('goes from an MMP download to a published figure in two commands', () => {
    const out = join(dir, 'mmp22.csv');
    const imported = run('import', 'missing-migrants', join(externalDir, 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv'), '--out', out);
    expect(imported.status, imported.stderr).toBe(0);
    const summary = run('summarize', out, '--by', 'year,region', '--format', 'json');
    expect(summary.status, summary.stderr).toBe(0);
    const rows = JSON.parse(summary.stdout) as { year: number; region: string; dead_and_missing: number }[];
    const med = (y: number) => rows.find((r) => r.year === y && r.region === 'mediterranean')?.dead_and_missing;
    // IOM, 29 January 2024: 2,048 dead and missing in the Mediterranean in 2021; 1,885 in 2019.
    expect([med(2019), med(2021)]).toEqual([1885, 2048]);
  });
});
