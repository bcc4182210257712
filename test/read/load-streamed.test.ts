// loadCSV / loadNDJSON stream a file (two reads: the encoding, then the records) instead of holding its bytes.
// What they give must be what fromCSV / fromNDJSON give for the same bytes: records, rows, issues, encoding.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { loadCSV, loadNDJSON } from '../../src/read/node-load.js';
import type { ReadOptions } from '../../src/read/options.js';
import { externalPath, hasExternal } from '../adapters/external.js';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
let dir: string;

function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const p = join(root, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(csv|ndjson|jsonl)$/.test(name) ? [p] : [];
  });
}

/** The result, or the message it failed with. */
async function outcome(read: () => unknown): Promise<unknown> {
  try {
    return await read();
  } catch (err) {
    return { threw: (err as Error).message };
  }
}

async function expectSame(path: string, options: ReadOptions = {}) {
  const csv = /\.csv$/.test(path);
  const streamed = await outcome(() => (csv ? loadCSV(path, options) : loadNDJSON(path, options)));
  const whole = await outcome(() => (csv ? fromCSV(readFileSync(path), options) : fromNDJSON(readFileSync(path), options)));
  expect(streamed, path).toEqual(whole);
  return streamed;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-load-streamed-'));
  const rows = Array.from({ length: 5000 }, (_, i) => `inc-${i},incident,Café ${i}`).join('\n');
  const enc = new TextEncoder();
  const cases: Record<string, Uint8Array> = {
    // A byte that is not UTF-8 far past the first chunk: the whole file is Windows-1252, warning and all.
    'late-1252.csv': new Uint8Array([...enc.encode(`id,record_type,notes\n${rows}\ninc-x,incident,R`), 0xed, ...enc.encode('o\n')]),
    'utf16.csv': new Uint8Array([0xff, 0xfe, ...Array.from('id,record_type\ninc-1,incident\n').flatMap((c) => [c.charCodeAt(0), 0])]),
    'bom.csv': new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('id,record_type\ninc-1,incident\n')]),
    'empty.csv': new Uint8Array(),
    'blank.ndjson': enc.encode('\n  \n\n'),
    'empty.ndjson': new Uint8Array(),
    'late-1252.ndjson': new Uint8Array([...enc.encode(Array.from({ length: 5000 }, (_, i) => `{"id":"inc-${i}","notes":"Café"}`).join('\n') + '\n{"id":"x","notes":"R'), 0xed, ...enc.encode('o"}\n')]),
    'binary.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]),
  };
  for (const [name, bytes] of Object.entries(cases)) writeFileSync(join(dir, name), bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCSV and loadNDJSON on a path stream, with the whole-bytes result', () => {
  it('on every CSV and NDJSON fixture', async () => {
    const files = filesUnder(fixtures);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) await expectSame(f);
  });

  it('on encodings, a late byte that is not UTF-8, empty, blank and binary files', async () => {
    const late = (await expectSame(join(dir, 'late-1252.csv'))) as { encoding: string; records: { notes?: string }[] };
    expect(late.encoding).toBe('windows-1252');
    expect(late.records[0].notes).toBe('CafÃ© 0'); // one encoding for the whole file
    for (const name of ['utf16.csv', 'bom.csv', 'empty.csv', 'blank.ndjson', 'empty.ndjson', 'late-1252.ndjson', 'binary.csv']) await expectSame(join(dir, name));
    await expectSame(join(dir, 'late-1252.csv'), { encoding: 'utf-8' });
    await expectSame(join(dir, 'late-1252.csv'), { type: 'incident' });
  });

  it.skipIf(!hasExternal)('on the real public CSV files', async () => {
    for (const rel of ['mmp-2019-mojibake/MissingMigrants.csv', 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv', 'frontex-ibc-monthly/frontex_detections_ibc_monthly.csv']) {
      await expectSame(externalPath(rel));
    }
  }, 120_000);
});
