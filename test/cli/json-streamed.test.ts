// A JSON array file is streamed by every command (validate, convert, summarize, report's loader): the same
// answers as its NDJSON twin, and a syntax error far into the file is one line naming line and column, exit 2.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCSV, toJSON, toNDJSON } from 'smuggling-evidence';
import { loadRecordFile, loadRecordFileStreamed } from '../../src/cli/read-records.js';
import { ensureBuilt, runCli } from '../helpers/built-cli.js';

let dir: string;
let json: string;
let ndjson: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'se-json-cli-'));
  // The example incidents repeated with new ids: 4,000 records, several 64 KiB chunks and loader batches.
  const examples = fromCSV(readFileSync(new URL('../../examples/data/incident.csv', import.meta.url)), { type: 'incident' }).records;
  const records = Array.from({ length: 4000 }, (_, i) => ({ ...examples[i % examples.length], id: `inc-json-${i}` }));
  json = join(dir, 'incident.json');
  ndjson = join(dir, 'incident.ndjson');
  writeFileSync(json, toJSON(records, 'incident').text);
  writeFileSync(ndjson, toNDJSON(records, 'incident').text);
  const text = readFileSync(json, 'utf8');
  // A broken record near the end: `"dead": ,`
  writeFileSync(join(dir, 'late-error.json'), text.replace('"id": "inc-json-3990",', '"id": "inc-json-3990", "dead": ,'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('JSON array files in the CLI', () => {
  it('validate reads every record', () => {
    const r = runCli(['validate', json, '--type', 'incident', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    // toJSON leaves the restricted examples out: every record the file holds is read.
    const held = (readFileSync(json, 'utf8').match(/"id": "inc-json-/g) ?? []).length;
    expect(held).toBeGreaterThan(3000);
    expect(JSON.parse(r.stdout).stats).toMatchObject({ rows: held, valid: held });
  });

  it('convert writes what the NDJSON twin holds', () => {
    const r = runCli(['convert', json, '--type', 'incident', '--to', 'ndjson', '--out', join(dir, 'out.ndjson')]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'out.ndjson'), 'utf8')).toBe(readFileSync(ndjson, 'utf8'));
  });

  it('summarize gives the NDJSON twin\'s summary', () => {
    const a = runCli(['summarize', json, '--type', 'incident', '--by', 'year,route', '--format', 'json']);
    const b = runCli(['summarize', ndjson, '--type', 'incident', '--by', 'year,route', '--format', 'json']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('a syntax error near the end is one line with line and column, exit 2, nothing written', () => {
    const text = readFileSync(join(dir, 'late-error.json'), 'utf8');
    const at = text.indexOf('"dead": ,') + '"dead": '.length;
    const line = text.slice(0, at).split('\n').length;
    const column = at - text.lastIndexOf('\n', at - 1);
    for (const args of [['validate'], ['convert', '--to', 'csv'], ['summarize', '--by', 'year']]) {
      const r = runCli([...args.slice(0, 1), join(dir, 'late-error.json'), '--type', 'incident', ...args.slice(1)]);
      expect(r.code, `${args[0]}: ${r.stderr}`).toBe(2);
      expect(r.stdout, args[0]).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines, args[0]).toHaveLength(1);
      expect(lines[0], args[0]).toMatch(new RegExp(`not valid JSON: unexpected ",.*" at line ${line}, column ${column}$`));
      expect(lines[0]).not.toMatch(/\bat .*\.js:\d+/);
    }
  });

  it('the report\'s loader reads a file in chunks with what the whole-file loader gives', async () => {
    for (const file of [json, ndjson, join(dir, 'late-error.json'), join(dir, 'missing.json')]) {
      const whole = (() => { try { return loadRecordFile(file, 'incident'); } catch (err) { return (err as Error).message; } })();
      const streamed = await loadRecordFileStreamed(file, 'incident').catch((err: Error) => err.message);
      expect(streamed, file).toEqual(whole);
    }
  });
});
