// Every limit is enforced without recursion on the input, with one line, and the CLI exits 2.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromJSON } from '../../src/read/from-json.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { readLimits } from '../../src/read/limits.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { ensureBuilt, runCli } from '../helpers/built-cli.js';

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'se-limits-'));
}, 200_000);

describe('read limits', () => {
  it('a JSON array nested 100,000 deep is refused in one line, not a stack overflow', () => {
    expect(() => fromJSON(deep(100_000))).toThrow(/nesting deeper than 32 levels at line 1, column 33/);
    expect(() => fromNDJSON(`{"id":"inc-1"}\n{"a":${deep(100_000)}}\n`)).toThrow(/nesting deeper than 32 levels at line 2, column \d+/);
    // Brackets inside strings do not count.
    expect(fromJSON(`[{"notes":"${'['.repeat(100)}"}]`).records).toHaveLength(1);
  });
  it('a field longer than maxFieldChars is refused (CSV and JSON)', () => {
    const limits = { maxFieldChars: 100 };
    expect(() => fromCSV(`id,notes\ninc-1,${'x'.repeat(101)}\n`, { limits })).toThrow(/row 2, column 2 is 101 characters long, more than the limit of 100/);
    expect(() => fromJSON(`[{"notes":"${'x'.repeat(101)}"}]`, { limits })).toThrow(/longer than 100 characters/);
    expect(fromCSV(`id,notes\ninc-1,${'x'.repeat(100)}\n`, { limits }).records).toHaveLength(1);
  });
  it('a row wider than maxColumns is refused (CSV header, CSV row, JSON record)', () => {
    const limits = { maxColumns: 5 };
    expect(() => fromCSV('a,b,c,d,e,f\n1,2,3,4,5,6\n', { limits })).toThrow(/row 1 \(the header\) has 6 cells/);
    expect(() => fromCSV('a,b\n1,2,3,4,5,6\n', { limits })).toThrow(/row 2 has 6 cells/);
    expect(() => fromJSON('[{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6}]', { limits })).toThrow(/record 1 has 6 cells/);
  });
  it('a whole-document JSON larger than maxDocumentBytes is refused, pointing to NDJSON', () => {
    expect(() => fromJSON(new TextEncoder().encode('[{"id":"inc-1"}]'), { limits: { maxDocumentBytes: 10 } })).toThrow(/write it as NDJSON/);
  });
  it('the defaults are documented in docs/security.md', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    for (const v of [readLimits.maxDepth, readLimits.maxFieldChars.toLocaleString('en'), readLimits.maxColumns.toLocaleString('en')]) expect(doc).toContain(String(v));
  });
  it('the CLI exits 2 with one line on a limit', () => {
    writeFileSync(join(dir, 'deep.json'), deep(100_000));
    const r = runCli(['validate', join(dir, 'deep.json'), '--type', 'incident']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: .*nesting deeper than 32 levels/);
  });
});

describe('lossless: nothing is altered silently', () => {
  it('a lone surrogate in a JSON string is an error at validate (never stored as U+FFFD)', () => {
    const r = fromJSON('[{"id":"inc-1","notes":"ab\\ud800c"},{"id":"inc-2","notes":"ok \\ud83d\\ude00"}]', { type: 'incident' });
    const surrogates = r.errors.filter((e) => e.code === 'lone-surrogate');
    expect(surrogates.map((e) => [e.row, e.field])).toEqual([[1, 'notes']]);
    expect(validateRecords(r).stats.invalid).toBeGreaterThanOrEqual(1);
    const nd = fromNDJSON('{"id":"inc-1","origin_countries":["SYR","\\udc00"]}\n', { type: 'incident' });
    expect(nd.errors.map((e) => e.code)).toContain('lone-surrogate');
  });
  it('"" in a text field is a named warning (empty-string), read as no value', () => {
    const r = fromJSON('[{"id":"inc-1","notes":""}]', { type: 'incident' });
    expect(r.warnings.map((w) => [w.row, w.field, w.code])).toEqual([[1, 'notes', 'empty-string']]);
    expect(r.records[0]).toEqual({ id: 'inc-1' });
  });
});
