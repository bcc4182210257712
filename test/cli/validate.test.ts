import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFile, type ValidateFileOptions } from '../../src/validate/node-validate-file.js';
import { ensureBuilt, runCli } from '../helpers/built-cli.js';

const fixtures = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));

beforeAll(() => ensureBuilt(), 200_000);

// [fixture, extra CLI flags, the same as API options, expected exit code]
const cases: [string, string[], ValidateFileOptions, number][] = [
  ['incident-valid.csv', [], {}, 0],
  ['incident-messy.csv', [], {}, 1],
  ['incident-messy.csv', ['--max-errors', '3'], { maxErrors: 3 }, 1],
  ['incident-messy.csv', ['--group-char', ','], { groupChar: ',' }, 1],
  ['incident-excel.csv', [], {}, 0],
  ['incident.json', [], {}, 1],
  ['incident.ndjson', [], {}, 1],
  ['no-type.csv', ['--type', 'incident'], { type: 'incident' }, 1],
  ['dataset', [], {}, 1],
  ['package/datapackage.json', [], {}, 1],
  ['package', [], {}, 1],
];

describe('smuggling-evidence validate: the CLI and the API agree on every fixture', () => {
  it.each(cases)('%s %j → exit %i', async (fixture, flags, options, exit) => {
    const path = fixtures + fixture;
    const cli = runCli(['validate', path, '--format', 'json', ...flags]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(exit);
    const api = await validateFile(path, { ...options, requireType: true });
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(api)));
    expect(api.stats.rows).toBe(api.stats.valid + api.stats.invalid);
    expect(api.valid).toBe(exit === 0);
  });
});

describe('smuggling-evidence validate: the JSON report', () => {
  it('has the documented shape and row numbers', () => {
    const out = JSON.parse(runCli(['validate', fixtures + 'incident-messy.csv', '--format', 'json']).stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['valid', 'type', 'stats', 'errors', 'warnings']));
    expect(Object.keys(out.stats).sort()).toEqual(['errors', 'invalid', 'rows', 'valid', 'warnings']);
    for (const e of out.errors) expect(Object.keys(e)).toEqual(expect.arrayContaining(['row', 'field', 'code', 'message']));
    expect(out.errors.find((e: any) => e.value === '1,022')).toMatchObject({ row: 2, field: 'dead_and_missing', code: 'type-error' });
    expect(out.errors.find((e: any) => e.code === 'blank-row')).toMatchObject({ row: 5, field: null });
  });
  it('--max-errors caps the list, keeps the counts and sets partial', () => {
    const out = JSON.parse(runCli(['validate', fixtures + 'incident-messy.csv', '--format', 'json', '--max-errors', '3']).stdout);
    expect(out.errors).toHaveLength(3);
    expect(out.stats.errors).toBeGreaterThan(3);
    expect(out.partial).toBe(true);
  });
  it('a dataset report has type "dataset", files and a file on every issue', () => {
    const out = JSON.parse(runCli(['validate', fixtures + 'dataset', '--format', 'json']).stdout);
    expect(out.type).toBe('dataset');
    expect(out.files).toHaveLength(5);
    expect(out.errors.every((e: any) => typeof e.file === 'string')).toBe(true);
  });
});

describe('smuggling-evidence validate: text for people', () => {
  it('prints a summary line, then errors grouped by field, uncoloured when not a terminal', () => {
    const r = runCli(['validate', fixtures + 'incident-messy.csv']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toMatch(/^✗ invalid  .*incident-messy\.csv \(incident\): 7 rows: 0 valid, 7 invalid; \d+ errors, 2 warnings$/);
    expect(r.stdout).toContain('`dead_and_missing`: 2 errors');
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });
  it('says so when everything is valid', () => {
    const r = runCli(['validate', fixtures + 'incident-valid.csv']);
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, expect.stringMatching(/^✓ valid .*3 rows, all valid; 0 errors, 1 warning$/)]);
  });
});

describe('smuggling-evidence validate: exit code 2, one line, never a stack trace', () => {
  it.each([
    ['a file whose type cannot be told', ['no-type.csv'], /pass --type/],
    ['an empty file', ['empty.csv'], /empty/],
    ['binary garbage', ['garbage.csv'], /zip archive/],
    ['invalid JSON', ['bad.json'], /not valid JSON.*line 2, column 9/],
    ['a missing file', ['missing.csv'], /no such file or folder/],
    ['an unknown type', ['incident-valid.csv', '--type', 'incidents'], /--type must be one of/],
    ['an unknown format', ['incident-valid.csv', '--format', 'xml'], /--format must be one of text, json/],
    ['a bad --max-errors', ['incident-valid.csv', '--max-errors', 'lots'], /whole number/],
    ['an unknown flag', ['incident-valid.csv', '--strict'], /--strict/],
    ['no input', [], /needs a file/],
  ])('%s', (_, args, message) => {
    const r = runCli(['validate', ...args], fixtures);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('--help prints the usage', () => {
    const r = runCli(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('smuggling-evidence validate <file|folder|datapackage.json|->...');
  });
});
