import { describe, expect, it } from 'vitest';
import { detectNewline, sniffDelimiter } from '../../src/read/dialect.js';

describe('sniffDelimiter', () => {
  it.each([
    ['id,dead,missing\ninc-1,4,1\n', ','],
    ['id;dead;missing\ninc-1;4;1\n', ';'],
    ['id\tdead\tmissing\ninc-1\t4\t1\n', '\t'],
    ['id|dead\ninc-1|4\n', '|'],
    ['id,themes\ninc-1,a;b;c;d;e\n', ','],
    ['"a;b",c\n1,2\n', ','],
    ['"Main ID","Incident ID",Region\n1,2,3\n', ','],
    ['single\nvalue\n', ','],
    ['a,b;c\n1,2;3\n', ','],
  ])('%j → %j', (text, d) => expect(sniffDelimiter(text)).toBe(d));
  it('breaks a tie on the header by the lines that follow', () => {
    expect(sniffDelimiter('a;b,c\nx;y\nz;w\n')).toBe(';');
    expect(sniffDelimiter('a;b,c\nx,y\nz,w\n')).toBe(',');
  });
});

describe('detectNewline', () => {
  it.each([
    ['a\r\nb', '\r\n'],
    ['a\nb', '\n'],
    ['a\rb', '\r'],
    ['a', '\n'],
  ])('%j → %j', (text, nl) => expect(detectNewline(text)).toBe(nl));
});
