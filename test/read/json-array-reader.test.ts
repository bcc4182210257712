// The streamed JSON-array reader must give what the whole-text fromJSON gives for the same text: the same records,
// rows, issues, type and encoding, or the same one-line error (syntax with line and column, limits, not an array),
// however the text is cut into chunks. Checked on every shipped .json file and on a corpus of broken texts.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJSON } from '../../src/read/from-json.js';
import { loadJSON, streamFile } from '../../src/read/node-load.js';
import type { ReadOptions } from '../../src/read/options.js';
import { collect, streamJSON } from '../../src/read/stream.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function jsonFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name === 'out') return [];
    return statSync(p).isDirectory() ? jsonFilesUnder(p) : name.endsWith('.json') ? [p] : [];
  });
}

/** The result, or the message it failed with. */
async function outcome(read: () => unknown): Promise<unknown> {
  try {
    return await read();
  } catch (err) {
    return { threw: (err as Error).message, readError: (err as Error).name };
  }
}

function cut<T extends string | Uint8Array>(input: T, size: number): T[] {
  const out: T[] = [];
  for (let at = 0; at < input.length; at += size) out.push(input.slice(at, at + size) as T);
  return out;
}

async function expectSameText(text: string, options: ReadOptions = {}, sizes = [1, 2, 7, 64, 1 << 16]) {
  const whole = await outcome(() => fromJSON(text, options));
  for (const size of sizes) {
    const streamed = await outcome(() => collect(streamJSON(cut(text, size), options), 'json'));
    expect(streamed, `${JSON.stringify(text.slice(0, 80))} in chunks of ${size}`).toEqual(whole);
  }
  return whole;
}

const files = [...jsonFilesUnder(join(root, 'datasets')), ...jsonFilesUnder(join(root, 'examples')), ...jsonFilesUnder(join(root, 'test/fixtures'))];

