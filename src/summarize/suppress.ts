import { table as aqTable, type ColumnTable } from 'arquero';
import { breakdownFields } from './measures.js';
import { setSummaryInfo, summaryInfo, type ColumnMeta } from './describe-columns.js';

/** Options of `suppress`. */
export interface SuppressOptions {
  /** Counts from 1 to `threshold - 1` are hidden. Default 10 (the CMS/ONS rule: never show 1–9). */
  threshold?: number;
  /** Count columns to protect. Default: the summary's person-count measures. */
  fields?: readonly string[];
  /** Columns that identify a cell. Default: the summary's group keys, else every non-count column. */
  by?: readonly string[];
  /**
   * Keys whose totals are (or may be) published: the sums over every combination of them are
   * the totals a hidden value must not be recoverable from. Default: all of `by`.
   */
  margins?: readonly string[];
  /**
   * Keys where an empty value marks the total over that key rather than a missing category.
   * Default: the `breakdown_*` fields of aggregate observations (an observation without a sex
   * breakdown is the total over sexes).
   */
  totalKeys?: readonly string[];
  /** Rows the small-cell rule applies to (e.g. only `unit === 'persons'`). Default: all rows. */
  eligible?: (row: Record<string, unknown>) => boolean;
}

// Cell index → coefficient, and how many keys the total sums over (1 = a row or column total).
// The constant side does not matter for whether a cell can be solved for.
type Equation = { cells: Map<number, number>; level: number };

/**
 * Apply the small-cell rule to a table of counts, with secondary suppression.
 *
 * Primary: every count from 1 to `threshold - 1` is hidden; 0 is never hidden by the rule.
 * Totals: for every combination of `margins`, the sum over those keys (with the other keys fixed)
 * is taken as published, unless it is itself 1 to `threshold - 1` (then the same rule hides it
 * wherever it is published). A row whose `totalKeys` are empty is that total, inside the table.
 * Secondary: while some hidden value (a complement included) could be worked out from the visible
 * cells and totals (solved exactly as a linear system), one more cell in one of its totals is
 * hidden: the smallest non-zero one that makes both unrecoverable, a zero only when no other cell can.
 *
 * Hidden cells become null; each field gets `<field>_suppressed` (boolean) and
 * `<field>_suppression_rule` (`lt10` for the rule with threshold 10, `secondary`, else null).
 *
 * @example suppress(summary, { fields: ['value'], threshold: 10 })
 */
export function suppress(table: ColumnTable, options: SuppressOptions = {}): ColumnTable {
  const threshold = options.threshold ?? 10;
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`suppress: threshold must be a whole number ≥ 1, got ${threshold}`);
  const info = summaryInfo(table);
  const names = table.columnNames();
  const fields = options.fields ?? info?.columns.filter((c) => c.role === 'measure' && c.unit === 'persons').map((c) => c.name) ?? [];
  for (const f of fields) if (!names.includes(f)) throw new Error(`suppress: no column "${f}" (columns: ${names.join(', ')})`);
  const by = options.by ?? info?.by ?? names.filter((n) => !fields.includes(n) && !n.endsWith('_suppressed') && !n.endsWith('_suppression_rule'));
  for (const k of by) if (!names.includes(k)) throw new Error(`suppress: no key column "${k}" (columns: ${names.join(', ')})`);
  const margins = options.margins ?? by;
  const totalKeys = options.totalKeys ?? breakdownFields;
  const rows = table.objects() as Record<string, unknown>[];
  const eligible = rows.map((r) => (options.eligible ? options.eligible(r) : true));
  const rule = `lt${threshold}`;

  const columns: Record<string, unknown[]> = {};
  for (const n of names) columns[n] = table.array(n) as unknown[];
  const notes: string[] = [];
  const metas: ColumnMeta[] = [];
  for (const f of fields) {
    const values = rows.map((r) => (typeof r[f] === 'number' ? (r[f] as number) : null));
    const equations = buildEquations(rows, by, margins, totalKeys, values, eligible, threshold);
    const { hidden, unprotected } = protect(values, eligible, equations, threshold);
    columns[f] = values.map((v, i) => (hidden.has(i) ? null : v));
    columns[`${f}_suppressed`] = values.map((_, i) => hidden.has(i));
    columns[`${f}_suppression_rule`] = values.map((_, i) => (hidden.get(i) === 'primary' ? rule : hidden.get(i) === 'secondary' ? 'secondary' : null));
    if (unprotected.length) notes.push(`${f}: ${unprotected.length} hidden value(s) could not be protected from recovery by totals.`);
    metas.push(
      { name: `${f}_suppressed`, role: 'flag', title: `${f} suppressed`, description: `True when ${f} is hidden by the small-cell rule.` },
      { name: `${f}_suppression_rule`, role: 'flag', title: `${f} suppression rule`, description: `${rule}: 1–${threshold - 1} hidden; secondary: hidden so that another hidden value cannot be recovered from totals.` },
    );
  }
  const out = aqTable(columns);
  if (fields.length) {
    notes.unshift(
      `Small-cell rule on ${fields.join(', ')}: values from 1 to ${threshold - 1} are hidden (${rule}), 0 is shown; ` +
        'further values are hidden (secondary) so that no hidden value can be worked out from row or column totals.',
    );
  }
  return setSummaryInfo(out, {
    ...(info ?? { by: [...by], columns: [] }),
    columns: [...(info?.columns ?? []), ...metas],
    notes: [...(info?.notes ?? []), ...notes],
  });
}

