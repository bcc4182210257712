import { table } from 'arquero';
import { describe, expect, it } from 'vitest';
import { suppress, summaryNotes } from '../../src/summarize/index.js';

type Cell = { row: string; col: string; value: number };

/** A rows × cols table of counts as an Arquero table with keys `sex` and `nationality`. */
function grid(values: number[][], rows = ['female', 'male', 'other'], cols = ['AFG', 'ERI', 'SYR', 'TUN']) {
  const cells: Cell[] = [];
  values.forEach((r, i) => r.forEach((v, j) => cells.push({ row: rows[i], col: cols[j], value: v })));
  return { cells, t: table({ sex: cells.map((c) => c.row), nationality: cells.map((c) => c.col), value: cells.map((c) => c.value) }) };
}

/** Rank of an integer matrix, by fraction-free (Bareiss) elimination: exact for integers. */
function rank(matrix: number[][]): number {
  const m = matrix.map((r) => r.map((x) => BigInt(x)));
  const rows = m.length;
  const cols = rows ? m[0].length : 0;
  let r = 0;
  let prev = 1n;
  for (let c = 0; c < cols && r < rows; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let i = r + 1; i < rows; i++) {
      for (let j = c + 1; j < cols; j++) m[i][j] = (m[i][j] * m[r][c] - m[r][j] * m[i][c]) / prev;
      m[i][c] = 0n;
    }
    prev = m[r][c];
    r++;
  }
  return r;
}

/**
 * The attacker's view: the visible cells, plus every row, column and grand total that would be
 * published (a total of 1..threshold-1 is itself hidden). Solve for each hidden cell: it is
 * recoverable when its unit vector is in the row space of the totals' equations over the hidden cells.
 */
function recoverableCells(cells: Cell[], hidden: boolean[], threshold: number): number[] {
  const groups: number[][] = [];
  const by = (f: (c: Cell) => string) => {
    const g = new Map<string, number[]>();
    cells.forEach((c, i) => g.set(f(c), [...(g.get(f(c)) ?? []), i]));
    groups.push(...g.values());
  };
  by((c) => c.row);
  by((c) => c.col);
  by(() => 'all');
  const published = groups.filter((g) => {
    const total = g.reduce((s, i) => s + cells[i].value, 0);
    return !(total >= 1 && total < threshold);
  });
  const unknowns = cells.map((_, i) => i).filter((i) => hidden[i]);
  const a = published.map((g) => unknowns.map((u) => (g.includes(u) ? 1 : 0)));
  const r = rank(a);
  return unknowns.filter((u) => rank([...a, unknowns.map((x) => (x === u ? 1 : 0))]) === r);
}

/** As `recoverableCells`, for cells keyed by several dimensions: every margin, at every level. */
function recoverableInCube(keys: number[][], values: number[], hidden: boolean[], threshold: number): number[] {
  const dims = keys[0].length;
  const equations: number[][] = [];
  for (let mask = 1; mask < 1 << dims; mask++) {
    const groups = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const id = k.filter((_, d) => !(mask & (1 << d))).join(',');
      groups.set(id, [...(groups.get(id) ?? []), i]);
    });
    for (const g of groups.values()) {
      const total = g.reduce((s, i) => s + values[i], 0);
      if (!(total >= 1 && total < threshold)) equations.push(g);
    }
  }
  const unknowns = values.map((_, i) => i).filter((i) => hidden[i]);
  const a = equations.map((g) => unknowns.map((u) => (g.includes(u) ? 1 : 0)));
  const r = rank(a);
  return unknowns.filter((u) => rank([...a, unknowns.map((x) => (x === u ? 1 : 0))]) === r);
}

function check(values: number[][], threshold = 10) {
  const { cells, t } = grid(values);
  const out = suppress(t, { fields: ['value'], by: ['sex', 'nationality'], threshold });
  const shown = out.array('value') as (number | null)[];
  const flags = out.array('value_suppressed') as boolean[];
  return { cells, out, shown, flags };
}

