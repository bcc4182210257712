// Hostile datapackages, built in temp folders: paths out of the package, links out, names that climb out of
// --out, remote resources, restricted values in messages, broken datasets. Every command keeps to its folders.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot, runCli } from '../helpers/built-cli.js';
import { fromCSV } from '../../src/read/from-csv.js';

// The example sources every hostile package carries beside its incident resource.
const exampleSources = fromCSV(readFileSync(join(repoRoot, 'examples/data/source.csv')), { type: 'source' }).records.length;

const examples = join(repoRoot, 'examples/data');
let tmp: string;
let server: Server;
let hits = 0;
let port = 0;

/** A dataset folder with examples' source.csv and the given descriptor resources. */
function pkg(name: string, resources: object[], descriptor: object = {}): string {
  const dir = join(tmp, name, 'pkg');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(examples, 'source.csv'), join(dir, 'source.csv'));
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ name, resources: [{ name: 'source', path: 'source.csv' }, ...resources], ...descriptor }));
  return dir;
}

/** A secret CSV outside every package: its values must never appear in an output. */
function secret(name: string): string {
  const dir = join(tmp, name, 'outside');
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(join(examples, 'incident.csv'), 'utf8').replace('Largest single shipwreck', 'SECRET-OUTSIDE-VALUE');
  writeFileSync(join(dir, 'incident.csv'), text);
  return join(dir, 'incident.csv');
}

const allFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)) : []);
const anyFileContains = (dir: string, text: string) => allFiles(dir).some((f) => { try { return readFileSync(f, 'utf8').includes(text); } catch { return false; } });

