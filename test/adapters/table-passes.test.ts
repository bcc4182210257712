// The reads an import makes: the encoding is settled on the whole file (as decodeBytes does), however late the
// first byte that is not UTF-8 comes, and rows are numbered as validate numbers them whatever the chunking.
import { describe, expect, it } from 'vitest';
import { importMissingMigrants } from '../../src/adapters/missing-migrants.js';
import { createTableReader } from '../../src/adapters/table-reader.js';
import { decodeBytes } from '../../src/read/decode.js';

const header = 'Main ID,Incident Type,Total Number of Dead and Missing,Incident Date,Number of Dead,Region of Incident,Location of death\n';

describe('runPlan (through importMissingMigrants)', () => {
  it('reads the whole file as Windows-1252 when a byte past the first megabyte is not UTF-8, as decodeBytes does', () => {
    const utf8 = new TextEncoder().encode(header + Array.from({ length: 30000 }, (_, i) => `${i + 1},Incident,2,2019-03-04,2,Mediterranean,Café\n`).join(''));
    const tail = new Uint8Array([...new TextEncoder().encode('30001,Incident,2,2019-03-04,2,Mediterranean,R'), 0xed, ...new TextEncoder().encode('o Bravo\n')]);
    const bytes = new Uint8Array(utf8.length + tail.length);
    bytes.set(utf8);
    bytes.set(tail, utf8.length);
    expect(utf8.length).toBeGreaterThan(1 << 20);

    const { records, report } = importMissingMigrants(bytes, { vintage: 2019 });
    const whole = decodeBytes(bytes);
    expect(report.encoding).toBe('windows-1252');
    expect(report.warnings[0].message).toBe(whole.warnings[0].message); // same offset named
    expect(report.read).toBe(30001);
    // One encoding for every row: the first row's UTF-8 "é" reads as Windows-1252, exactly as the whole text has it.
    expect(records[0].location_text).toBe(whole.text.split('\n')[1].split(',')[6]);
    expect(records[0].location_text).toBe('CafÃ©');
    expect(records[30000].location_text).toBe('Río Bravo');
  });

  it('gives the same records for bytes and for the text they decode to', () => {
    const text = header + '1,Incident,2,2019-03-04,2,Mediterranean,"a, b"\n\n2,Incident,1,2019-03-05,1,Mediterranean,"line\nbreak"\n2,Incident,1,2019-03-05,1,Mediterranean,x\n';
    const fromText = importMissingMigrants(text, { vintage: 2019 });
    const fromBytes = importMissingMigrants(new TextEncoder().encode(text), { vintage: 2019 });
    expect(fromBytes.records).toEqual(fromText.records);
    expect(fromBytes.report).toEqual(fromText.report);
    // The repeat is found by the first read (hashes) and rejected by the second, with validate's row number.
    expect(fromText.report.reasons).toEqual([{ row: 5, reason: 'column "Main ID" = "2" repeats an earlier row' }]);
  });
});

describe('createTableReader', () => {
  const text =
    '\uFEFFa;b\r\n1;"x\r\ny"\r\n\r\n2;"q""uote"\r\n3;"bad"x\r\n' + Array.from({ length: 4000 }, (_, i) => `${i + 4};${'z'.repeat(20)}\r\n`).join('');
  const read = (chunk: number) => {
    const seen: { header?: string[]; rows: [number, string[]][]; problems: (number | undefined)[]; ended: boolean } = { rows: [], problems: [], ended: false };
    const reader = createTableReader({
      header: (h) => void (seen.header = h),
      row: (cells, row) => void seen.rows.push([row, cells]),
      problem: (w) => void seen.problems.push(w.row),
      end: () => void (seen.ended = true),
    });
    for (let at = 0; at < text.length; at += chunk) reader.push(text.slice(at, at + chunk));
    reader.end();
    return seen;
  };

  it('numbers rows as validate does (header 1, blank lines counted, a quoted break is one row) in chunks of any size', () => {
    const whole = read(text.length);
    expect(whole.header).toEqual(['a', 'b']); // the BOM is dropped
    expect(whole.rows.slice(0, 4)).toEqual([
      [2, ['1', 'x\r\ny']],
      [4, ['2', 'q"uote']],
      [5, ['3', 'badx']],
      [6, ['4', 'z'.repeat(20)]],
    ]);
    expect(whole.rows).toHaveLength(4003);
    expect(whole.problems).toEqual([5]);
    expect(whole.ended).toBe(true);
    for (const chunk of [1, 7, 4096, 70000]) expect(read(chunk)).toEqual(whole);
  });

  it('sniffs the delimiter on the first 64K characters even when they come one by one', () => {
    expect(read(1).rows[0][1]).toEqual(['1', 'x\r\ny']);
  });
});
