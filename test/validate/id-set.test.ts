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
});