/** One equation per published (or in-table) total: sum of its cells, minus the total row if present. */
function buildEquations(
  rows: Record<string, unknown>[],
  by: readonly string[],
  margins: readonly string[],
  totalKeys: readonly string[],
  values: (number | null)[],
  eligible: boolean[],
  threshold: number,
): Equation[] {
  const equations: Equation[] = [];
  const keyOf = (r: Record<string, unknown>, cols: readonly string[]) => JSON.stringify(cols.map((c) => r[c] ?? null));
  const subsets = nonEmptySubsets(margins);
  for (const S of subsets) {
    const rest = by.filter((k) => !S.includes(k));
    const totals = new Map<string, number>();
    const groups = new Map<string, number[]>();
    rows.forEach((r, i) => {
      const inS = S.map((k) => totalKeys.includes(k) && (r[k] === null || r[k] === undefined));
      if (inS.every(Boolean)) totals.set(keyOf(r, rest), i);
      else if (!inS.some(Boolean)) {
        const id = keyOf(r, rest);
        const g = groups.get(id);
        if (g) g.push(i);
        else groups.set(id, [i]);
      }
    });
    for (const [id, members] of groups) {
      const eq: Equation = { cells: new Map(members.map((i) => [i, 1])), level: S.length };
      const t = totals.get(id);
      if (t !== undefined) eq.cells.set(t, -1);
      else if (!totalPublished(members, values, eligible, threshold)) continue;
      equations.push(eq);
    }
  }
  return equations;
}

// A total outside the table is published unless the rule would hide it too.
function totalPublished(members: number[], values: (number | null)[], eligible: boolean[], threshold: number): boolean {
  if (members.some((i) => values[i] === null || !eligible[i])) return true;
  const sum = members.reduce((s, i) => s + (values[i] as number), 0);
  return !(sum >= 1 && sum < threshold);
}

function nonEmptySubsets(keys: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << keys.length; mask++) out.push(keys.filter((_, j) => mask & (1 << j)));
  return out;
}

