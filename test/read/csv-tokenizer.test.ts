import { describe, expect, it } from 'vitest';
import { createCsvTokenizer } from '../../src/read/csv-tokenizer.js';
import { chunk } from '../helpers/read-cases.js';
import { parseRfc4180 } from '../helpers/rfc4180.js';

function tokenize(text: string, size = Infinity, delimiter = ',') {
  const t = createCsvTokenizer(delimiter);
  const rows = [];
  for (const part of size === Infinity ? [text] : chunk(text, size)) rows.push(...t.push(part));
  rows.push(...t.end());
  return rows;
}

// A seeded generator, so a failure can be replayed.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('createCsvTokenizer', () => {
  it.each([
    ['a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['a\rb\rc', [['a'], ['b'], ['c']]],
    ['"x,y","say ""hi"""\n', [['x,y', 'say "hi"']]],
    ['"multi\nline",z\n', [['multi\nline', 'z']]],
    ['a,,\n', [['a', '', '']]],
    ['\n', [['']]],
    ['ab"c,d\n', [['ab"c', 'd']]],
  ])('%j', (text, cells) => {
    expect(tokenize(text).map((r) => r.cells)).toEqual(cells);
  });

  it('gives each row the physical line it starts on', () => {
    expect(tokenize('h\n"a\nb\r\nc"\nd\r\n').map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('flags an unterminated quote and text after a closing quote', () => {
    expect(tokenize('a,"b\nc').map((r) => [r.problem, r.problemLine])).toEqual([['unterminated', 1]]);
    expect(tokenize('x\n"ab"c,d\n').map((r) => r.problem)).toEqual([undefined, 'malformed']);
  });

  it('rejects a delimiter that cannot work', () => {
    expect(() => createCsvTokenizer('"')).toThrow(TypeError);
    expect(() => createCsvTokenizer(',,')).toThrow(TypeError);
  });

  it('agrees with an independent RFC 4180 parser on 3,000 random texts, however they are chunked', () => {
    const alphabet = ['a', 'b', ',', ';', '"', '""', '\n', '\r', '\r\n', ' '];
    const rnd = mulberry32(42);
    for (let k = 0; k < 3000; k++) {
      let text = '';
      const len = Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rnd() * alphabet.length)];
      // The reference is strict RFC 4180; compare only texts it reads the same way (no stray quotes).
      const ref = parseRfc4180(text);
      const whole = tokenize(text);
      if (!whole.some((r) => r.problem)) expect(whole.map((r) => r.cells), JSON.stringify(text)).toEqual(ref);
      for (const size of [1, 2, 5]) {
        const parts = tokenize(text, size);
        expect(parts, JSON.stringify(text)).toEqual(whole);
      }
    }
  });
});
