import { describe, expect, it } from 'vitest';
import { getFields } from 'smuggling-evidence';
import { toCSV } from '../../src/write/to-csv.js';
import { minimalRecord, readCSV } from './fixtures.js';

const base = minimalRecord('incident');
const rowOf = (text: string) => text.split('\n')[1];

describe('toCSV', () => {
  it('toCSV(records, type) writes every schema field as a header, in schema order', () => {
    const { text } = toCSV([base], 'incident');
    expect(text.split('\n')[0]).toBe(getFields('incident').map((f) => f.name).join(','));
  });

  it('toCSV(records, type) joins list fields with ";" inside a quoted cell', () => {
    const { text } = toCSV([{ ...base, origin_countries: ['TUR', 'GRC'] }], 'incident');
    expect(rowOf(text)).toContain('"TUR;GRC"');
  });

  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555', "'+1 555"],
    ['-dash', "'-dash"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ["'=x", "''=x"],
  ])('toCSV(records, type) neutralises text cell %j as %j', (value, written) => {
    const { text } = toCSV([{ ...base, notes: value }], 'incident');
    expect(text).toContain(`,${written},`.replace(/^,|,$/g, ''));
    expect(readCSV(text, 'incident')[0].notes).toBe(value);
  });

  it('toCSV(records, type) neutralises a carriage return at the start of a cell, inside quotes', () => {
    const { text } = toCSV([{ ...base, notes: '\r=1' }], 'incident');
    expect(text).toContain(`"'\r=1"`);
    expect(readCSV(text, 'incident')[0].notes).toBe('\r=1');
  });

  it('toCSV(records, type) writes negative numbers in number fields as numbers, not neutralised', () => {
    const { text } = toCSV([{ ...base, dead: -5, longitude: -13.5 }], 'incident');
    expect(rowOf(text)).toMatch(/,-5,/);
    expect(rowOf(text)).toMatch(/,-13.5,/);
    expect(rowOf(text)).not.toContain("'-");
  });

  it('toCSV(records, type, {escapeFormulae: false}) writes formula-like text as is', () => {
    const { text } = toCSV([{ ...base, notes: '=1+1' }], 'incident', { escapeFormulae: false });
    expect(rowOf(text)).toContain(',=1+1');
  });

  it('toCSV(records, type) leaves out restricted and confidential records and says how many', () => {
    const records = [base, { ...base, id: 'inc-r', sensitivity: 'restricted' }, { ...base, id: 'inc-c', sensitivity: 'confidential' }];
    const out = toCSV(records, 'incident');
    expect(out.withheld).toBe(2);
    expect(readCSV(out.text, 'incident').map((r) => r.id)).toEqual([base.id]);
  });

  it('toCSV(records, type, {includeRestricted: true}) keeps them', () => {
    const out = toCSV([base, { ...base, id: 'inc-r', sensitivity: 'restricted' }], 'incident', { includeRestricted: true });
    expect(out.withheld).toBe(0);
    expect(readCSV(out.text, 'incident')).toHaveLength(2);
  });

  it('toCSV(records, type) quotes delimiters, quotes and line breaks in text', () => {
    const notes = 'a, "b"\nc';
    const { text } = toCSV([{ ...base, notes }], 'incident');
    expect(text).toContain('"a, ""b""\nc"');
    expect(readCSV(text, 'incident')[0].notes).toBe(notes);
  });

  it('toCSV(records, type) refuses a field the schema does not know, naming it', () => {
    expect(() => toCSV([{ ...base, victim_name: 'x' }], 'incident')).toThrow(/record 1: field "victim_name" is not a field of incident/);
  });

  it('toCSV(records, type, {bom: true, newline: "\\r\\n"}) starts with a BOM and ends lines with CRLF', () => {
    const { text } = toCSV([base], 'incident', { bom: true, newline: '\r\n' });
    expect(text.startsWith('\uFEFFid,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('toCSV(records, "nope") throws for an unknown type', () => {
    expect(() => toCSV([], 'nope' as never)).toThrow(/Unknown record type "nope"/);
  });
});
