import { describe, expect, it } from 'vitest';
import { toJSON } from '../../src/write/to-json.js';
import { toNDJSON } from '../../src/write/to-ndjson.js';
import { minimalRecord } from './fixtures.js';

// year is optional since schema 1.1.0; give it so the test sees a field placed by schema order.
const base: Record<string, unknown> = { ...minimalRecord('source'), year: 2017 };

describe('toJSON and toNDJSON', () => {
  it('toJSON(records, type) writes fields in schema order and leaves out absent values', () => {
    const { year, ...rest } = base; // year first, out of schema order
    const { text } = toJSON([{ year, ...rest, notes: undefined, doi: null }], 'source');
    const [record] = JSON.parse(text);
    expect(Object.keys(record)).toEqual(Object.keys(base));
  });

  it('toJSON(records, type) leaves out restricted records and counts them', () => {
    const out = toJSON([base, { ...base, id: 'src-r', sensitivity: 'confidential' }], 'source');
    expect(out.withheld).toBe(1);
    expect(JSON.parse(out.text)).toHaveLength(1);
  });

  it('toNDJSON(records, type) writes one record per line, restricted left out', () => {
    const out = toNDJSON([base, { ...base, id: 'src-2' }, { ...base, id: 'src-r', sensitivity: 'restricted' }], 'source');
    expect(out.text.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([base.id, 'src-2']);
    expect(out.withheld).toBe(1);
  });

  it('toNDJSON(records, type, {includeRestricted: true}) keeps restricted records', () => {
    const out = toNDJSON([{ ...base, sensitivity: 'restricted' }], 'source', { includeRestricted: true });
    expect(out.withheld).toBe(0);
    expect(out.text.trim().split('\n')).toHaveLength(1);
  });
});
