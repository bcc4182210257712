import { describe, expect, it } from 'vitest';
import { fromJSON } from '../../src/read/from-json.js';
import { fromNDJSON } from '../../src/read/from-ndjson.js';
import { triples } from '../helpers/read-cases.js';

describe('fromJSON', () => {
  it('numbers records by their 1-based index and takes the type from record_type', () => {
    const r = fromJSON('[{"id":"inc-1","record_type":"incident"},{"id":"inc-2"}]');
    expect(r.rows).toEqual([{ row: 1 }, { row: 2 }]);
    expect(r.type).toBe('incident');
    expect(r.format).toBe('json');
  });
  it('reads null and missing-value strings as absent', () => {
    const r = fromJSON('[{"id":"inc-1","dead":null,"notes":"","missing":"NA"}]', { missingValues: ['', 'NA'] });
    expect(r.records).toEqual([{ id: 'inc-1' }]);
  });
  it('reports whole numbers beyond 2^53 (already rounded by JSON.parse) as type errors', () => {
    const r = fromJSON('[{"id":"inc-1","dead":9007199254740993}]', { type: 'incident' });
    expect(triples(r.errors)).toEqual([[1, 'dead', 'type-error']]);
    expect(r.errors[0].message).toContain('too large');
  });
  it('reports an unknown key on every record that has it (each is invalid), and keeps it', () => {
    const r = fromJSON('[{"id":"inc-1","Dead":1},{"id":"inc-2","Dead":2}]', { type: 'incident' });
    expect(triples(r.errors)).toEqual([[1, 'Dead', 'extra-key'], [2, 'Dead', 'extra-key']]);
    expect(r.records[1]).toEqual({ id: 'inc-2', Dead: 2 });
  });
  it('keeps `__proto__` as an own key, never as the record\'s prototype', () => {
    const r = fromJSON('[{"id":"inc-1","__proto__":{"polluted":1},"constructor":"x"}]', { type: 'incident' });
    expect(Object.getPrototypeOf(r.records[0])).toBe(Object.prototype);
    expect((r.records[0] as any).polluted).toBeUndefined();
    expect(triples(r.errors)).toEqual([[1, '__proto__', 'extra-key'], [1, 'constructor', 'extra-key']]);
  });
  it('reports an item that is not an object, and keeps counting', () => {
    const r = fromJSON('[{"id":"inc-1"}, 5, ["x"]]');
    expect(r.rows.map((x) => [x.row, !!x.skip])).toEqual([[1, false], [2, true], [3, true]]);
    expect(triples(r.errors)).toEqual([[2, null, 'type-error'], [3, null, 'type-error']]);
  });
  it('refuses text that is not a JSON array, naming line and column', () => {
    expect(() => fromJSON('[{"id": "inc-1"},\n {"id": }]')).toThrow(/not valid JSON.*line 2, column 9/);
    expect(() => fromJSON('{"resources": []}')).toThrow(/array of records.*datapackage/);
    expect(() => fromJSON('   ')).toThrow(/empty/);
  });
  it('decodes bytes with the same rules as CSV', () => {
    const r = fromJSON(Uint8Array.from([...Buffer.from('[{"notes":"R'), 0xed, ...Buffer.from('o"}]')]));
    expect(r.records).toEqual([{ notes: 'Río' }]);
    expect(r.warnings.map((w) => w.code)).toEqual(['encoding-error']);
  });
});

describe('fromNDJSON', () => {
  it('numbers records by line, skipping blank lines', () => {
    const r = fromNDJSON('{"id":"inc-1"}\n\n{"id":"inc-2"}\r\n');
    expect(r.rows.map((x) => x.row)).toEqual([1, 3]);
    expect(r.records).toEqual([{ id: 'inc-1' }, { id: 'inc-2' }]);
  });
  it('reports a line that is not JSON and goes on', () => {
    const r = fromNDJSON('{"id":"inc-1"}\n{"id": oops}\n{"id":"inc-3"}\n');
    expect(r.rows.map((x) => [x.row, !!x.skip])).toEqual([[1, false], [2, true], [3, false]]);
    expect(triples(r.errors)).toEqual([[2, null, 'parse-error']]);
  });
  it('refuses a file whose first line is not JSON (a CSV named .ndjson?)', () => {
    expect(() => fromNDJSON('id,dead\ninc-1,4\n')).toThrow(/line 1 is not JSON/);
  });
});
