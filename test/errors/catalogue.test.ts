import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorTypes, getErrorType, isRecordLevel, makeIssue } from '../../src/errors/index.js';

const dir = fileURLToPath(new URL('../../src/errors/', import.meta.url));
const frictionless = ['type-error', 'constraint-error', 'missing-cell', 'extra-cell', 'blank-row', 'missing-label', 'extra-label', 'duplicate-label', 'blank-label', 'primary-key', 'foreign-key', 'encoding-error', 'parse-error'];

describe('the error catalogue', () => {
  it('has one file per code, named after it, and nothing else', () => {
    const files = readdirSync(dir).filter((f) => !['index.ts', 'types.ts', 'format.ts'].includes(f));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(errorTypes.map((e) => e.code).sort());
  });
  it('holds every frictionless code the issue names, plus negative-count', () => {
    for (const code of [...frictionless, 'negative-count']) expect(getErrorType(code), code).toBeDefined();
  });
  it.each(errorTypes.map((e) => [e.code, e] as const))('%s has a title, a description and an example message', (_, e) => {
    expect(e.title.length).toBeGreaterThan(3);
    expect(e.description.length).toBeGreaterThan(60);
    const message = e.message(e.example);
    expect(message).not.toMatch(/undefined|null|\[object/);
    if (e.example.row != null) expect(message).toContain(`row ${e.example.row}`);
    if (e.example.field != null && e.level !== 'label') expect(message).toContain(`\`${e.example.field}\``);
  });
  it('makeIssue fills the message and keeps value and expected', () => {
    expect(makeIssue('type-error', { row: 14, field: 'dead', value: 'abc', expected: 'a whole number' })).toEqual({
      row: 14,
      field: 'dead',
      code: 'type-error',
      message: "row 14, field `dead`: 'abc' is not a whole number",
      value: 'abc',
      expected: 'a whole number',
    });
    expect(() => makeIssue('no-such-code')).toThrow(/unknown error code/);
  });
  it('only row and cell errors make a record invalid', () => {
    expect(['type-error', 'blank-row', 'foreign-key'].map(isRecordLevel)).toEqual([true, true, true]);
    expect(['extra-label', 'encoding-error', 'negative-count', 'theme-mismatch'].map(isRecordLevel)).toEqual([false, false, false, false]);
  });
  it('shows values so that invisible differences are visible', () => {
    expect(makeIssue('constraint-error', { row: 2, field: 'transport_mode', value: ' sea', expected: 'one of land, sea' }).message).toBe(
      "row 2, field `transport_mode`: ' sea' is not one of land, sea",
    );
    expect(makeIssue('type-error', { row: 2, field: 'notes', value: 'a\tb', expected: 'x' }).message).toContain("'a\\tb'");
  });
});
