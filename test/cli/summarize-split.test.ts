// `summarize` on a file big enough to be read on two threads (100k rows, ~19 MB): both engines
// give the summary of its valid rows. A row whose id repeats one of the other half makes the
// split read the file again on one thread; its summary must be that of the file without the
// row (the repeat is invalid), for either engine.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench generator is plain JavaScript
import { writeIncidentCSV } from '../../bench/generate.mjs';
import { ensureBuilt, runCli } from '../helpers/built-cli.js';

let dir: string;
let lines: string[];

beforeAll(async () => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'se-summarize-split-'));
  await writeIncidentCSV(join(dir, 'gen.csv'), 100_000);
  lines = readFileSync(join(dir, 'gen.csv'), 'utf8').split('\n');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summary = (file: string, engine: string) => {
  const r = runCli(['summarize', file, '--type', 'incident', '--by', 'year,region', '--format', 'json', '--skip-invalid', '--engine', engine]);
  expect([0, 1], r.stderr).toContain(r.code); // 1: a record is invalid (the summary is of the valid ones)
  return r.stdout;
};

describe('summarize on two threads', () => {
  it('gives the summary of the valid rows when an id of the second half repeats the first', () => {
    const dup = [...lines];
    const at = 80_000;
    dup[at] = lines[1].split(',')[0] + lines[at].slice(lines[at].indexOf(','));
    const without = lines.filter((_, i) => i !== at);
    writeFileSync(join(dir, 'dup.csv'), dup.join('\n'));
    writeFileSync(join(dir, 'without.csv'), without.join('\n'));
    expect(statSync(join(dir, 'dup.csv')).size).toBeGreaterThan(16 * 2 ** 20);
    for (const engine of ['memory', 'duckdb']) {
      expect(summary(join(dir, 'dup.csv'), engine), engine).toBe(summary(join(dir, 'without.csv'), engine));
    }
    expect(summary(join(dir, 'dup.csv'), 'duckdb')).toBe(summary(join(dir, 'dup.csv'), 'memory'));
  }, 120_000);
});
