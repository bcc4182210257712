/**
 * The page's CSP-safe stand-in for Arquero's row-object builder gives the rows
 * `table.objects()` gives with Arquero's own (compiled) builder: all columns, a selection,
 * and filtered or ordered tables. Runs in Node: no browser needed.
 */
import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { rowObjectBuilder } from '../src/arquero-row-object.js';

function objectsWith(t: any, names?: string[]): object[] {
  const build = rowObjectBuilder(t, names ? new Map(names.map((n) => [n, n])) : undefined);
  const out: object[] = [];
  t.scan((row: number, data: any) => out.push(build(row, data)), true);
  return out;
}

describe('rowObjectBuilder (page stand-in)', () => {
  const t = table({ theme: ['a', 'b', 'c', 'd'], records: [3, 0, 7, 1], years: [[2015], [], [2016, 2017], null], ok: [true, false, true, null] });

  it('builds the rows of a plain table as Arquero does', () => {
    expect(objectsWith(t)).toEqual(t.objects());
  });

  it('builds the selected columns only', () => {
    expect(objectsWith(t, ['records', 'theme'])).toEqual(t.objects({ columns: ['records', 'theme'] }));
  });

  it('follows a filter and an order', () => {
    const f = t.filter((d: any) => d.records > 0).orderby('records');
    expect(objectsWith(f)).toEqual(f.objects());
    expect(objectsWith(f).map((r: any) => r.theme)).toEqual(['d', 'a', 'c']);
  });
});
