import { describe, expect, it } from 'vitest';
import { createDecoder, decodeBytes, decodeWindows1252, firstInvalidUtf8 } from '../../src/read/decode.js';
import { chunk } from '../helpers/read-cases.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeBytes(utf8('Gümüşlük'))).toEqual({ text: 'Gümüşlük', encoding: 'utf-8', bom: false, warnings: [] });
  });
  it('drops a UTF-8 BOM and says it was there', () => {
    const d = decodeBytes(bytes([0xef, 0xbb, 0xbf], utf8('id')));
    expect([d.text, d.encoding, d.bom]).toEqual(['id', 'utf-8', true]);
  });
  it('reads UTF-16 LE and BE by their BOM', () => {
    const le = bytes([0xff, 0xfe], Buffer.from('Río', 'utf16le'));
    const be = bytes([0xfe, 0xff], Buffer.from('Río', 'utf16le').swap16());
    expect(decodeBytes(le)).toMatchObject({ text: 'Río', encoding: 'utf-16le', bom: true });
    expect(decodeBytes(be)).toMatchObject({ text: 'Río', encoding: 'utf-16be', bom: true });
  });
  it('falls back to Windows-1252 with an encoding-error warning giving the first bad byte', () => {
    const d = decodeBytes(bytes(utf8('ab,'), [0x52, 0xed, 0x6f, 0x20, 0x93, 0x80, 0x94]));
    expect(d.text).toBe('ab,Río “€”');
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings.map((w) => [w.code, w.row])).toEqual([['encoding-error', null]]);
    expect(d.warnings[0].message).toContain('offset 4');
  });
  it('decodes every Windows-1252 byte as browsers do (0x80-0x9F included)', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
    expect(text.slice(0xa0)).toBe(Buffer.from(all.slice(0xa0)).toString('latin1'));
  });
  it('honours an explicit encoding', () => {
    expect(decodeBytes(bytes([0x93, 0x41, 0x94]), 'windows-1252')).toMatchObject({ text: '“A”', warnings: [] });
  });
  it.each([
    ['an xlsx workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], /Excel .xlsx/],
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d], /PDF/],
    ['gzip', [0x1f, 0x8b, 8, 0], /gzip/],
    ['binary with NUL bytes', [0x41, 0x00, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47], /binary/],
    ['UTF-16 without BOM', [...Buffer.from('id,dead\n', 'utf16le')], /UTF-16/],
  ])('refuses %s with a ReadError', (_, b, message) => {
    expect(() => decodeBytes(Uint8Array.from(b as number[]))).toThrow(message);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x41, 0x42], -1],
    [[0x41, 0xed, 0x6f], 1],
    [[0xc3, 0xa9, 0xc3], 2],
    [[0xe2, 0x82, 0xac, 0x80], 3],
    [[0xc0, 0x80], 0],
    [[0xed, 0xa0, 0x80], 0],
  ])('%j → %i', (b, at) => expect(firstInvalidUtf8(Uint8Array.from(b))).toBe(at));
});

describe('createDecoder gives the text decodeBytes gives, however the bytes are cut', () => {
  const samples: [string, Uint8Array][] = [
    ['UTF-8 with multi-byte letters', utf8('id,loc\ninc-1,Gümüşlük 😀 “x”\n')],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], utf8('a,b\n1,ş\n'))],
    ['UTF-16 LE', bytes([0xff, 0xfe], Buffer.from('a,b\n1,ş😀\n', 'utf16le'))],
    ['Windows-1252', bytes(utf8('a,b\n1,'), [0x52, 0xed, 0x6f, 0x93, 0x94, 0x0a])],
  ];
  it.each(samples)('%s', (_, input) => {
    const whole = decodeBytes(input);
    for (const size of [1, 2, 3, 5]) {
      const d = createDecoder();
      const text = chunk(input, size).map((c) => d.push(c)).join('') + d.end();
      expect(text).toBe(whole.text);
      expect(d.encoding).toBe(whole.encoding);
      expect(d.warnings.map((w) => w.message)).toEqual(whole.warnings.map((w) => w.message));
    }
  });
});