describe('suppress', () => {
  it('hides 1–9, never 0, and flags the rule', () => {
    const { shown, out } = check([
      [0, 3, 120, 45],
      [0, 80, 300, 60],
      [0, 12, 40, 15],
    ]);
    expect(shown.filter((v) => v !== null && v >= 1 && v < 10)).toEqual([]);
    expect(shown.slice(0, 1)).toEqual([0]);
    expect(out.array('value_suppression_rule')[1]).toBe('lt10');
    expect(summaryNotes(out).join(' ')).toMatch(/values from 1 to 9 are hidden \(lt10\), 0 is shown/);
  });

  it('adds secondary suppression so that no hidden value can be solved for from the totals', () => {
    const values = [
      [0, 3, 120, 45],
      [0, 80, 300, 60],
      [0, 12, 40, 15],
    ];
    const { cells, shown, flags, out } = check(values);
    expect(recoverableCells(cells, flags, 10)).toEqual([]);
    const rules = out.array('value_suppression_rule') as (string | null)[];
    expect(rules.filter((r) => r === 'secondary').length).toBeGreaterThan(0);
    // The complement is the smallest non-zero cell that protects: zeros stay visible.
    expect(shown.filter((v, i) => v === null && cells[i].value === 0)).toEqual([]);
  });

  it('would leak without it: the solver finds the value when only 1–9 are hidden', () => {
    const values = [
      [0, 3, 120, 45],
      [0, 80, 300, 60],
      [0, 12, 40, 15],
    ];
    const { cells } = grid(values);
    const primaryOnly = cells.map((c) => c.value >= 1 && c.value < 10);
    expect(recoverableCells(cells, primaryOnly, 10)).toEqual([1]);
  });

  it('protects a small value whose row holds only zeros', () => {
    // Row "female" is 5, 0, 0, 0: its total (5) is itself hidden, but the column AFG total (5 + 30 + 40)
    // and the other cells of AFG would give 5 away.
    const { cells, flags, shown } = check([
      [5, 0, 0, 0],
      [30, 50, 60, 70],
      [40, 20, 25, 35],
    ]);
    expect(recoverableCells(cells, flags, 10)).toEqual([]);
    expect(shown[0]).toBeNull();
    expect(shown.filter((v) => v !== null && v >= 1 && v < 10)).toEqual([]);
  });

  it('protects every hidden cell in many random tables (threshold 5, 10 and 11)', () => {
    let seed = 20240601;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let secondary = 0;
    for (let n = 0; n < 150; n++) {
      const threshold = [5, 10, 11][n % 3];
      const values = [0, 1, 2].map(() => [0, 1, 2, 3].map(() => (rand() < 0.35 ? Math.floor(rand() * 12) : Math.floor(rand() * 200))));
      const { cells, shown, flags, out } = check(values, threshold);
      expect(shown.filter((v) => v !== null && v >= 1 && v < threshold), JSON.stringify(values)).toEqual([]);
      expect(recoverableCells(cells, flags, threshold), JSON.stringify(values)).toEqual([]);
      // Visible values are the true ones.
      shown.forEach((v, i) => v !== null && expect(v).toBe(cells[i].value));
      secondary += (out.array('value_suppression_rule') as string[]).filter((r) => r === 'secondary').length;
      expect((out.array('value_suppression_rule') as string[]).filter((r) => r && r !== 'secondary').every((r) => r === `lt${threshold}`)).toBe(true);
    }
    expect(secondary).toBeGreaterThan(50);
  });

  it('protects every hidden cell of three-way tables against all their margins', () => {
    let seed = 11;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 60; n++) {
      const keys: number[][] = [];
      for (let a = 0; a < 2; a++) for (let b = 0; b < 3; b++) for (let c = 0; c < 4; c++) keys.push([a, b, c]);
      const values = keys.map(() => (rand() < 0.4 ? Math.floor(rand() * 12) : Math.floor(rand() * 150)));
      const t = table({ sex: keys.map((k) => k[0]), age: keys.map((k) => k[1]), nat: keys.map((k) => k[2]), value: values });
      const out = suppress(t, { fields: ['value'], by: ['sex', 'age', 'nat'] });
      const flags = out.array('value_suppressed') as boolean[];
      expect((out.array('value') as (number | null)[]).filter((v) => v !== null && v >= 1 && v < 10)).toEqual([]);
      expect(recoverableInCube(keys, values, flags, 10), JSON.stringify(values)).toEqual([]);
    }
  });

  it('treats a row with an empty breakdown as the total inside the table', () => {
    const t = table({
      indicator: ['migrants-assisted', 'migrants-assisted', 'migrants-assisted', 'migrants-assisted'],
      breakdown_sex: [null, 'female', 'male', 'other-or-unknown'],
      value: [127, 7, 120, 0],
    });
    const out = suppress(t, { fields: ['value'], by: ['indicator', 'breakdown_sex'], margins: ['breakdown_sex'] });
    // 127 − 120 − 0 = 7: the male count is hidden too, not the zero.
    expect(out.array('value')).toEqual([127, null, null, 0]);
    expect(out.array('value_suppression_rule')).toEqual([null, 'lt10', 'secondary', null]);
  });

  it('leaves rows outside `eligible` alone', () => {
    const t = table({ unit: ['detections', 'persons', 'persons'], k: ['a', 'b', 'c'], value: [4, 4, 50] });
    const out = suppress(t, { fields: ['value'], by: ['unit', 'k'], margins: ['k'], eligible: (r) => r.unit === 'persons' });
    expect(out.array('value')).toEqual([4, null, null]);
  });

  it('rejects unknown columns and bad thresholds', () => {
    const t = table({ k: ['a'], value: [3] });
    expect(() => suppress(t, { fields: ['count'] })).toThrow(/no column "count"/);
    expect(() => suppress(t, { fields: ['value'], threshold: 0 })).toThrow(/threshold/);
  });
});
