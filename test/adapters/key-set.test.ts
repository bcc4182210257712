import { describe, expect, it } from 'vitest';
import { createKeySet } from '../../src/adapters/key-set.js';

describe('createKeySet', () => {
  it('says which keys were met before, across many growths, and nothing else', () => {
    const keys = createKeySet();
    const repeats: string[] = [];
    for (let i = 0; i < 300_000; i++) if (keys.add(String(i))) repeats.push(String(i));
    expect(repeats).toEqual([]);
    expect(keys.size).toBe(300_000);
    for (const k of ['0', '299999', '123456']) expect(keys.add(k)).toBe(true);
    expect(keys.add('300000')).toBe(false);
    expect(keys.add('')).toBe(false);
    expect(keys.add('')).toBe(true);
    expect(keys.size).toBe(300_002);
  });
});
