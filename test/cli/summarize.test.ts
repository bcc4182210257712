import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { validateVegaLite } from '../chart/vega-lite-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = spawnCli;
const example = (type: string) => join('examples/data', `${type}.csv`);

/** The example CSV as plain rows, read independently of the library. */
function rows(type: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(root, example(type)), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-summarize-'));
});

describe('smuggling-evidence summarize', () => {
  it('--format json gives one object per group with the keys, records and each count field summed', () => {
    const r = run('summarize', example('incident'), '--type', 'incident', '--by', 'theme', '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    const input = rows('incident').filter((x) => x.sensitivity === 'public');
    for (const group of out) {
      const members = input.filter((x) => x.themes.split(';').includes(group.theme as string));
      expect(group.records).toBe(members.length);
      for (const f of ['dead', 'missing', 'survivors']) {
        const vals = members.map((m) => m[f]).filter((v) => v !== '');
        expect(group[f], `${group.theme} ${f}`).toBe(vals.length ? vals.reduce((s, v) => s + Number(v), 0) : null);
      }
      expect(Object.keys(group)).toEqual(expect.arrayContaining(['theme', 'records', 'dead', 'missing', 'dead_and_missing', 'survivors', 'countries', 'sources', 'first_date', 'last_date']));
    }
    // Every theme of every record is a group, in the report's order (a)–(e).
    const themes = [...new Set(input.flatMap((x) => x.themes.split(';')))];
    const order = ['legal-capacity', 'safety-dignity', 'business-model', 'evidence-base', 'cooperation'];
    expect(out.map((g) => g.theme)).toEqual(order.filter((t) => themes.includes(t)));
  });

  it('--format csv and text keep the units and conventions with the numbers', () => {
    const csv = run('summarize', example('incident'), '--type', 'incident', '--by', 'year', '--format', 'csv');
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe('year,records,dead,missing,dead_and_missing,survivors,females,males,children,countries,sources,first_date,last_date');
    const text = run('summarize', example('incident'), '--by', 'route');
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('Central Mediterranean');
    expect(text.stdout).toContain('dead: persons, minimum estimates (at least this many).');
  });

  it('never calls detections persons, and splits aggregate observations by indicator and unit', () => {
    const r = run('summarize', example('aggregate-observation'), '--by', 'year', '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    const frontex = out.filter((g) => g.indicator === 'ibc-detections');
    expect(frontex.length).toBeGreaterThan(0);
    expect(frontex.every((g) => g.unit === 'detections')).toBe(true);
    const text = run('summarize', example('aggregate-observation'), '--by', 'route');
    expect(text.stdout).toMatch(/Detections count border crossings, not persons/);
  });

  it('hides person counts 1–9 broken down by sex', () => {
    const csv = join(dir, 'aggregate-observation.csv');
    const header = 'id,themes,source_ids,sensitivity,indicator,unit,value,period_start,period_precision,country,breakdown_sex,count_convention';
    const line = (id: string, sex: string, v: number) => `agg-${id},safety-dignity,src-x,public,migrants-assisted,persons,${v},2023,year,ITA,${sex},reported`;
    writeFileSync(csv, [header, line('t', '', 127), line('f', 'female', 7), line('m', 'male', 120), ''].join('\n'));
    const r = run('summarize', csv, '--type', 'aggregate-observation', '--by', 'breakdown_sex', '--format', 'json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(out.map((g) => [g.breakdown_sex, g.value, g.value_suppression_rule])).toEqual([
      ['female', null, 'lt10'],
      ['male', null, 'secondary'],
      [null, 127, null],
    ]);
    const open = run('summarize', csv, '--type', 'aggregate-observation', '--by', 'breakdown_sex', '--format', 'json', '--no-suppress');
    expect((JSON.parse(open.stdout) as Record<string, unknown>[]).map((g) => g.value)).toEqual([7, 120, 127]);
  });

  it('--chart draws an SVG, or writes the Vega-Lite spec for a .json name', () => {
    const svg = join(dir, 'themes.svg');
    const r = run('summarize', example('incident'), '--by', 'theme', '--chart', svg);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg[\s\S]*Records \(incidents\)/);
    const spec = join(dir, 'years.vl.json');
    expect(run('summarize', example('incident'), '--by', 'year', '--chart', spec).status).toBe(0);
    const parsed = JSON.parse(readFileSync(spec, 'utf8'));
    expect(parsed.mark).toMatchObject({ type: 'line' });
    expect(validateVegaLite(parsed)).toBe(true);
  });

  it('refuses invalid records, names them, and summarises the valid ones on request', () => {
    const csv = join(dir, 'bad-incident.csv');
    const input = rows('incident');
    input[0] = { ...input[0], dead: 'many' };
    writeFileSync(csv, Papa.unparse(input));
    const r = run('summarize', csv, '--type', 'incident', '--by', 'theme', '--format', 'json');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("row 2, field `dead`: 'many' is not a whole number");
    expect(r.stderr).toContain('--skip-invalid');
    const skip = run('summarize', csv, '--type', 'incident', '--format', 'json', '--skip-invalid');
    expect(skip.status).toBe(1);
    expect(JSON.parse(skip.stdout)[0].records).toBe(rows('incident').filter((x) => x.sensitivity === 'public').length - 1);
  });

  it('leaves restricted records out unless asked', () => {
    const all = rows('incident');
    const restricted = all.filter((x) => x.sensitivity !== 'public').length;
    const r = run('summarize', example('incident'), '--format', 'json');
    expect(JSON.parse(r.stdout)[0].records).toBe(all.length - restricted);
    if (restricted) expect(r.stderr).toContain(`${restricted} restricted or confidential record(s) left out`);
    const inc = run('summarize', example('incident'), '--format', 'json', '--include-restricted', '--include-illustrative');
    expect(JSON.parse(inc.stdout)[0].records).toBe(all.length);
  });

  it('leaves illustrative and synthetic records out unless asked, with a banner', () => {
    const all = rows('court-case').filter((x) => x.sensitivity === 'public');
    const illustrative = all.filter((x) => x.evidence_status === 'illustrative').length;
    expect(illustrative).toBeGreaterThan(0);
    const json = run('summarize', example('court-case'), '--format', 'json');
    expect(json.status, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)[0].records).toBe(all.length - illustrative);
    expect(json.stderr).toContain(`Note: ${illustrative} illustrative record${illustrative === 1 ? '' : 's'} left out: they are not evidence (--include-illustrative to include them).`);
    const text = run('summarize', example('court-case'));
    expect(text.stdout.split('\n')[0]).toMatch(/^Note: \d+ illustrative records? left out/);
    const inc = run('summarize', example('court-case'), '--format', 'json', '--include-illustrative');
    expect(JSON.parse(inc.stdout)[0].records).toBe(all.length);
    expect(inc.stderr).toMatch(/Warning: includes \d+ illustrative records?: they are not evidence/);
    const synthetic = run('summarize', join('datasets/synthetic-demo', 'fee-observation.csv'), '--format', 'json');
    expect(synthetic.status, synthetic.stderr).toBe(0);
    expect(synthetic.stderr).toMatch(/Note: \d+ synthetic records left out/);
  });

  it('exits 2 with one clear line on usage errors', () => {
    expect(run('summarize', example('incident'), '--by', 'colour')).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^error: cannot group incident records by "colour"/),
    });
    expect(run('summarize', 'no-such.csv', '--type', 'incident')).toMatchObject({ status: 2, stderr: expect.stringMatching(/cannot read "no-such.csv": ENOENT/) });
    expect(run('summarize', example('incident'), '--format', 'xml')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--format must be one of text, csv, json/) });
    expect(run('summarize', example('incident'), '--type', 'incidents')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--type must be one of/) });
  });
});

