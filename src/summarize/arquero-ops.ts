import { addAggregateFunction, addFunction } from 'arquero';
import { regionOf, splitRegion, subregionOf } from './regions.js';

// The functions our summaries need that Arquero has no op for, registered once under `se_`
// names so that a pipeline stays plain Arquero: `op.se_year(d.date)` works in any expression
// once this module is loaded (importing the package loads it).

const NONE = [null];

/** The values of a cell as a list to unroll: a list's distinct values, a scalar as one, empty as [null]. */
function se_values(v: unknown): unknown[] {
  if (Array.isArray(v)) return v.length ? (v.length < 2 ? v : [...new Set(v)]) : NONE;
  return v === undefined || v === null ? NONE : [v];
}

/** Year of the first date that has one (`2019-05` → 2019; a number is a year). */
function se_year(date: unknown, ...more: unknown[]): number | null {
  // Called once a row: the first date read in place, without a regular expression or a slice.
  const y = yearOf(date);
  if (y !== null || !more.length) return y;
  for (const v of more) {
    const z = yearOf(v);
    if (z !== null) return z;
  }
  return null;
}

// A finite number as it is; a text's leading four ASCII digits; else null.
function yearOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string' || v.length < 4) return null;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    y = y * 10 + d;
  }
  return y;
}

/** `YYYY-MM` of a date known at least to the month, else null. */
function se_month(date: unknown): string | null {
  return typeof date === 'string' && /^\d{4}-\d{2}/.test(date) ? date.slice(0, 7) : null;
}

/** The first date that has a value, as an ISO string (a year number as its digits). */
function se_date(...dates: unknown[]): string | null {
  for (const v of dates) {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
  }
  return null;
}

function countries(cols: unknown[]): string[] {
  const out: string[] = [];
  for (const v of cols) {
    if (Array.isArray(v)) for (const x of v) out.push(x as string);
    else if (typeof v === 'string') out.push(v);
  }
  return out.length < 2 ? out : [...new Set(out)];
}

// One shared list per country for the common row with one country: a million rows about 40
// countries then hold 40 small arrays, not a million (the lists are read, never changed).
const oneCountry = new Map<string, string[]>();
const oneRegion = new Map<string, unknown[]>();

/** Distinct countries of the row's country fields, as a list (empty: []). */
function se_countries(...cols: unknown[]): string[] {
  if (cols.length === 1 && typeof cols[0] === 'string') {
    let list = oneCountry.get(cols[0]);
    if (!list) oneCountry.set(cols[0], (list = [cols[0]]));
    return list;
  }
  return countries(cols);
}

/** Countries as keys to unroll: [null] when the row has none. */
function se_country_keys(...cols: unknown[]): unknown[] {
  const c = countries(cols);
  return c.length ? c : NONE;
}

/**
 * Regions (`level` region or subregion) of a row: for a record that carries MMP's schemes
 * (`scheme`, its mmp_region), that scheme's `value` (mmp_region, or its UNSD grouping); else its own `region` where it names one (not
 * `unknown`), else the M49 regions of its countries; [null] when none.
 */
function se_regions(level: string, scheme: unknown, value: unknown, own: unknown, ...cols: unknown[]): unknown[] {
  if (typeof scheme === 'string') return [typeof value === 'string' ? value : null];
  if (typeof own === 'string' && own !== 'unknown') {
    const v = splitRegion(own)[level as 'region' | 'subregion'];
    if (v) return [v];
  }
  const of = level === 'region' ? regionOf : subregionOf;
  if (cols.length === 1 && typeof cols[0] === 'string') {
    const key = `${level}\u0000${cols[0]}`;
    let list = oneRegion.get(key);
    if (!list) oneRegion.set(key, (list = [of(cols[0]) ?? null]));
    return list;
  }
  const out = new Set<string>();
  for (const c of countries(cols)) {
    const r = of(c);
    if (r) out.add(r);
  }
  return out.size ? [...out] : NONE;
}

/**
 * The one region (`level` region or subregion) of a row with at most one country, by the rules
 * of `se_regions`: the value `se_regions` gives as its only item, or null. A record type with
 * one country field then groups by region without an unroll (which copies every column).
 */
function se_region(level: string, scheme: unknown, value: unknown, own: unknown, country: unknown): unknown {
  if (typeof scheme === 'string') return typeof value === 'string' ? value : null;
  if (typeof own === 'string' && own !== 'unknown') {
    const v = splitRegion(own)[level as 'region' | 'subregion'];
    if (v) return v;
  }
  return typeof country === 'string' ? ((level === 'region' ? regionOf : subregionOf)(country) ?? null) : null;
}

/**
 * The row's countries that lie inside its group's area: `levels` names the geographic keys
 * (`country,region`) whose values follow. A record about ITA, LBY and TUN counts 2 countries
 * under africa and 1 under europe; when none lies inside (the record is in the group through
 * its own region, e.g. mediterranean), all of them count.
 */
function se_countries_in(list: unknown, levels: string, ...keys: unknown[]): string[] {
  let out = Array.isArray(list) ? (list as string[]) : [];
  levels.split(',').forEach((level, j) => {
    const of = level === 'country' ? (c: string) => c : level === 'region' ? regionOf : subregionOf;
    const inside = out.filter((c) => of(c) === keys[j]);
    if (inside.length) out = inside;
  });
  return out;
}

/** Which breakdown fields a row fills, as `0`/`1` flags (all `0`: a total). */
function se_level(...fields: unknown[]): string {
  let s = '';
  for (const v of fields) s += v === null || v === undefined ? '0' : '1';
  return s;
}

/** A cell's identity from its fields, for grouping observations of the same figure. */
function se_cell(...fields: unknown[]): string {
  return fields.map((v) => String(v ?? '')).join('\u0000');
}

/**
 * Whether a row counts at the grouping's breakdown level: a total does; where the cell has no
 * total and only one breakdown level (Frontex: by nationality only), its parts do.
 */
function se_at_level(level: string, levels: unknown): boolean {
  if (!/1/.test(level)) return true;
  const seen = levels as unknown[];
  return seen.length === 1 && level.split('1').length === 2;
}

let registered = false;

/**
 * Register the `se_` functions with Arquero (idempotent). Summaries call it; call it yourself
 * before using `op.se_year` and friends in your own Arquero expressions.
 *
 * @example registerSummaryOps(); table.derive({ year: 'd => op.se_year(d.date)' })
 */
export function registerSummaryOps(): void {
  if (registered) return;
  registered = true;
  const fns = { se_values, se_year, se_month, se_date, se_countries, se_country_keys, se_regions, se_region, se_countries_in, se_level, se_cell, se_at_level };
  for (const [name, fn] of Object.entries(fns)) addFunction(name, fn, { override: true });
  // Distinct non-empty values over list cells (op.distinct counts whole lists, and counts null).
  addAggregateFunction(
    'se_distinct_items',
    {
      create: () => ({
        init: (s: any) => (s.se_items = new Set()),
        add: (s: any, v: unknown) => {
          if (Array.isArray(v)) for (const x of v) x !== null && x !== undefined && s.se_items.add(x);
          else s.se_items.add(v);
        },
        rem: () => {},
        value: (s: any) => s.se_items.size,
      }),
      param: [1],
    },
    { override: true },
  );
}
