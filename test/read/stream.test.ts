import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { collect, streamCSV, streamNDJSON } from '../../src/read/stream.js';
import { caseInput, chunk, csvCases } from '../helpers/read-cases.js';

const sortKey = (r: { errors: { row: number | null; code: string }[] }) =>
  [...r.errors].map((e) => `${e.row}:${e.code}`).sort();

describe.each(csvCases)('streamCSV gives what fromCSV gives: $description', (c) => {
  const input = caseInput(c);
  const whole = fromCSV(input, c.options);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  it.each([1, 2, 3, 7, 64])('in byte chunks of %i', async (size) => {
    const streamed = await collect(streamCSV(chunk(bytes, size), c.options));
    expect(streamed.records).toEqual(whole.records);
    expect(streamed.rows).toEqual(whole.rows);
    expect(sortKey(streamed)).toEqual(sortKey(whole));
    expect(streamed.warnings.map((w) => w.code).sort()).toEqual(whole.warnings.map((w) => w.code).sort());
  });
  if (typeof input === 'string') {
    it.each([1, 5])('in string chunks of %i', async (size) => {
      const streamed = await collect(streamCSV(chunk(input, size), c.options));
      expect(streamed.records).toEqual(whole.records);
      expect(streamed.rows).toEqual(whole.rows);
    });
  }
});

describe('streamCSV', () => {
  const text = 'id,dead\n' + Array.from({ length: 2500 }, (_, i) => `inc-${i},${i}`).join('\n') + '\n';

  it('yields batches of about batchSize records, with row numbers running on', async () => {
    const sizes: number[] = [];
    let last = 1; // the header
    for await (const b of streamCSV(chunk(text, 1000), { type: 'incident', batchSize: 500 })) {
      sizes.push(b.records.length);
      expect(b.rows[0]?.row ?? last + 1).toBe(last + 1);
      last = b.rows.at(-1)?.row ?? last;
    }
    expect(last).toBe(2501);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(2500);
    expect(Math.max(...sizes)).toBeLessThan(700);
  });

  it('reads a web ReadableStream (Blob.stream(), fetch bodies)', async () => {
    const blob = new Blob([text]);
    const all = await collect(streamCSV(blob.stream(), { type: 'incident' }));
    expect(all.records).toHaveLength(2500);
    expect(all.records[2499]).toEqual({ id: 'inc-2499', dead: 2499 });
  });

  it('switches to Windows-1252 at the first invalid UTF-8 byte, even late in the file, and says so', async () => {
    const head = 'id,location_text\n' + Array.from({ length: 3000 }, (_, i) => `inc-${i},ok`).join('\n') + '\n';
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...Buffer.from('inc-x,R\xedo\n', 'latin1')]);
    const all = await collect(streamCSV(chunk(bytes, 4096), { type: 'incident' }));
    expect(all.records.at(-1)).toEqual({ id: 'inc-x', location_text: 'Río' });
    expect(all.warnings.map((w) => w.code)).toEqual(['encoding-error']);
    expect(all.warnings[0].message).toContain(`offset ${head.length + 7}`);
    expect(all.encoding).toBe('windows-1252');
  });
});

describe('streamNDJSON', () => {
  const text = '{"id":"inc-1","dead":4}\r\n\n{"id":"inc-2","dead":5}\n{"id": "inc-3", "notes": "a\\nb"}';
  it.each([1, 3, 10])('gives what fromNDJSON gives, in chunks of %i', async (size) => {
    const streamed = await collect(streamNDJSON(chunk(text, size)), 'ndjson');
    const whole = fromNDJSON(text);
    expect(streamed.records).toEqual(whole.records);
    expect(streamed.rows.map((r) => r.row)).toEqual([1, 3, 4]);
  });
});
