import { table as aqTable, type ColumnTable } from 'arquero';
import { themes } from '../model/themes.js';
import type { DimensionAccessor } from './dimensions.js';

/** Running state of one measure in one group. */
export interface Accumulator {
  /** Add row `row`, which falls in the group with these key values. */
  add(row: number, key: readonly unknown[]): void;
  value(): unknown;
}

/** A named measure: makes a fresh accumulator per group. */
export interface Measure {
  name: string;
  create(): Accumulator;
}

/** A group key: its column name and the values each row falls under. */
export interface GroupKey {
  name: string;
  values: DimensionAccessor;
}

/**
 * Group `rowCount` rows by the cartesian product of their key values and compute the measures
 * per group, in one pass (a record with two themes lands in both theme groups, once each).
 * The result is sorted by the keys: themes in the report's order (a)–(e), other keys ascending,
 * numbers numerically, strings by code point, empty keys last, so equal inputs give equal outputs.
 * `complete` lists, per key, values that must appear even without rows (empty groups).
 *
 * @example groupRows(3, [{ name: 'k', values: i => [i % 2] }], [countMeasure('records')]).objects()
 */
export function groupRows(
  rowCount: number,
  keys: readonly GroupKey[],
  measures: readonly Measure[],
  complete: Readonly<Record<string, readonly unknown[]>> = {},
): ColumnTable {
  const groups = new Map<string, { key: unknown[]; accs: Accumulator[] }>();
  const get = (key: unknown[]) => {
    const id = keyId(key);
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { key, accs: measures.map((m) => m.create()) }));
    return g;
  };
  const combo: unknown[] = new Array(keys.length);
  const walk = (row: number, lists: unknown[][], k: number) => {
    if (k === lists.length) {
      const key = combo.slice();
      for (const acc of get(key).accs) acc.add(row, key);
      return;
    }
    for (const v of lists[k]) {
      combo[k] = v;
      walk(row, lists, k + 1);
    }
  };
  for (let row = 0; row < rowCount; row++) walk(row, keys.map((k) => k.values(row)), 0);

  if (keys.some((k) => complete[k.name])) fillEmpty(keys, complete, groups, get);
  if (!keys.length && !groups.size) get([]);

  const order = keys.map((k) => comparatorFor(k.name));
  const sorted = [...groups.values()].sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const c = order[k](a.key[k], b.key[k]);
      if (c) return c;
    }
    return 0;
  });
  const columns: Record<string, unknown[]> = {};
  keys.forEach((k, j) => (columns[k.name] = sorted.map((g) => g.key[j])));
  measures.forEach((m, j) => (columns[m.name] = sorted.map((g) => g.accs[j].value())));
  return aqTable(columns);
}

// A group's identity: type-tagged so that 2019 and '2019', null and 'null' stay apart.
function keyId(key: readonly unknown[]): string {
  let id = '';
  for (const v of key) id += (v === null || v === undefined ? 'n' : typeof v === 'string' ? 's' + v : (typeof v)[0] + String(v)) + '\u0001';
  return id;
}

function fillEmpty(
  keys: readonly GroupKey[],
  complete: Readonly<Record<string, readonly unknown[]>>,
  groups: Map<string, { key: unknown[] }>,
  get: (key: unknown[]) => unknown,
) {
  // Values per key: the required ones for completed keys, else the combinations seen.
  const seen = [...groups.values()].map((g) => g.key);
  const free = keys.map((k, j) => (complete[k.name] ? -1 : j)).filter((j) => j >= 0);
  const freeCombos = new Map<string, unknown[]>();
  for (const key of seen) {
    const part = free.map((j) => key[j]);
    freeCombos.set(JSON.stringify(part), part);
  }
  if (!free.length) freeCombos.set('[]', []);
  const universes = keys.map((k) => complete[k.name]);
  const build = (j: number, acc: unknown[], part: unknown[]) => {
    if (j === keys.length) return void get(acc.slice());
    if (universes[j]) for (const v of universes[j]!) build(j + 1, [...acc, v], part);
    else build(j + 1, [...acc, part[free.indexOf(j)]], part);
  };
  for (const part of freeCombos.values()) build(0, [], part);
}

const themeRank = new Map<unknown, number>(themes.map((t, i) => [t.id, i]));

function comparatorFor(name: string): (a: unknown, b: unknown) => number {
  if (name === 'theme') {
    return (a, b) => nullsLast(a, b) ?? ((themeRank.get(a) ?? 99) - (themeRank.get(b) ?? 99) || compareValues(a, b));
  }
  return compareValues;
}

function nullsLast(a: unknown, b: unknown): number | undefined {
  const an = a === null || a === undefined;
  const bn = b === null || b === undefined;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return undefined;
}

/**
 * Ascending order with empty values last: numbers numerically, everything else by code point.
 *
 * @example [3, null, 1].sort(compareValues) // [1, 3, null]
 */
export function compareValues(a: unknown, b: unknown): number {
  const n = nullsLast(a, b);
  if (n !== undefined) return n;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** Number of rows in the group.
 * @example groupRows(n, keys, [countMeasure('records')])
 */
export function countMeasure(name: string, where?: (row: number) => boolean): Measure {
  return {
    name,
    create() {
      let n = 0;
      return { add: (i) => void ((!where || where(i)) && n++), value: () => n };
    },
  };
}

/** Sum of a numeric column; null (not zero) when no row in the group has a value.
 * @example sumMeasure('dead', table.array('dead'))
 */
export function sumMeasure(name: string, values: readonly unknown[], where?: (row: number) => boolean): Measure {
  return {
    name,
    create() {
      let s = 0;
      let any = false;
      return {
        add(i) {
          const v = values[i];
          if (typeof v === 'number' && !Number.isNaN(v) && (!where || where(i))) {
            s += v;
            any = true;
          }
        },
        value: () => (any ? s : null),
      };
    },
  };
}

/** Mean of a numeric column, ignoring empty values; null when none.
 * @example meanMeasure('mean_quality', (i) => quality[i])
 */
export function meanMeasure(name: string, values: (row: number) => number | null): Measure {
  return {
    name,
    create() {
      let s = 0;
      let n = 0;
      return {
        add(i) {
          const v = values(i);
          if (typeof v === 'number' && !Number.isNaN(v)) {
            s += v;
            n++;
          }
        },
        value: () => (n ? s / n : null),
      };
    },
  };
}

/**
 * Number of distinct non-empty values (each row may give several); or the sorted values with `list`.
 * `values` also gets the group's key values, to keep only the values that belong to the group.
 *
 * @example distinctMeasure('countries', (i) => countries[i])
 */
export function distinctMeasure(name: string, values: (row: number, key: readonly unknown[]) => unknown[], list = false): Measure {
  return {
    name,
    create() {
      const set = new Set<unknown>();
      return {
        add(i, key) {
          for (const v of values(i, key)) if (v !== null && v !== undefined) set.add(v);
        },
        value: () => (list ? [...set].sort(compareValues) : set.size),
      };
    },
  };
}

/** Smallest (`min`) or largest (`max`) non-empty value: dates compare as ISO strings.
 * @example extremeMeasure('first_date', (i) => dates[i], 'min')
 */
export function extremeMeasure(name: string, values: (row: number) => unknown, which: 'min' | 'max'): Measure {
  return {
    name,
    create() {
      let best: unknown = null;
      return {
        add(i) {
          const v = values(i);
          if (v === null || v === undefined) return;
          if (best === null || (which === 'min' ? compareValues(v, best) < 0 : compareValues(v, best) > 0)) best = v;
        },
        value: () => best,
      };
    },
  };
}
