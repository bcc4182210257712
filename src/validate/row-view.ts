/**
 * The record the cross-field rules see while a column batch is checked: one object, its
 * fields set from the columns row after row.
 *
 *   rowViewFiller(names): (view, values, failed, i) => void
 *
 * Setting `view[name]` with a different name on each turn of a loop is a megamorphic store,
 * the costliest line of a validation run; so, as Ajv compiles a schema to code, the filler
 * is compiled once per header into straight-line code with one named store per column.
 * Where code cannot be compiled (a page whose Content-Security-Policy forbids it) the same
 * work runs as a loop.
 */
import type { ColumnValues } from '../read/csv-columns.js';

/** Fill `view` from row `i` of the columns. */
export type RowViewFiller = (
  view: Record<string, unknown>,
  values: readonly (ColumnValues | undefined)[],
  failed: readonly (Uint8Array | undefined)[],
  i: number,
) => void;

/**
 * The filler for columns named `names` ('' for a column that is not read, or whose field
 * no one looks at). An empty cell (NaN or null) and a cell that failed to convert both
 * leave the field undefined.
 *
 * `compile: false` gives the loop (what runs where code cannot be compiled).
 *
 * @example rowViewFiller(['id', 'dead'])(view, batch.values, batch.failed, 0); view.dead // 4
 */
export function rowViewFiller(names: readonly string[], compile = true): RowViewFiller {
  if (!compile) return looped(names);
  try {
    return compiled(names);
  } catch {
    return looped(names);
  }
}

function compiled(names: readonly string[]): RowViewFiller {
  const lines = ['let v;'];
  names.forEach((name, k) => {
    if (!name) return;
    const key = JSON.stringify(name);
    lines.push(
      `v = values[${k}][i];`,
      `if (failed[${k}] !== undefined && failed[${k}][i] === 1) view[${key}] = undefined;`,
      `else view[${key}] = v === null || v !== v ? undefined : v;`,
    );
  });
  return new Function('view', 'values', 'failed', 'i', lines.join('\n')) as RowViewFiller;
}

function looped(names: readonly string[]): RowViewFiller {
  return (view, values, failed, i) => {
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (!name) continue;
      const v = values[k]![i];
      view[name] = failed[k]?.[i] === 1 || v === null || v !== v ? undefined : v;
    }
  };
}
