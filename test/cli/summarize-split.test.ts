// `summarize` on a file big enough to be read on two threads (100k rows, ~19 MB): both engines
// give the summary of its valid rows. A row whose id repeats one of the other half makes the
// split read the file again on one thread; its summary must be that of the file without the
// row (the repeat is invalid), for either engine. The worker filters its half's synthetic rows
// as this thread does (and, with --engine duckdb, stages its rows in a file of its own).
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

  it('leaves out the synthetic rows of either half, and counts them, as on one thread', () => {
    // An evidence_status column, with synthetic rows in both halves (the second half's are
    // filtered by the worker): the summary is that of the file without them, the note counts them.
    const flagged = new Set([5, 70_000, 90_000, 99_999]);
    const withStatus = lines.map((l, i) => (i === 0 ? `${l},evidence_status` : !l ? l : `${l},${flagged.has(i) ? 'synthetic' : ''}`));
    writeFileSync(join(dir, 'flagged.csv'), withStatus.join('\n'));
    writeFileSync(join(dir, 'unflagged.csv'), withStatus.filter((_, i) => !flagged.has(i)).join('\n'));
    expect(statSync(join(dir, 'flagged.csv')).size).toBeGreaterThan(16 * 2 ** 20);
    for (const engine of ['memory', 'duckdb']) {
      const r = runCli(['summarize', join(dir, 'flagged.csv'), '--type', 'incident', '--by', 'year,region', '--format', 'json', '--engine', engine]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr, engine).toContain('4 synthetic records left out');
      expect(r.stdout, engine).toBe(summary(join(dir, 'unflagged.csv'), engine));
      const all = runCli(['summarize', join(dir, 'flagged.csv'), '--type', 'incident', '--by', 'year,region', '--format', 'json', '--engine', engine, '--include-illustrative']);
      expect(all.stderr, engine).toContain('includes 4 synthetic records');
      expect(all.stdout, engine).toBe(summary(join(dir, 'gen.csv'), engine));
    }
  }, 180_000);
});
