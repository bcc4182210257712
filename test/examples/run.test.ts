// Every script in examples/ runs as a user would run it (npx tsx examples/x.ts ...),
// and prints what its header comment promises.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { externalDir as external, hasExternal } from '../adapters/external.js';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const out = mkdtempSync(join(tmpdir(), 'se-examples-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function example(name: string, args: string[] = [], env: Record<string, string> = {}) {
  try {
    const { stdout } = await run(tsx, ['--tsconfig', join(root, 'tsconfig.json'), join(root, 'examples', name), ...args], { cwd: out, env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (err: any) {
    return { code: err.code as number, stdout: String(err.stdout), stderr: String(err.stderr) };
  }
}

describe('examples/', () => {
  it('validate-big-file.ts checks the second half on a worker thread and gets the one-thread report', async () => {
    const r = await example('validate-big-file.ts', ['60000']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('big-incidents.csv: 60000 rows, split: merged');
    expect(r.stdout).toMatch(/two threads: 59985 valid, 15 invalid, 15 errors/);
    expect(r.stdout).toMatch(/one thread: {2}59985 valid, 15 invalid, 15 errors/);
    expect(r.stdout).toContain('same report: yes');
  });

  it('stream-json-array.ts reads a JSON array batch by batch and refuses a broken one in one line', async () => {
    const r = await example('stream-json-array.ts');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/incidents\.json: \d{4} records in [2-9] batches, 0 errors/);
    expect(r.stdout).toMatch(/incidents-broken\.json: not valid JSON: unexpected "\]\\n" at line \d+, column 1\n/);
  });

  it('summary-sql.ts extends the Arquero pipeline with a measure and prints the DuckDB and Spark SQL', async () => {
    const r = await example('summary-sql.ts', [join(root, 'examples/data/incident.csv')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/verbs: derive → groupby → rollup/);
    expect(r.stdout).toMatch(/\|central-mediterranean\|\d+\|\d+\|/);
    expect(r.stdout).toContain('worst_incident_dead');
    expect(r.stdout).toMatch(/FROM read_parquet\('incidents.parquet'\)/);
    expect(r.stdout).toMatch(/GROUP BY __k0/);
  });

  it('theme-summary-chart.ts loads, validates, summarizes by theme and year, and draws an SVG', async () => {
    const svg = join(out, 'themes.svg');
    const r = await example('theme-summary-chart.ts', [join(root, 'examples/data/incident.csv'), svg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(b) Countering smuggling while ensuring the safety and dignity of migrants');
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg/);
  });

  it('gap-map.ts lists the gaps of a shipped dataset and draws the heatmap', async () => {
    const svg = join(out, 'gaps.svg');
    const r = await example('gap-map.ts', ['synthetic-demo', 'region', svg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/·/);
    expect(existsSync(svg)).toBe(true);
  });

  it('combined-gap-map.ts prints one gap map over two shipped datasets and writes the combined report under examples/out/', async () => {
    const r = await example('combined-gap-map.ts', ['istanbul-2017', 'annual-figures']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\(e\) Regional and international cooperation +Asia +2 +0\.4 +3/);
    expect(r.stdout).toMatch(/\d+ theme × region cells without evidence in any of istanbul-2017, annual-figures/);
    const dir = join(root, 'examples/out/combined-report');
    const md = readFileSync(join(dir, 'report.md'), 'utf8');
    expect(md).toContain('## Combined evidence-gap map');
    expect(md).toContain('(istanbul-2017/report.md)');
    expect(readFileSync(join(dir, 'gap-map-weighted.svg'), 'utf8')).toMatch(/^<svg/);
    expect(readFileSync(join(dir, 'annual-figures', 'report.md'), 'utf8')).toMatch(/^# Annual figures/);
  });

  it('validate-contributed-csv.ts reports the messy fixture row by row and exits 1', async () => {
    const r = await example('validate-contributed-csv.ts', [join(root, 'test/fixtures/validate/incident-messy.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("row 2, field `date`: '2017-02-30' is not a real calendar date");
    expect(r.stdout).toMatch(/7 rows = 0 valid \+ 7 invalid/);
  });

  it('hostile-datapackage.ts reads nothing outside the folder, fetches nothing, counts every bad record', async () => {
    const r = await example('hostile-datapackage.ts', [join(out, 'hostile')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('leaves the package folder');
    expect(r.stdout).toContain('pass --allow-remote');
    expect(r.stdout).toContain('1 rows = 0 valid + 1 invalid');
    expect(r.stdout).toContain('prototype untouched: true');
    expect(r.stdout).not.toContain('inc-secret');
  });

  it('convert-and-template.ts writes every format and leaves restricted records out', async () => {
    const r = await example('convert-and-template.ts');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/left out 1 restricted record/);
  });

  it('import-mmp-figure.ts without the MMP file says so in one line and exits 2', async () => {
    const r = await example('import-mmp-figure.ts', [], { SMUGGLING_EVIDENCE_EXTERNAL: out });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^import-mmp-figure: .*Missing_Migrants_Global_Figures\.csv is absent; pass the path of an MMP export/);
    expect(r.stderr!.trim().split('\n')).toHaveLength(1);
  });

  it('column-batches.ts sums typed columns of valid records and prints the report counts', async () => {
    const r = await example('column-batches.ts');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2015: 750 dead, 272 missing$/m);
    expect(r.stdout).toMatch(/records: \d+ valid, 0 invalid/);
  });

  it('published-facts.ts recomputes the Protocol status and keeps UK units apart', async () => {
    const r = await example('published-facts.ts');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Smuggling Protocol, as at 2024-04-26: 152 parties, 112 signatories (UNTC).');
    expect(r.stdout).toContain('(UN News, November 2003): 40.');
    expect(r.stdout).toMatch(/^25 published fees: /m);
    expect(r.stdout).toContain('  prosecutions (offences): 55');
  });

  it.skipIf(!hasExternal)('import-mmp-figure.ts reproduces the published 2021 Mediterranean figure (2,048)', async () => {
    const r = await example('import-mmp-figure.ts', [join(external, 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv'), '2021', 'mediterranean']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2,048 dead and missing');
  });
});