describe('smuggling-evidence summarize --engine duckdb', () => {
  const both = (...args: string[]) => [run('summarize', ...args), run('summarize', ...args, '--engine', 'duckdb', '--memory-limit', '128MB')];

  it('gives the same output as the in-memory engine, in every format', () => {
    for (const args of [
      ['datasets/synthetic-demo/incident.csv', '--by', 'region,year', '--include-illustrative'],
      ['datasets/synthetic-demo/fee-observation.csv', '--by', 'route', '--measures', 'records,fee_usd_median,fee_ranges', '--format', 'json', '--include-illustrative'],
      ['datasets/annual-figures/aggregate-observation.csv', '--by', 'indicator,breakdown_sex', '--format', 'csv'],
      [example('court-case'), '--by', 'country', '--format', 'json', '--measures', 'records,sentence_months_median,conviction_share'],
    ]) {
      const [mem, duck] = both(...args);
      expect(mem.status, mem.stderr).toBe(0);
      expect(duck.status, duck.stderr).toBe(0);
      expect(duck.stdout).toBe(mem.stdout);
      expect(duck.stdout.length).toBeGreaterThan(50);
    }
  });

  it('refuses invalid records as the in-memory engine does, and summarises the valid ones on request', () => {
    const csv = join(dir, 'bad-incident-duck.csv');
    const input = rows('incident');
    input[1] = { ...input[1], dead: '-3' };
    writeFileSync(csv, Papa.unparse(input));
    const [mem, duck] = both(csv, '--type', 'incident', '--format', 'json');
    expect(duck.status).toBe(1);
    expect(duck.stderr).toBe(mem.stderr);
    const [memSkip, duckSkip] = both(csv, '--type', 'incident', '--format', 'json', '--skip-invalid');
    expect(duckSkip.stdout).toBe(memSkip.stdout);
    expect(JSON.parse(duckSkip.stdout)[0].records).toBe(rows('incident').filter((x) => x.sensitivity === 'public').length - 1);
  });

  it('rejects a malformed memory limit with one line', () => {
    expect(run('summarize', example('incident'), '--engine', 'duckdb', '--memory-limit', 'lots')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--memory-limit expects a size/) });
  });
});
