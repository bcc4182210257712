// The package as a user installs it: `npm pack`, then `npm install <tgz>` in an empty
// folder (from npm's cache; no network needed once the cache is warm), then the CLI
// through npm's bin link (`npx`, node_modules/.bin, a symlink) and the library from an
// ESM script and a TypeScript project.
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, repoRoot as root } from '../helpers/built-cli.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let app: string;

beforeAll(() => {
  ensureBuilt();
  app = realpathSync(mkdtempSync(join(tmpdir(), 'se-install-')));
  // --ignore-scripts: dist/ is already built, and prepack's rebuild would empty dist/ under
  // the test files running beside this one. scripts/check-package.sh packs with prepack.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: root, encoding: 'utf8' });
  const tgz = join(app, JSON.parse(out)[0].filename);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tgz], { cwd: app, encoding: 'utf8' });
  copyFileSync(join(root, 'test/fixtures/validate/incident-messy.csv'), join(app, 'their.csv'));
}, 180_000);

/** Run a command in the consumer folder; never throws on a non-zero exit. */
function inApp(command: string, args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.SMUGGLING_EVIDENCE_DEBUG; // a user's run: no stack trace
  const r = spawnSync(command, args, { cwd: app, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const npx = (...args: string[]) => inApp('npx', ['--no-install', 'smuggling-evidence', ...args]);
const shipped = 'node_modules/smuggling-evidence/examples/data';

describe('the CLI installed from the packed tarball', () => {
  it('prints its version through npx', () => {
    const r = npx('--version');
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('exits 0 on a valid file', () => {
    const r = npx('validate', `${shipped}/incident.csv`, '--type', 'incident');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✓ valid .*incident\.csv \(incident\): 7 rows, all valid/);
  });

  it('exits 1 on an invalid file, with the report on stdout', () => {
    const r = npx('validate', 'their.csv', '--type', 'incident');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ invalid  their.csv (incident): 7 rows: 0 valid, 7 invalid');
    expect(r.stdout).toContain("row 3, field `date`: '2017-02-30' is not a real calendar date");
    expect(r.stderr).toBe('');
  });

  it('gives the JSON report an installed CI job would parse', () => {
    const r = npx('validate', 'their.csv', '--type', 'incident', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ valid: false, type: 'incident', stats: { rows: 7, valid: 0, invalid: 7 } });
  });

  it('summarizes a shipped file', () => {
    const r = npx('summarize', `${shipped}/incident.csv`, '--type', 'incident', '--by', 'year', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^year,records,/);
    expect(r.stdout).toMatch(/^2015,/m);
  });

  it('writes the codebook', () => {
    const r = npx('codebook');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stdout).toContain('dead_and_missing');
  });

  it('runs through node_modules/.bin and through a symlink with another name', () => {
    const bin = inApp(join(app, 'node_modules/.bin/smuggling-evidence'), ['validate', 'their.csv', '--type', 'incident']);
    expect(bin.code).toBe(1);
    expect(bin.stdout).toContain('✗ invalid');
    const link = join(app, 'linked-cli');
    symlinkSync(join(app, 'node_modules/smuggling-evidence/dist/cli.js'), link);
    expect(inApp(process.execPath, [link, '--version']).stdout).toBe(`${pkg.version}\n`);
    expect(inApp(process.execPath, [link, 'validate', 'their.csv', '--type', 'incident']).code).toBe(1);
  });

  it('ends quietly when the reader of its output goes away (| head)', () => {
    const r = spawnSync('sh', ['-c', 'npx --no-install smuggling-evidence codebook | head -n 1'], { cwd: app, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^# /);
    expect(r.stderr).toBe('');
  });
});

describe('without the optional peer dependency @duckdb/node-api', () => {
  const version = pkg.peerDependencies['@duckdb/node-api'];
  const install = `npm install -E @duckdb/node-api@${version}`;

  it('is what a plain install gives (npm does not install optional peers)', () => {
    expect(pkg.peerDependenciesMeta['@duckdb/node-api']).toEqual({ optional: true });
    expect(existsSync(join(app, 'node_modules/@duckdb/node-api'))).toBe(false);
  });

  it('summarize --engine duckdb names the package and how to install it, in one line, and exits 2', () => {
    const r = npx('summarize', `${shipped}/incident.csv`, '--type', 'incident', '--by', 'year', '--engine', 'duckdb');
    expect(r).toEqual({ code: 2, stdout: '', stderr: `error: the DuckDB engine needs the optional package @duckdb/node-api: ${install}\n` });
  });

  it('convert --to parquet names it too, writes nothing, and exits 2', () => {
    const r = npx('convert', `${shipped}/incident.csv`, '--type', 'incident', '--to', 'parquet', '--out', 'out/incidents.parquet');
    expect(r).toEqual({ code: 2, stdout: '', stderr: `error: Parquet output needs the optional package @duckdb/node-api: ${install}\n` });
    expect(existsSync(join(app, 'out'))).toBe(false);
  });

  it('the other summaries need no DuckDB', () => {
    expect(npx('summarize', `${shipped}/incident.csv`, '--type', 'incident', '--by', 'year', '--engine', 'memory').code).toBe(0);
  });
});

describe('the library installed from the packed tarball', () => {
  it('imports from an ESM script: main entry, node entry and a schema subpath', () => {
    writeFileSync(
      join(app, 'check.mjs'),
      `import { getValidator, recordTypes } from 'smuggling-evidence';
import * as node from 'smuggling-evidence/node';
import schema from 'smuggling-evidence/schemas/incident.schema.json' with { type: 'json' };
const validate = getValidator('incident');
const ok = validate({ id: 'inc-1', themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public',
  date: '2017', date_precision: 'year', country: 'TUR', count_convention: 'minimum' });
console.log(JSON.stringify({ ok, types: recordTypes.length, node: typeof node.getValidator, title: schema.title }));
`,
    );
    const r = spawnSync(process.execPath, ['check.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, types: 9, node: 'function', title: 'Incident' });
  });

  it('validates the second half of a file on its worker thread, with the one-thread report', async () => {
    // @ts-expect-error: the bench generator is plain JavaScript
    const { writeIncidentCSV } = await import('../../bench/generate.mjs');
    await writeIncidentCSV(join(app, 'big.csv'), 12_000, { invalid: true });
    writeFileSync(
      join(app, 'split.mjs'),
      `import { validateFile } from 'smuggling-evidence/node';
const heard = [];
const two = await validateFile('big.csv', { type: 'incident', parallel: true, onSplit: (o) => heard.push(o) });
const one = await validateFile('big.csv', { type: 'incident', parallel: false });
console.log(JSON.stringify({ heard, same: JSON.stringify(two) === JSON.stringify(one), rows: two.stats.rows, errors: two.stats.errors }));
`,
    );
    const r = spawnSync(process.execPath, ['split.mjs'], { cwd: app, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ heard: ['merged'], same: true, rows: 12_000, errors: 24_000 });
  });

  it("type-checks a TypeScript consumer with the repository's tsc", () => {
    const dir = join(app, 'ts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['index.ts'],
      }),
    );
    writeFileSync(
      join(dir, 'index.ts'),
      `import { getValidator, recordTypes, type Incident, type RecordType } from 'smuggling-evidence';
import { loadCSV } from 'smuggling-evidence/node';
const types: readonly RecordType[] = recordTypes;
const incident: Incident = { id: 'inc-1', themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public',
  date: '2017', date_precision: 'year', country: 'TUR', count_convention: 'minimum' };
const ok: boolean = getValidator('incident')(incident);
// @ts-expect-error: not a record type
getValidator('incidents');
// Loaders told a record type return its interface: dead is number | undefined, no cast.
export async function deadOf(file: string): Promise<number | undefined> {
  return (await loadCSV(file, { type: 'incident' })).records[0].dead;
}
export async function wrong(file: string): Promise<string | undefined> {
  // @ts-expect-error: dead is a number
  return (await loadCSV(file, { type: 'incident' })).records[0].dead;
}
export { types, ok };
`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', dir], { cwd: dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
