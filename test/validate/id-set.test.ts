import { describe, expect, it } from 'vitest';
import { createIdSet } from '../../src/validate/id-set.js';

describe('createIdSet', () => {
  it('returns where an id was first seen when it comes again', () => {
    const ids = createIdSet();
    expect(ids.add('inc-1', 2)).toBeUndefined();
    expect(ids.add('inc-2', 3)).toBeUndefined();
    expect(ids.add('inc-1', 9)).toBe(2);
    expect(ids.has('inc-2')).toBe(true);
    expect(ids.has('inc-3')).toBe(false);
    expect(ids.size).toBe(2);
  });
  it('keeps 300,000 distinct ids apart while growing, and finds every repeat', () => {
    const ids = createIdSet();
    for (let i = 0; i < 300_000; i++) expect(ids.add(`inc-mmp-${i}`, i + 2)).toBeUndefined();
    for (let i = 0; i < 300_000; i += 997) expect(ids.add(`inc-mmp-${i}`, 1)).toBe(i + 2);
    expect(ids.size).toBe(300_000);
  });
  it('reserve sizes it once and changes nothing else', () => {
    const ids = createIdSet();
    ids.add('a', 5);
    ids.reserve(100_000);
    expect(ids.add('a', 7)).toBe(5);
    expect(ids.size).toBe(1);
  });
  it('tells apart ids that differ only in order or case', () => {
    const ids = createIdSet();
    for (const id of ['ab', 'ba', 'AB', 'a-b', 'b-a', '', ' ']) expect(ids.add(id, 1)).toBeUndefined();
  });
  it('addRun makes the insertions add makes one by one, growing mid-run and with repeats inside a run', () => {
    // Runs of several lengths over ids that repeat (within a run and across runs) and holes (not strings).
    const values: unknown[] = [];
    for (let i = 0; i < 6000; i++) values.push(i % 11 === 0 ? null : `inc-${i % 4500}`);
    const rows = Int32Array.from(values, (_, i) => i + 2);
    const one = createIdSet();
    const expected = values.map((v, i) => (typeof v === 'string' ? (one.add(v, 100 + rows[i]) ?? -1) : -1));
    const run = createIdSet();
    const first = new Float64Array(values.length).fill(7);
    for (const [from, to] of [[0, 1], [1, 1500], [1500, 1501], [1501, 6000]]) run.addRun!(values, from, to, 100, rows, first);
    expect([...first]).toEqual(expected);
    expect(run.size).toBe(one.size);
    for (const v of values) if (typeof v === 'string') expect(run.has(v)).toBe(true);
    expect(run.has('inc-4500')).toBe(false);
    // After a run, add sees what the run put in.
    expect(run.add('inc-7', 0)).toBe(100 + 7 + 2);
  });

  it("hands its ids' hashes to another set, which finds exactly the ids they share", () => {
    const first = createIdSet();
    const second = createIdSet();
    for (let i = 0; i < 50_000; i++) first.add(`inc-${i}`, i);
    for (let i = 49_990; i < 60_000; i++) second.add(`inc-${i}`, i);
    const pairs = second.pairs();
    expect(pairs.length).toBe(2 * second.size);
    let shared = 0;
    for (let k = 0; k < pairs.length; k += 2) if (first.hasPair(pairs[k], pairs[k + 1])) shared++;
    expect(shared).toBe(10);
    expect(createIdSet().pairs()).toHaveLength(0);
  });
});