describe('streamJSON gives what fromJSON gives', () => {
  it('on every shipped .json file (datasets/, examples/, test/fixtures/), as bytes in chunks and through loadJSON', async () => {
    expect(files.length).toBeGreaterThan(5);
    let records = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      const whole = await outcome(() => fromJSON(bytes));
      for (const size of [13, 4096]) {
        expect(await outcome(() => collect(streamJSON(cut(bytes, size)), 'json')), `${file} in chunks of ${size}`).toEqual(whole);
      }
      expect(await outcome(() => loadJSON(file)), file).toEqual(whole);
      const typed = (whole as { type?: string }).type;
      if (typed) expect(await outcome(() => loadJSON(file, { type: typed as never })), `${file} typed`).toEqual(await outcome(() => fromJSON(bytes, { type: typed as never })));
      records += (whole as { records?: unknown[] }).records?.length ?? 0;
    }
    expect(records).toBeGreaterThan(10);
  });

  it('on records with issues: unknown keys, items that are not objects, big whole numbers, lone surrogates, empty strings', async () => {
    const r = (await expectSameText(
      '[{"id":"inc-1","record_type":"incident","Dead":1},\n 5, ["x"], null, "s", true,\n{"id":"inc-2","dead":9007199254740993,"notes":"ab\\ud800c"},{"id":"inc-3","notes":""} ]\n',
    )) as { rows: unknown[]; errors: unknown[] };
    expect(r.rows).toHaveLength(8);
    expect(r.errors.length).toBeGreaterThan(6);
    await expectSameText('[{"id":"inc-1","notes":"{[\\"]}","n":-1.5e3,"l":["a","b"]}]', { type: 'incident' });
    await expectSameText('[]');
    await expectSameText(' \r\n[ ]\n ');
  });

  const broken = [
    '', '   \n ', '\u00a0', '{"resources": []}', '{"id":"inc-1"}', 'null', '5', '"x"', 'x', '[', '[{', '[{"id"', '[{"id":', '[{"id":"inc-1"',
    '[{"id":"inc-1"}', '[{"id":"inc-1"},', '[1,]', '[,1]', '[1 2]', '[tru]', '[truex]', '[12a]', '[-]', '[{"id": }]',
    '[{"id": "inc-1"},\n {"id": }]', '[{"a":1]]', '[{"a":1}}]', '[{"a":1}] x', '[{"a":1}]\n\n  ]', '[{"a":"b\nc"}]', '[{"a":"\\x"}]',
    '[{"a":"\\u12"}]', '[{"a" 1}]', '[{a:1}]', '[{"a":1,}]', '[{"a":01}]', '[1.]', '[{"a":[1,2}]', '["abc', '[{"a":"abc',
    '[{"id":"inc-1"},\n\n   {"id":"inc-2", "x": [1, 2,, 3]}, {"id":"inc-3"}]', '[{"a":1}]]', '[\n]\n[', '[{"a":1} {"b":2}]',
  ];

  it('on broken texts: the same one-line error, wherever the chunks are cut', async () => {
    for (const text of broken) {
      const whole = await expectSameText(text);
      expect(whole, text).toHaveProperty('threw');
      expect((whole as { threw: string }).threw).not.toContain('\n');
    }
  });

  it('on every one-character deletion and insertion in a small array (a mutation corpus)', async () => {
    const base = '[{"id":"inc-1","dead":2,"notes":"a \\"b\\" {c}"},\n {"id":"inc-2","l":[1,-2.5e1,true,null]}, "s", 7 ]';
    const inserts = ['[', ']', '{', '}', ',', ':', '"', '\\', ' ', '\n', 'x', '1'];
    const texts = new Set<string>();
    for (let i = 0; i <= base.length; i++) {
      texts.add(base.slice(0, i) + base.slice(i + 1));
      for (const c of inserts) texts.add(base.slice(0, i) + c + base.slice(i));
    }
    let failed = 0;
    for (const text of texts) if ('threw' in ((await expectSameText(text, {}, [1, 5, 1 << 16])) as object)) failed++;
    expect(failed).toBeGreaterThan(texts.size / 2);
  });

  it('on limits: nesting depth, text length and record width, before or after a syntax error', async () => {
    const limits = { maxDepth: 4, maxFieldChars: 20, maxColumns: 3 };
    const cases = [
      '[[[[[[1]]]]]]', '[{"a":[[[[1]]]]}]', `[{"notes":"${'x'.repeat(30)}"}]`, `[{"notes":"${'x'.repeat(19)}"}]`, `[{"notes":"${'x'.repeat(30)}`,
      `[{"a":1},}, {"notes":"${'x'.repeat(30)}"}]`, '[{"a":1},} [[[[[[1]]]]]]', '[{"a":1,"b":2,"c":3,"d":4}]', '[{"a":"\\"[[[[[[["}]',
    ];
    for (const text of cases) await expectSameText(text, { limits });
    expect(await outcome(() => collect(streamJSON(['[[[[[[1]]]]]]'], { limits }), 'json'))).toMatchObject({ threw: /nesting deeper than 4 levels at line 1, column 5/ });
  });

  it('on bytes: Windows-1252, BOMs, UTF-16, binary', async () => {
    const enc = new TextEncoder();
    const inputs = [
      Uint8Array.from([...enc.encode('[{"notes":"R'), 0xed, ...enc.encode('o"}]')]),
      Uint8Array.from([0xef, 0xbb, 0xbf, ...enc.encode('[{"id":"inc-1"}]')]),
      Uint8Array.from([0xff, 0xfe, ...Array.from('[{"id":"inc-1"}]').flatMap((c) => [c.charCodeAt(0), 0])]),
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]),
      new Uint8Array(),
    ];
    for (const bytes of inputs) {
      const whole = await outcome(() => fromJSON(bytes));
      for (const size of [1, 3, 1024]) expect(await outcome(() => collect(streamJSON(cut(bytes, size)), 'json'))).toEqual(whole);
    }
  });
});

describe('JSON files stream from a path', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'se-json-stream-'));
    // More records than one batch and one chunk (64 KiB), with an item cut across chunks.
    const items = Array.from({ length: 12_000 }, (_, i) => `{"id":"inc-${i}","record_type":"incident","notes":"row ${i} é"}`);
    writeFileSync(join(dir, 'many.json'), `[\n${items.join(',\n')}\n]\n`);
    writeFileSync(join(dir, 'late-error.json'), `[\n${items.join(',\n')},\n{"id": }\n]\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streamFile yields several batches, rows numbered on across them', async () => {
    const batches = [];
    for await (const b of streamFile(join(dir, 'many.json'))) batches.push(b);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flatMap((b) => b.rows.map((r) => r.row))).toEqual(Array.from({ length: 12_000 }, (_, i) => i + 1));
    expect(await loadJSON(join(dir, 'many.json'))).toEqual(fromJSON(readFileSync(join(dir, 'many.json'))));
  });

  it('a syntax error past the first batches ends the read with the whole-text message', async () => {
    const path = join(dir, 'late-error.json');
    await expect(loadJSON(path)).rejects.toThrow(/^not valid JSON: unexpected "}\\n]\\n" at line 12002, column 8$/);
    expect(await outcome(() => loadJSON(path))).toEqual(await outcome(() => fromJSON(readFileSync(path))));
  });
});
