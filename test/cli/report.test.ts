import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = spawnCli;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-report-'));
});

/** Chart files a report links to. */
const linked = (md: string) => [...md.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);

describe('smuggling-evidence report', () => {
  it('writes a Markdown report with the overview, gap map, trends, validation and SVG charts', () => {
    const out = join(dir, 'examples');
    const r = run('report', 'examples/data', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Report written to ${join(out, 'report.md')}\n`);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    for (const heading of ['## At a glance', '## 1. Evidence by theme', '## 2. Evidence gaps', '## 3. Trends', '## How to read these numbers', '## Sources', '## Validation']) {
      expect(md).toContain(heading);
    }
    for (const t of ['(a) Legal frameworks and capacity-building', '(e) Regional and international cooperation']) expect(md).toContain(t);
    expect(md).toMatch(/values from 1 to 9 are hidden/);
    expect(md).toMatch(/minimum estimates/);
    expect(md).toMatch(/Detections count border crossings, not persons/);
    expect(md).toContain('| `examples/data/incident.csv` | incident |');
    // Illustrative rows are not evidence: left out, and the banner under the title says so.
    expect(md.split('\n').slice(0, 3).join('\n')).toMatch(/^# .*\n\n> \*\*Note: \d+ illustrative records left out: they are not evidence \(--include-illustrative to include them\)\.\*\*$/);
    const charts = linked(md);
    expect(charts).toEqual(expect.arrayContaining(['themes.svg', 'gap-map.svg', 'records-by-year.svg']));
    for (const c of charts) expect(readFileSync(join(out, c), 'utf8')).toMatch(/^<svg/);
  });

  it('reports each dataset of a folder of datasets on its own, with an index', () => {
    const out = join(dir, 'all');
    const r = run('report', 'datasets', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const names = readdirSync(join(root, 'datasets')).filter((d) => existsSync(join(root, 'datasets', d, 'datapackage.json')));
    const index = readFileSync(join(out, 'report.md'), 'utf8');
    for (const n of names) {
      expect(index).toContain(`(${n}/report.md)`);
      expect(existsSync(join(out, n, 'report.md'))).toBe(true);
    }
    if (names.includes('annual-figures')) {
      // The published Frontex totals (datasets/annual-figures/README.md) come out of the report.
      const md = readFileSync(join(out, 'annual-figures', 'report.md'), 'utf8');
      expect(md).toMatch(/Detections of illegal border-crossings \(Frontex\) \| Detections \(events, not persons\) \| [^|]+ \| 2015 \| \d+ \| 1,822,102 \|/);
      expect(md).toMatch(/\| Central Mediterranean \|( [^|]+ \|){14} 158,026 \|/);
    }
  });

  it('takes a datapackage.json as well as its folder', () => {
    const out = join(dir, 'descriptor');
    const r = run('report', 'datasets/istanbul-2017/datapackage.json', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toMatch(/^# Istanbul 2017/);
  });

  it('leaves invalid records out, lists them under Validation and exits 1', () => {
    const data = join(dir, 'bad-data');
    mkdirSync(data, { recursive: true });
    copyFileSync(join(root, 'examples/data/source.csv'), join(data, 'source.csv'));
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(root, 'examples/data/incident.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    rows[0] = { ...rows[0], date: '2019-02-30' };
    writeFileSync(join(data, 'incident.csv'), Papa.unparse(rows));
    const out = join(dir, 'bad-report');
    const r = run('report', data, '--out', out);
    expect(r.status).toBe(1);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/\*\*1 of \d+ records are invalid\*\* and left out of every table/);
    expect(md).toMatch(/incident\.csv`: .*row 2.*date/);
  });

  it('exits 2 on input it cannot use', () => {
    expect(run('report', 'no/such/folder')).toMatchObject({ status: 2, stderr: 'error: "no/such/folder" does not exist\n' });
    const empty = mkdtempSync(join(tmpdir(), 'se-empty-'));
    expect(run('report', empty)).toMatchObject({ status: 2, stderr: expect.stringMatching(/holds no datapackage.json, no <type>.csv files/) });
  });
});
