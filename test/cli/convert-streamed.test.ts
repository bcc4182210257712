// `convert` streams CSV / JSON / NDJSON twice (check, then write) in bounded memory; the
// bytes it writes must be those the whole-file writers give, across many batches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCSV, toCSV, toJSON, toNDJSON } from 'smuggling-evidence';
import { cliPath, ensureBuilt, runCli } from '../helpers/built-cli.js';

let dir: string;
let big: string;
let expected: ReturnType<typeof fromCSV<"incident">>;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'se-convert-'));
  // The example incidents repeated with new ids: 3,500 records, several loader batches.
  const [header, ...rows] = readFileSync(new URL('../../examples/data/incident.csv', import.meta.url), 'utf8').trim().split('\n');
  const lines = [header];
  for (let i = 0; lines.length <= 3500; i++) for (const r of rows) lines.push(r.replace(/^inc-([^,]+)/, `inc-$1-copy${i}`));
  big = join(dir, 'big.csv');
  writeFileSync(big, lines.slice(0, 3501).join('\n') + '\n');
  expected = fromCSV(readFileSync(big), { type: 'incident' });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convert streams and writes what the whole-file writers write', () => {
  it('csv, json and ndjson, to a file and to stdout', () => {
    expect(expected.records).toHaveLength(3500);
    const want = {
      csv: toCSV(expected.records, 'incident').text,
      json: toJSON(expected.records, 'incident').text,
      ndjson: toNDJSON(expected.records, 'incident').text,
    };
    for (const to of ['csv', 'json', 'ndjson'] as const) {
      const out = join(dir, `out.${to}`);
      const r = runCli(['convert', big, '--type', 'incident', '--to', to, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out, 'utf8'), to).toBe(want[to]);
      const piped = spawnSync(process.execPath, [cliPath, 'convert', big, '--type', 'incident', '--to', to], { encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(piped.stdout, `${to} to stdout`).toBe(want[to]);
    }
  });

  it('round-trips: the NDJSON written converts back to the same CSV', () => {
    const nd = join(dir, 'back.ndjson');
    expect(runCli(['convert', big, '--type', 'incident', '--to', 'ndjson', '--out', nd]).code).toBe(0);
    const csv = join(dir, 'back.csv');
    expect(runCli(['convert', nd, '--type', 'incident', '--to', 'csv', '--out', csv]).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toBe(toCSV(expected.records, 'incident').text);
  });

  it('an invalid record late in a big file: nothing written, the count and the row named', () => {
    const bad = join(dir, 'bad.csv');
    const text = readFileSync(big, 'utf8').split('\n');
    text[3000] = text[3000].replace(/^[^,]+/, 'INC-BAD');
    writeFileSync(bad, text.join('\n'));
    const out = join(dir, 'never.csv');
    const r = runCli(['convert', bad, '--type', 'incident', '--to', 'csv', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1 of 3500 record(s) invalid; nothing written');
    expect(r.stderr).toMatch(/row 3001/);
    expect(() => readFileSync(out)).toThrow();
  });
});