beforeAll(async () => {
  ensureBuilt();
  tmp = mkdtempSync(join(tmpdir(), 'se-hostile-'));
  server = createServer((_, res) => {
    hits++;
    res.end('id,record_type\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  port = (server.address() as { port: number }).port;
}, 200_000);
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('paths from a descriptor stay inside its folder', () => {
  const cases: [string, (name: string) => string][] = [
    ['"../outside/incident.csv"', (n) => (secret(n), '../outside/incident.csv')],
    ['an absolute path', (n) => secret(n)],
    ['a symbolic link pointing out', (n) => {
      const target = secret(n);
      const dir = join(tmp, n, 'pkg');
      mkdirSync(dir, { recursive: true });
      symlinkSync(target, join(dir, 'incident.csv'));
      return 'incident.csv';
    }],
    ['a file: URL', (n) => `file://${secret(n)}`],
  ];
  it.each(cases)('%s: validate and report refuse it (exit 1) and publish nothing from it', (_, make) => {
    const name = `p${Math.random().toString(36).slice(2, 8)}`;
    const path = make(name);
    const dir = pkg(name, [{ name: 'incident', path }]);
    const v = runCli(['validate', dir, '--format', 'json']);
    expect(v.code, v.stderr).toBe(1);
    const report = JSON.parse(v.stdout);
    expect(report.errors.map((e: { message: string }) => e.message).join('\n')).toMatch(/leaves the package folder|link to a file outside/);
    expect(report.stats.rows).toBe(exampleSources); // the sources only
    const out = join(tmp, name, 'out');
    const r = runCli(['report', dir, '--out', out]);
    expect(r.code, r.stderr).toBe(1);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toMatch(/leaves the package folder|link to a file outside|local files only/);
    expect(anyFileContains(out, 'SECRET-OUTSIDE-VALUE')).toBe(false);
    expect(md).not.toContain('inc-mmp-2015');
  });
});

describe('report writes inside --out only', () => {
  it('a dataset named "../../escaped" is written to a sanitised folder inside --out', () => {
    const root = join(tmp, 'names', 'datasets');
    for (const n of ['../../escaped', 'ok']) {
      const dir = join(root, n === 'ok' ? 'b' : 'a');
      mkdirSync(dir, { recursive: true });
      copyFileSync(join(examples, 'source.csv'), join(dir, 'source.csv'));
      writeFileSync(join(dir, 'datapackage.json'), JSON.stringify({ name: n, title: '<script>alert(1)</script>', resources: [{ name: 'source', path: 'source.csv' }] }));
    }
    const out = join(tmp, 'names', 'deep', 'out');
    const r = runCli(['report', root, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(tmp, 'names', 'escaped'))).toBe(false);
    expect(existsSync(join(tmp, 'escaped'))).toBe(false);
    expect(existsSync(join(out, 'escaped', 'report.md'))).toBe(true);
    const index = readFileSync(join(out, 'report.md'), 'utf8');
    expect(index).not.toContain('<script>');
    expect(index).toContain('(escaped/report.md)');
  });
});

describe('remote resources', () => {
  it('validate never fetches a URL without --allow-remote, and says how', () => {
    const dir = pkg('remote1', [{ name: 'incident', path: `http://127.0.0.1:${port}/incident.csv` }]);
    const before = hits;
    const v = runCli(['validate', dir]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('--allow-remote');
    expect(hits).toBe(before);
  });
  it('with --allow-remote, only https: is read (no request to http: addresses)', () => {
    const dir = pkg('remote2', [{ name: 'incident', path: `http://127.0.0.1:${port}/incident.csv` }]);
    const before = hits;
    const v = runCli(['validate', dir, '--allow-remote']);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('only https: URLs are read');
    expect(hits).toBe(before);
  });
  it('report reads no URL at all', () => {
    const dir = pkg('remote3', [{ name: 'incident', path: `https://127.0.0.1:${port}/incident.csv` }]);
    const before = hits;
    const r = runCli(['report', dir, '--out', join(tmp, 'remote3', 'out')]);
    expect(r.code).toBe(1);
    expect(hits).toBe(before);
  });
});

describe('report on a broken dataset exits 1, as validate does', () => {
  it('a missing resource file', () => {
    const dir = pkg('missing', [{ name: 'incident', path: 'incident.csv' }]);
    expect(runCli(['validate', dir]).code).toBe(1);
    const r = runCli(['report', dir, '--out', join(tmp, 'missing', 'out')]);
    expect(r.code, r.stderr).toBe(1);
  });
  it('a CSV lacking every required column', () => {
    const dir = pkg('nocolumns', [{ name: 'incident', path: 'incident.csv' }]);
    writeFileSync(join(dir, 'incident.csv'), 'colour,size\nred,1\nblue,2\n');
    expect(runCli(['validate', dir]).code).toBe(1);
    const r = runCli(['report', dir, '--out', join(tmp, 'nocolumns', 'out')]);
    expect(r.code, r.stderr).toBe(1);
  });
  it('a header-only CSV lacking the required columns', () => {
    const dir = pkg('headeronly', [{ name: 'incident', path: 'incident.csv' }]);
    writeFileSync(join(dir, 'incident.csv'), 'colour,size\n');
    expect(runCli(['validate', dir]).code).toBe(1);
    expect(runCli(['report', dir, '--out', join(tmp, 'headeronly', 'out')]).code).toBe(1);
  });
});

describe('restricted records never reach the report', () => {
  it('the Validation section names the problem of an invalid restricted record without its values', () => {
    const dir = pkg('restricted', [{ name: 'incident', path: 'incident.csv' }]);
    const lines = readFileSync(join(examples, 'incident.csv'), 'utf8').trim().split('\n');
    const header = lines[0].split(',');
    const row = lines[1].split(',');
    const at = (f: string) => header.indexOf(f);
    const bad = [...row];
    bad[at('id')] = 'inc-secret-1';
    bad[at('sensitivity')] = 'restricted';
    bad[at('dead')] = 'SECRET-DEAD-VALUE';
    bad[at('notes')] = 'SECRET-NOTE';
    const bad2 = [...bad];
    bad2[at('id')] = 'inc-secret-2';
    bad2[at('sensitivity')] = 'confidential';
    bad2[at('dead')] = '5';
    bad2[at('country')] = 'SECRET-COUNTRY';
    writeFileSync(join(dir, 'incident.csv'), [lines[0], lines[2], bad.join(','), bad2.join(',')].join('\n') + '\n');
    const out = join(tmp, 'restricted', 'out');
    const r = runCli(['report', dir, '--out', out]);
    expect(r.code).toBe(1);
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('## Validation');
    expect(md).toMatch(/value withheld: restricted or confidential record/);
    for (const s of ['SECRET-DEAD-VALUE', 'SECRET-NOTE', 'SECRET-COUNTRY', 'inc-secret']) expect(anyFileContains(out, s), s).toBe(false);
  });
});
