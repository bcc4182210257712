// A big CSV file is validated on two threads (the second half in a worker) and gives the
// report one thread gives: same counts, issues, messages and flags. Each file below is made
// so that one way of ending the split is taken — the worker's part merged as counts, this
// thread reading on, the file read again — and the report is compared with `parallel: false`.
// The worker is the built one (dist/node-worker.js), as an installed package runs it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the bench generator is plain JavaScript
import { writeIncidentCSV } from '../../bench/generate.mjs';
import { ensureBuilt, repoRoot } from '../helpers/built-cli.js';

type Lib = typeof import('../../src/node.js');
let lib: Lib;
let dir: string;
let valid: string; // the text of 12,000 valid rows
let invalid: string; // 12,000 rows, each with two errors

beforeAll(async () => {
  ensureBuilt();
  lib = (await import(join(repoRoot, 'dist/node.js'))) as Lib;
  dir = mkdtempSync(join(tmpdir(), 'se-split-'));
  await writeIncidentCSV(join(dir, 'valid.csv'), 12_000);
  await writeIncidentCSV(join(dir, 'invalid.csv'), 12_000, { invalid: true });
  valid = readFileSync(join(dir, 'valid.csv'), 'utf8');
  invalid = readFileSync(join(dir, 'invalid.csv'), 'utf8');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Both reports of a file, and how the split ended. */
async function both(name: string, content: string | Buffer, options: Record<string, unknown> = {}) {
  const file = join(dir, name);
  writeFileSync(file, content);
  const outcomes: string[] = [];
  const split = await lib.validateFile(file, { type: 'incident', today: '2026-12-01', ...options, parallel: true, onSplit: (o) => outcomes.push(o) });
  const one = await lib.validateFile(file, { type: 'incident', today: '2026-12-01', ...options, parallel: false, onSplit: (o) => outcomes.push(`one thread: ${o}`) });
  return { split, one, outcome: outcomes.join(', ') };
}

/** The text with `row` (1-based data row) changed by `edit`. */
function editRow(text: string, row: number, edit: (line: string) => string): string {
  const lines = text.split('\n');
  lines[row] = edit(lines[row]);
  return lines.join('\n');
}

/** The text with cell `k` of data row `row` set to `value` (the first ten cells hold no comma). */
const setCell = (text: string, row: number, k: number, value: string) => editRow(text, row, (l) => l.split(',').map((c, j) => (j === k ? value : c)).join(','));
/** A source quality out of its range 1–5: an error. */
const badCount = (text: string, row: number) => setCell(text, row, 4, '9');

describe('validateFile on two threads', () => {
  it('merges the second half of a valid file as counts', async () => {
    const { split, one, outcome } = await both('valid-copy.csv', valid);
    expect(outcome).toBe('merged');
    expect(split).toEqual(one);
    expect(split.stats).toMatchObject({ rows: 12_000, valid: 12_000, invalid: 0 });
  });

  it('merges an all-invalid second half once the error list is full (its errors are only counted)', async () => {
    const { split, one, outcome } = await both('invalid-copy.csv', invalid);
    expect(outcome).toBe('merged');
    expect(split).toEqual(one);
    expect(split.partial).toBe(true);
    expect(split.stats.errors).toBe(24_000);
  });

  it('merges under a small error cap, the counts exact', async () => {
    const many = badCount(badCount(badCount(valid, 10), 20), 11_000);
    const { split, one, outcome } = await both('capped.csv', many, { maxErrors: 2 });
    expect(outcome).toBe('merged');
    expect(split).toEqual(one);
    expect(split.stats.invalid).toBe(3);
  });

  it('reads on by itself when the second half has issues the report must list', async () => {
    const text = badCount(valid, 11_000);
    const { split, one, outcome } = await both('late-error.csv', text);
    expect(outcome).toBe('whole');
    expect(split).toEqual(one);
    expect(split.errors).toHaveLength(1);
    expect(split.errors[0].row).toBe(11_001);
  });

  it('reads the file again when an id of the second half repeats one of the first', async () => {
    const firstId = valid.split('\n')[1].split(',')[0];
    const text = editRow(valid, 11_500, (l) => firstId + l.slice(l.indexOf(',')));
    const { split, one, outcome } = await both('dup.csv', text);
    expect(outcome).toBe('again');
    expect(split).toEqual(one);
    expect(split.errors.map((e) => e.code)).toEqual(['primary-key']);
  });

  it('reads on when the cut falls inside a quoted cell with line breaks', async () => {
    const rows = valid.split('\n');
    let middle = Math.floor(rows.length / 2);
    while (rows[middle].includes('"')) middle++; // a row whose last cell is not quoted
    // Its notes: a quoted cell whose lines are themselves valid rows. The first line feed
    // past the middle byte is inside it, so the worker reads those lines as rows and finds
    // nothing wrong; only this thread's reader knows the cut is no row boundary.
    const inner = rows.slice(1, 400).filter((r) => !r.includes('"')).map((r, i) => r.replace(/^[^,]*/, `inc-inner-${i}`));
    const cell = '"\n' + inner.join('\n') + '"';
    const text = [...rows.slice(0, middle), rows[middle].replace(/[^,]*$/, cell), ...rows.slice(middle + 1)].join('\n');
    const start = rows.slice(0, middle).join('\n').length;
    expect(text.length / 2).toBeGreaterThan(start);
    expect(text.length / 2).toBeLessThan(start + cell.length - 1000);
    const { split, one, outcome } = await both('multiline.csv', text);
    expect(outcome).toBe('whole');
    expect(split).toEqual(one);
    expect(split.stats.rows).toBe(12_000);
  });

  it('reads on when the second half is not UTF-8 (the first half decides the encoding)', async () => {
    const bytes = Buffer.from(valid, 'utf8');
    const at = bytes.indexOf('Synthetic benchmark row', Math.floor(bytes.length * 0.75));
    bytes[at] = 0xe9; // a Windows-1252 é where UTF-8 needs more bytes
    const { split, one, outcome } = await both('latin1.csv', bytes);
    expect(outcome).toBe('whole');
    expect(split).toEqual(one);
    expect(split.encoding).toBe(one.encoding);
  });

  it('reads on when the second half has a warning the report must list, merges once the lists are full', async () => {
    const late = await both('late-warning.csv', setCell(valid, 11_000, 10, '-1'));
    expect(late.outcome).toBe('whole');
    expect(late.split).toEqual(late.one);
    expect(late.split.warnings.map((w) => w.code)).toEqual(['negative-count']);
    const full = await both('full-warnings.csv', setCell(setCell(valid, 5, 10, '-1'), 11_000, 10, '-2'), { maxErrors: 1 });
    expect(full.outcome).toBe('merged');
    expect(full.split).toEqual(full.one);
    expect(full.split.stats.warnings).toBe(2);
  });

  it('merges CRLF files and files without a last line break', async () => {
    const crlf = await both('crlf.csv', valid.replaceAll('\n', '\r\n'));
    expect(crlf.outcome).toBe('merged');
    expect(crlf.split).toEqual(crlf.one);
    const open = await both('no-last-break.csv', valid.replace(/\n$/, ''));
    expect(open.outcome).toBe('merged');
    expect(open.split).toEqual(open.one);
    expect(open.split.stats.rows).toBe(12_000);
  });

  it('keeps one thread without a record type, for small files by default, and when told', async () => {
    const file = join(dir, 'valid-small.csv');
    writeFileSync(file, valid);
    const heard: string[] = [];
    await lib.validateFile(file, { onSplit: (o) => heard.push(o) });
    await lib.validateFile(file, { type: 'incident', onSplit: (o) => heard.push(o) });
    await lib.validateFile(file, { type: 'incident', parallel: false, onSplit: (o) => heard.push(o) });
    expect(heard).toEqual([]);
  });
});
