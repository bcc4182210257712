// Every script in examples/ runs as a user would run it (npx tsx examples/x.ts ...),
// and prints what its header comment promises.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const out = mkdtempSync(join(tmpdir(), 'se-examples-'));
const external = resolve(root, '../shared/data/external');
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function example(name: string, args: string[] = []) {
  try {
    const { stdout } = await run(tsx, ['--tsconfig', join(root, 'tsconfig.json'), join(root, 'examples', name), ...args], { cwd: out });
    return { code: 0, stdout };
  } catch (err: any) {
    return { code: err.code as number, stdout: String(err.stdout), stderr: String(err.stderr) };
  }
}

describe('examples/', () => {
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

  it('validate-contributed-csv.ts reports the messy fixture row by row and exits 1', async () => {
    const r = await example('validate-contributed-csv.ts', [join(root, 'test/fixtures/validate/incident-messy.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("row 2, field `date`: '2017-02-30' is not a real calendar date");
    expect(r.stdout).toMatch(/7 rows = 0 valid \+ 7 invalid/);
  });

  it('convert-and-template.ts writes every format and leaves restricted records out', async () => {
    const r = await example('convert-and-template.ts');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/left out 1 restricted record/);
  });

  it.skipIf(!existsSync(external))('count-the-dead-once.ts links two MMP vintages and counts each incident once', async () => {
    const r = await example('count-the-dead-once.ts', [external]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/linked \d{4} incidents of 2020 to 2022; union: \d+ incidents/);
    expect(r.stdout).toContain('SDG 10.7.3, custodian IOM; minimum estimates; data vintages 2020;2022');
  }, 180_000);

  it.skipIf(!existsSync(external))('import-mmp-figure.ts reproduces the published 2021 Mediterranean figure (2,048)', async () => {
    const r = await example('import-mmp-figure.ts', [join(external, 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv'), '2021', 'mediterranean']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2,048 dead and missing');
  });
});
if (!existsSync(external)) console.warn(`skipping the MMP example: ${external} is absent (public data kept outside the repo)`);
