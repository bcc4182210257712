import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { combinedCells, datasetRecords, type Cell } from '../helpers/combined-cells.js';
import { themes } from '../../src/model/themes.js';
import { labeller } from '../../src/summarize/format-summary.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = spawnCli;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-report-'));
});

/** The combined gap map's table in a report: cells as `sources (records)`, by theme and area label. */
function combinedTable(md: string): { theme: string; area: string; sources: number; records: number }[] {
  const section = md.slice(md.indexOf('## Combined evidence-gap map'));
  const lines = section.split('\n').filter((l) => l.startsWith('|'));
  const cells = (l: string) => l.split('|').slice(1, -1).map((c) => c.trim());
  const areas = cells(lines[0]).slice(1);
  return lines.slice(2).flatMap((l) => {
    const [theme, ...values] = cells(l);
    return values.flatMap((v, i) => {
      const m = /^([\d,]+) \(([\d,]+)\)$/.exec(v);
      if (!m) expect(v).toBe('**gap**');
      return m ? [{ theme, area: areas[i], sources: Number(m[1].replace(/,/g, '')), records: Number(m[2].replace(/,/g, '')) }] : [];
    });
  });
}

/** Cells worked out in the test, labelled as the report labels them. */
function labelled(cells: Cell[]) {
  const theme = (id: string | null) => { const t = themes.find((x) => x.id === id)!; return `(${t.letter}) ${t.title}`; };
  return cells.map((c) => ({ theme: theme(c.theme), area: labeller('area')!(c.area), sources: c.sources, records: c.records }));
}
const byCell = (a: { theme: string; area: string }, b: { theme: string; area: string }) => `${a.theme}|${a.area}`.localeCompare(`${b.theme}|${b.area}`);

/** Every file under a folder, relative to it. */
function filesUnder(root: string, rel = ''): string[] {
  return readdirSync(join(root, rel), { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? filesUnder(root, join(rel, d.name)) : [join(rel, d.name)]));
}

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

  it('gives one report over several datasets: their own reports as alone, and one gap map combining them', async () => {
    const out = join(dir, 'two');
    const r = run('report', 'datasets/istanbul-2017', 'datasets/annual-figures', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(`Report written to ${join(out, 'report.md')}\n`);
    // Each dataset's report is the report it gets alone, byte for byte.
    for (const name of ['istanbul-2017', 'annual-figures']) {
      const alone = join(dir, `alone-${name}`);
      expect(run('report', `datasets/${name}`, '--out', alone).status).toBe(0);
      expect(readFileSync(join(out, name, 'report.md'), 'utf8')).toBe(readFileSync(join(alone, 'report.md'), 'utf8'));
    }
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('(istanbul-2017/report.md)');
    expect(md).toContain('(annual-figures/report.md)');
    // The combined cells: distinct sources across both datasets, records beside, worked out here from their records.
    const want = labelled(combinedCells({ 'istanbul-2017': await datasetRecords('datasets/istanbul-2017'), 'annual-figures': await datasetRecords('datasets/annual-figures') }));
    expect(combinedTable(md).sort(byCell)).toEqual(want.sort(byCell));
    expect(linked(md)).toEqual(['gap-map.svg', 'gap-map-weighted.svg']);
    for (const c of linked(md)) expect(readFileSync(join(out, c), 'utf8')).toMatch(/^<svg/);
    expect(readFileSync(join(out, 'gap-map-weighted.svg'), 'utf8')).toContain('Quality-weighted sources by theme and region, across 2 datasets');
  });

  it('combines without restricted or illustrative records, writes only inside --out, and counts a shared source once', () => {
    // A copy of istanbul-2017 under a hostile name, with one restricted and one illustrative record added.
    const copy = join(dir, 'copy-data', 'istanbul-copy');
    cpSync(join(root, 'datasets/istanbul-2017'), copy, { recursive: true });
    const pkgFile = join(copy, 'datapackage.json');
    const descriptor = JSON.parse(readFileSync(pkgFile, 'utf8'));
    writeFileSync(pkgFile, JSON.stringify({ ...descriptor, name: '../../escaped-report' }));
    const csv = join(copy, 'cooperation-action.csv');
    const rows = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), { header: true, skipEmptyLines: true }).data;
    const extra = (id: string, over: Record<string, string>) => ({ ...rows[0], id, countries: 'NGA', requesting_country: '', venue_country: 'NGA', organiser_countries: 'NGA', ...over });
    rows.push(extra('coop-secret', { sensitivity: 'restricted', title: 'RESTRICTED-MARKER meeting' }), extra('coop-example', { evidence_status: 'illustrative', title: 'An illustrative meeting' }));
    writeFileSync(csv, Papa.unparse(rows));

    const out = join(dir, 'copy-out', 'report');
    const r = run('report', 'datasets/istanbul-2017', copy, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const files = filesUnder(join(dir, 'copy-out'));
    expect(files.every((f) => f.startsWith('report'))).toBe(true);
    expect(existsSync(join(dir, 'escaped-report'))).toBe(false);
    for (const f of files) expect(readFileSync(join(dir, 'copy-out', f), 'utf8')).not.toContain('RESTRICTED-MARKER');
    const table = combinedTable(readFileSync(join(out, 'report.md'), 'utf8'));
    // The copy cites the same sources: each cell has the sources of one, the records of both; Africa (Nigeria) stays a gap.
    expect(table.every((c) => c.area !== 'Africa')).toBe(true);
    expect(table.find((c) => c.theme.startsWith('(e)') && c.area === 'Asia')).toEqual({ theme: '(e) Regional and international cooperation', area: 'Asia', sources: 2, records: 6 });

    const withIllustrative = join(dir, 'copy-out-illustrative');
    expect(run('report', 'datasets/istanbul-2017', copy, '--out', withIllustrative, '--include-illustrative').status).toBe(0);
    const shown = combinedTable(readFileSync(join(withIllustrative, 'report.md'), 'utf8'));
    expect(shown.find((c) => c.theme.startsWith('(e)') && c.area === 'Africa')).toEqual({ theme: '(e) Regional and international cooperation', area: 'Africa', sources: 1, records: 1 });
    for (const f of filesUnder(withIllustrative)) expect(readFileSync(join(withIllustrative, f), 'utf8')).not.toContain('RESTRICTED-MARKER');
  });
});