function protect(values: (number | null)[], eligible: boolean[], equations: Equation[], threshold: number) {
  const hidden = new Map<number, 'primary' | 'secondary'>();
  values.forEach((v, i) => {
    if (eligible[i] && v !== null && v >= 1 && v < threshold) hidden.set(i, 'primary');
  });
  if (!hidden.size) return { hidden, unprotected: [] as number[] };
  const unknown = (i: number) => hidden.has(i) || values[i] === null;
  const eqsOf = new Map<number, Equation[]>();
  for (const eq of equations) for (const i of eq.cells.keys()) eqsOf.set(i, [...(eqsOf.get(i) ?? []), eq]);
  const lone = (eq: Equation): number | undefined => {
    let only: number | undefined;
    for (const i of eq.cells.keys()) {
      if (!unknown(i)) continue;
      if (only !== undefined) return undefined;
      only = i;
    }
    return only;
  };

  // Phase 1, fast: no published total may hold exactly one hidden cell (it would be total minus
  // the visible rest). Fix each such total with one more hidden cell, preferring a cell that also
  // fixes another such total, then the smallest non-zero value; a zero only as a last resort.
  const ordered = [...equations].sort((a, b) => a.level - b.level);
  for (let changed = true; changed; ) {
    changed = false;
    for (const eq of ordered) {
      const only = lone(eq);
      if (only === undefined || !hidden.has(only)) continue;
      const visible = [...eq.cells.keys()].filter((i) => !unknown(i));
      if (!visible.length) continue;
      const gain = (c: number) => (eqsOf.get(c) ?? []).filter((e) => e !== eq && lone(e) !== undefined && hidden.has(lone(e)!)).length;
      const cost = (c: number) => ((values[c] as number) === 0 ? Infinity : Math.abs(values[c] as number));
      visible.sort((a, b) => gain(b) - gain(a) || cost(a) - cost(b) || a - b);
      hidden.set(visible[0], 'secondary');
      changed = true;
    }
  }

  // Phase 2, exact: a hidden cell can still be solved for through several totals at once
  // (linear combinations); hide more, greedily, until the linear system determines none.
  const exposedNow = () => [...recoverableCells(equations, unknown)].filter((i) => hidden.has(i));
  let exposed = exposedNow();
  while (exposed.length) {
    const candidates = complementsFor(exposed, equations, unknown, values);
    if (!candidates.length) break;
    let best = candidates[0];
    let bestScore = Infinity;
    for (const c of candidates) {
      hidden.set(c, 'secondary');
      const score = exposedNow().length;
      hidden.delete(c);
      if (score < bestScore) [best, bestScore] = [c, score];
      if (score === 0) break;
    }
    hidden.set(best, 'secondary');
    exposed = exposedNow();
  }
  if (!exposed.length && hidden.size <= PRUNE_LIMIT) {
    // Greedy choices can overshoot: show again every complement that is not needed, largest first.
    const secondary = [...hidden].filter(([, why]) => why === 'secondary').map(([i]) => i);
    secondary.sort((a, b) => (values[b] as number) - (values[a] as number) || b - a);
    for (const c of secondary) {
      hidden.delete(c);
      if (exposedNow().length) hidden.set(c, 'secondary');
    }
  }
  return { hidden, unprotected: exposed };
}

// Above this many hidden cells the pruning pass (one exact solve per complement) is skipped.
const PRUNE_LIMIT = 60;
const MAX_CANDIDATES = 12;

// Visible cells sharing a row or column total (a one-key margin) with an exposed cell, else any
// total: non-zero ones smallest first, zeros last (0 is hidden only when nothing else protects).
function complementsFor(exposed: number[], equations: Equation[], unknown: (i: number) => boolean, values: (number | null)[]): number[] {
  const pick = (maxLevel: number) => {
    const set = new Set<number>();
    for (const eq of equations) {
      if (eq.level > maxLevel || !exposed.some((i) => eq.cells.has(i))) continue;
      for (const i of eq.cells.keys()) if (!unknown(i)) set.add(i);
    }
    return set;
  };
  let set = pick(1);
  if (!set.size) set = pick(Infinity);
  const rank = (i: number) => ((values[i] as number) === 0 ? Infinity : Math.abs(values[i] as number));
  return [...set].sort((a, b) => rank(a) - rank(b) || a - b).slice(0, MAX_CANDIDATES);
}

/**
 * The unknown cells that can be solved for from the equations, knowing every visible cell.
 * A cell can be exactly when its unit vector lies in the row space of the equations restricted
 * to the unknown cells: in reduced row echelon form, some row is that unit vector.
 */
function recoverableCells(equations: Equation[], unknown: (i: number) => boolean): Set<number> {
  const rows = equations.map((eq) => [...eq.cells].filter(([i]) => unknown(i))).filter((r) => r.length);
  const index = [...new Set(rows.flatMap((r) => r.map(([i]) => i)))];
  const col = new Map(index.map((c, j) => [c, j]));
  const m = rows.map((r) => {
    const row = new Float64Array(index.length);
    for (const [i, a] of r) row[col.get(i)!] = a;
    return row;
  });
  // Gauss–Jordan elimination; coefficients start as ±1, so rounding stays far below eps.
  const eps = 1e-9;
  let r = 0;
  const pivots: [number, number][] = [];
  for (let c = 0; c < index.length && r < m.length; c++) {
    let p = r;
    while (p < m.length && Math.abs(m[p][c]) < eps) p++;
    if (p === m.length) continue;
    [m[r], m[p]] = [m[p], m[r]];
    const pv = m[r][c];
    for (let j = c; j < index.length; j++) m[r][j] /= pv;
    for (let q = 0; q < m.length; q++) {
      if (q === r || Math.abs(m[q][c]) < eps) continue;
      const f = m[q][c];
      for (let j = c; j < index.length; j++) m[q][j] -= f * m[r][j];
    }
    pivots.push([c, r]);
    r++;
  }
  const out = new Set<number>();
  for (const [c, row] of pivots) if (m[row].every((a, j) => j === c || Math.abs(a) < eps)) out.add(index[c]);
  return out;
}
