// What people expect of a command-line tool, through the built CLI: "-" for standard input,
// several inputs in one call, folders and datapackage.json where a file is expected, and
// colour that follows NO_COLOR, FORCE_COLOR and TERM=dumb.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, repoRoot, runCli } from '../helpers/built-cli.js';

const fixtures = join(repoRoot, 'test/fixtures/validate');
const valid = join(repoRoot, 'examples/data/incident.csv');
const messy = join(fixtures, 'incident-messy.csv');
const ESC = '\x1b[';

beforeAll(() => ensureBuilt(), 200_000);

describe('"-" reads standard input', () => {
  it('validates CSV from a pipe, with --type', () => {
    const r = runCli(['validate', '-', '--type', 'incident'], repoRoot, { input: readFileSync(messy) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ invalid  stdin (incident): 7 rows: 0 valid, 7 invalid');
    expect(r.stdout).toContain("row 3, field `date`: '2017-02-30' is not a real calendar date");
  });

  it('tells NDJSON and JSON from their first character, and --input-format says it outright', () => {
    const ndjson = readFileSync(join(fixtures, 'incident.ndjson'));
    const file = JSON.parse(runCli(['validate', join(fixtures, 'incident.ndjson'), '--format', 'json']).stdout);
    const piped = JSON.parse(runCli(['validate', '-', '--type', 'incident', '--format', 'json'], repoRoot, { input: ndjson }).stdout);
    expect(piped).toMatchObject({ file: 'stdin', format: 'ndjson', stats: file.stats });
    expect(piped.errors.map((e: { row: number }) => e.row)).toEqual(file.errors.map((e: { row: number }) => e.row));
    const json = JSON.parse(runCli(['validate', '-', '--type', 'incident', '--format', 'json'], repoRoot, { input: readFileSync(join(fixtures, 'incident.json')) }).stdout);
    expect(json.format).toBe('json');
    // Told it is one JSON array, NDJSON is a syntax error: the option wins over sniffing.
    const forced = runCli(['validate', '-', '--type', 'incident', '--input-format', 'json'], repoRoot, { input: ndjson });
    expect(forced).toMatchObject({ code: 2, stdout: '' });
    expect(forced.stderr).toMatch(/^error: standard input: .*\n$/);
  });

  it('exits 2 in one line when standard input has no record type or is empty', () => {
    const untyped = runCli(['validate', '-'], repoRoot, { input: 'a,b\n1,2\n' });
    expect(untyped).toMatchObject({ code: 2, stdout: '' });
    expect(untyped.stderr).toMatch(/^error: cannot tell the record type of standard input: pass --type/);
    const empty = runCli(['validate', '-', '--type', 'incident'], repoRoot, { input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('summarizes and converts standard input', () => {
    const csv = readFileSync(valid);
    const fromFile = runCli(['summarize', valid, '--type', 'incident', '--by', 'year', '--format', 'csv']);
    const fromPipe = runCli(['summarize', '-', '--type', 'incident', '--by', 'year', '--format', 'csv'], repoRoot, { input: csv });
    expect(fromPipe.code).toBe(0);
    expect(fromPipe.stdout).toBe(fromFile.stdout);
    const converted = runCli(['convert', '-', '--type', 'incident', '--to', 'ndjson'], repoRoot, { input: csv });
    expect(converted.code).toBe(0);
    expect(converted.stdout.trim().split('\n')[0]).toContain('"id":"inc-mmp-2015.MMP00108"');
  });
});

describe('validate takes several inputs', () => {
  it('prints one report each and exits with the worst code', () => {
    const r = runCli(['validate', valid, messy, '--type', 'incident']);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/^[✓✗] (in)?valid /gm)).toEqual(['✓ valid ', '✗ invalid ']);
  });

  it('gives a JSON array, one object per input, with an unreadable input as { file, valid: false, error }', () => {
    const missing = join(fixtures, 'no-such-file.csv');
    const r = runCli(['validate', valid, join(fixtures, 'dataset'), missing, '--type', 'incident', '--format', 'json']);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.stdout);
    expect(reports.map((x: { file: string; valid: boolean }) => [x.file, x.valid])).toEqual([
      [valid, true],
      [join(fixtures, 'dataset'), false],
      [missing, false],
    ]);
    expect(reports[1].type).toBe('dataset');
    expect(reports[2].error).toMatch(/no such file/);
    expect(r.stderr).toMatch(/^error: .*no-such-file\.csv/);
  });

  it('checks every input even when none can be read: one error line each, exit 2', () => {
    const r = runCli(['validate', 'a.csv', 'b.csv'], fixtures);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.trim().split('\n')).toEqual(['error: no such file or folder: a.csv', 'error: no such file or folder: b.csv']);
  });

  it('keeps the single-object JSON shape for one input', () => {
    const r = runCli(['validate', valid, '--format', 'json']);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(false);
  });
});

describe('summarize takes a folder or a datapackage.json', () => {
  it('summarizes the files of --type in a shipped dataset, the same as naming the file', () => {
    const folder = runCli(['summarize', join(repoRoot, 'datasets/istanbul-2017'), '--type', 'source', '--by', 'year', '--format', 'json']);
    const descriptor = runCli(['summarize', join(repoRoot, 'datasets/istanbul-2017/datapackage.json'), '--type', 'source', '--by', 'year', '--format', 'json']);
    expect(folder.code).toBe(0);
    expect(folder.stdout).toBe(descriptor.stdout);
    const records = JSON.parse(folder.stdout).reduce((n: number, r: { records: number }) => n + r.records, 0);
    expect(records).toBeGreaterThan(0);
  });

  it('asks for --type when the dataset holds several types', () => {
    const r = runCli(['summarize', join(repoRoot, 'datasets/istanbul-2017'), '--by', 'year']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: .*istanbul-2017 holds .*source.* records: give --type to choose one\n$/);
  });
});

describe('colour', () => {
  const first = (env: Record<string, string | undefined>) => runCli(['validate', messy, '--type', 'incident'], repoRoot, { env }).stdout.split('\n')[0];
  it('is off when piped, on with FORCE_COLOR, off with FORCE_COLOR=0, NO_COLOR or TERM=dumb', () => {
    expect(first({ NO_COLOR: undefined })).not.toContain(ESC);
    expect(first({ NO_COLOR: undefined, FORCE_COLOR: '1' })).toContain(ESC);
    expect(first({ NO_COLOR: undefined, FORCE_COLOR: '0' })).not.toContain(ESC);
    expect(first({ NO_COLOR: '1', FORCE_COLOR: '1' })).not.toContain(ESC);
    expect(first({ NO_COLOR: undefined, TERM: 'dumb' })).not.toContain(ESC);
  });
});
