/**
 * Stands in for arquero/src/expression/row-object.js in the page bundle (web/build.mjs).
 * Arquero builds `table.objects()` rows by generating code and compiling it with
 * `Function`, which the page's CSP forbids (EvalError); this builds the same objects with
 * a plain loop. The expression parts are only reached through acorn, which is stubbed too.
 */
export const ROW_OBJECT = 'row_object';

type Column = { at?(row: number): unknown; [row: number]: unknown };
type Table = { columnNames(): string[] };

type Props = string[] | Map<string, string> | Record<string, string>;

/** Column name and output key pairs, as arquero's `entries` reads a selection. */
function pairsOf(props: Props): [string, string][] {
  if (props instanceof Map) return [...props];
  if (Array.isArray(props)) return props.map((p) => (Array.isArray(p) ? (p as unknown as [string, string]) : [p, p]));
  return Object.entries(props);
}

export function rowObjectBuilder(table: Table, props: Props = table.columnNames()) {
  const pairs = pairsOf(props);
  return (row: number, data: Record<string, Column>) => {
    const out: Record<string, unknown> = {};
    for (const [name, key] of pairs) {
      const col = data[name];
      out[key] = typeof col.at === 'function' ? col.at(row) : col[row];
    }
    return out;
  };
}

export function rowObjectExpression(): never {
  throw new Error('Arquero expressions are not available in the validator page');
}

export function rowObjectCode(): never {
  throw new Error('Arquero expressions are not available in the validator page');
}
