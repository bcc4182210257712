// Finding a schema code in a span of the file's text: the exact code only, whatever shares its length and letters.
import { describe, expect, it } from 'vitest';
import { codeAt, codeTable } from '../../src/read/code-match.js';
import { sharedDef } from '../../src/model/record-type.js';

describe('codeAt', () => {
  it('finds a code in a span of a longer text (the @example)', () => {
    expect(codeAt(codeTable(['darien', 'balkans']), 'x,balkans,y', 2, 9)).toBe('balkans');
  });

  it('takes only the exact span: case, spaces, prefixes and longer cells are not the code', () => {
    const t = codeTable(['darien', 'balkans']);
    const at = (text: string) => codeAt(t, text, 0, text.length);
    expect(at('Darien')).toBeUndefined();
    expect(at(' darien')).toBeUndefined();
    expect(at('darie')).toBeUndefined();
    expect(at('dariens')).toBeUndefined();
    expect(at('')).toBeUndefined();
    expect(codeAt(t, 'darien', 3, 3)).toBeUndefined();
  });

  it('tells apart every country code, though many share a length and letters', () => {
    const codes = sharedDef('country').enum as string[];
    expect(codes.length).toBeGreaterThan(200);
    const t = codeTable(codes);
    const text = codes.join(',');
    let from = 0;
    for (const c of codes) {
      expect(codeAt(t, text, from, from + c.length)).toBe(c);
      from += c.length + 1;
    }
    // Three letters that are no country: same length, often the same first, middle or last letter.
    for (const c of ['AAA', 'ZZZ', 'FRX', 'XRA', 'USB']) {
      expect(codes).not.toContain(c);
      expect(codeAt(t, c, 0, 3)).toBeUndefined();
    }
  });
});
