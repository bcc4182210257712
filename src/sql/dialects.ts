/** SQL dialects `toSQL` writes. */
export type SqlDialect = 'duckdb' | 'spark' | 'trino' | 'bigquery';

/** The dialect-specific pieces of a summary query; everything else is standard SQL. */
export interface Dialect {
  name: SqlDialect;
  quote(id: string): string;
  /** Integer year of a partial ISO date string. */
  year(e: string): string;
  /** A string type for casts. */
  string: string;
  /** A double type for casts. */
  double: string;
  /** Array literal of expressions (may be empty). */
  array(items: string[], type?: string): string;
  /** Concatenate arrays. */
  concat(arrays: string[]): string;
  /** Distinct non-null items of an array (empty array, never null, for a null input). */
  distinctItems(e: string): string;
  /** `body` (an expression of `x`) applied to each item of an array. */
  transform(e: string, body: string): string;
  /** Items of an array for which `cond` (an expression of `x`) holds. */
  filter(e: string, cond: string): string;
  /** Number of items of an array. */
  size(e: string): string;
  /** FROM-clause tail joining each row to every distinct item of array `e` as column `alias` (a row with none gets one null). */
  unnest(e: string, alias: string, n: number): string;
  /** Aggregate: the number of distinct items over the arrays of a group. */
  countDistinctItems(e: string): string;
  /** Aggregate: median (exact where the engine has one). */
  median(e: string): string;
  /** Literal for a JavaScript string, number, boolean or null. */
  literal(v: unknown): string;
  /** ORDER BY term: ascending, empty values last. */
  nullsLast(e: string): string;
  /**
   * A relation: `from` with each row repeated for every item of array `e` as column `alias` (a row
   * with none gets one null). When given, it replaces `unnest`'s join.
   */
  unnestFrom?(from: string, e: string, alias: string, n: number): string;
  /** Whether `e` is one of these literals (standard `IN` unless the engine has a better form). */
  isIn?(e: string, literals: string[]): string;
}

const nullsLast = (e: string) => `${e} NULLS LAST`;

const str = (v: string) => `'${v.replace(/'/g, "''")}'`;
const lit = (v: unknown): string =>
  v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : str(String(v));

const duckdb: Dialect = {
  name: 'duckdb',
  quote: (id) => `"${id.replace(/"/g, '""')}"`,
  year: (e) => `TRY_CAST(substr(${e}, 1, 4) AS INTEGER)`,
  string: 'VARCHAR',
  double: 'DOUBLE',
  array: (items, type = 'VARCHAR') => (items.length ? `[${items.join(', ')}]` : `CAST([] AS ${type}[])`),
  concat: (arrays) => arrays.reduce((a, b) => `list_concat(${a}, ${b})`),
  distinctItems: (e) => `coalesce(list_distinct(${e}), [])`,
  transform: (e, body) => `list_transform(${e}, x -> ${body})`,
  filter: (e, cond) => `list_filter(${e}, x -> ${cond})`,
  size: (e) => `len(${e})`,
  unnest: (e, alias, n) => `CROSS JOIN unnest(CASE WHEN len(${e}) = 0 THEN [NULL] ELSE ${e} END) AS __u${n}(${alias})`,
  countDistinctItems: (e) => `len(list_distinct(flatten(list(DISTINCT ${e}))))`,
  median: (e) => `median(${e})`,
  literal: lit,
  nullsLast,
  // DuckDB turns a long IN list into a join; inside a lambda (a record's countries mapped to
  // regions) that join is correlated and DuckDB materialises every row for it (all 5.4M rows of
  // a 1 GB file, past any memory limit). A constant list searched per row streams.
  // Unnest in the select list, not as a lateral join: DuckDB decorrelates the join by
  // materialising every row of its left side; the projection streams.
  unnestFrom: (from, e, alias, n) => `(SELECT *, unnest(CASE WHEN len(${e}) = 0 THEN [NULL] ELSE ${e} END) AS ${alias} FROM ${from}) AS __u${n}`,
  isIn: (e, literals) => `list_contains([${literals.join(', ')}], ${e})`,
};

const spark: Dialect = {
  name: 'spark',
  quote: (id) => `\`${id.replace(/`/g, '``')}\``,
  year: (e) => `try_cast(substring(${e}, 1, 4) AS INT)`,
  string: 'STRING',
  double: 'DOUBLE',
  array: (items, type = 'STRING') => (items.length ? `array(${items.join(', ')})` : `CAST(array() AS ARRAY<${type}>)`),
  concat: (arrays) => `concat(${arrays.join(', ')})`,
  distinctItems: (e) => `coalesce(array_distinct(filter(${e}, x -> x IS NOT NULL)), array())`,
  transform: (e, body) => `transform(${e}, x -> ${body})`,
  filter: (e, cond) => `filter(${e}, x -> ${cond})`,
  size: (e) => `size(${e})`,
  unnest: (e, alias, n) => `LATERAL VIEW OUTER explode(${e}) __u${n} AS ${alias}`,
  countDistinctItems: (e) => `size(array_distinct(flatten(collect_list(${e}))))`,
  median: (e) => `percentile(${e}, 0.5)`,
  literal: lit,
  nullsLast,
};

const trino: Dialect = {
  name: 'trino',
  quote: (id) => `"${id.replace(/"/g, '""')}"`,
  year: (e) => `TRY_CAST(substr(${e}, 1, 4) AS INTEGER)`,
  string: 'VARCHAR',
  double: 'DOUBLE',
  // An empty ARRAY[] takes its element type from the other side of coalesce or concat.
  array: (items) => `ARRAY[${items.join(', ')}]`,
  concat: (arrays) => `concat(${arrays.join(', ')})`,
  distinctItems: (e) => `coalesce(array_distinct(filter(${e}, x -> x IS NOT NULL)), ARRAY[])`,
  transform: (e, body) => `transform(${e}, x -> ${body})`,
  filter: (e, cond) => `filter(${e}, x -> ${cond})`,
  size: (e) => `cardinality(${e})`,
  unnest: (e, alias, n) => `LEFT JOIN UNNEST(${e}) AS __u${n}(${alias}) ON TRUE`,
  countDistinctItems: (e) => `cardinality(array_distinct(flatten(array_agg(${e}))))`,
  // Trino has no exact median aggregate.
  median: (e) => `approx_percentile(${e}, 0.5)`,
  literal: lit,
  nullsLast,
};

const bigqueryReserved = new Set(
  'all and any array as asc at between by case cast collate contains create cross cube current default define desc distinct else end enum escape except exclude exists extract false fetch following for from full group grouping groups hash having if ignore in inner intersect interval into is join lateral left like limit lookup merge natural new no not null nulls of on or order outer over partition preceding proto qualify range recursive respect right rollup rows select set some struct tablesample then to treat true unbounded union unnest using when where window with within'.split(' '),
);

const bigquery: Dialect = {
  name: 'bigquery',
  // Our field names are lower snake_case and none is a reserved word: bare names parse everywhere.
  quote: (id) => (/^[a-z_][a-z0-9_]*$/.test(id) && !bigqueryReserved.has(id) ? id : `\`${id.replace(/`/g, '\\`')}\``),
  year: (e) => `SAFE_CAST(SUBSTR(${e}, 1, 4) AS INT64)`,
  string: 'STRING',
  double: 'FLOAT64',
  array: (items, type = 'STRING') => (items.length ? `[${items.join(', ')}]` : `CAST([] AS ARRAY<${type}>)`),
  concat: (arrays) => `ARRAY_CONCAT(${arrays.join(', ')})`,
  distinctItems: (e) => `ARRAY(SELECT DISTINCT x FROM UNNEST(${e}) AS x WHERE x IS NOT NULL)`,
  transform: (e, body) => `ARRAY(SELECT ${body} FROM UNNEST(${e}) AS x)`,
  filter: (e, cond) => `ARRAY(SELECT x FROM UNNEST(${e}) AS x WHERE ${cond})`,
  size: (e) => `ARRAY_LENGTH(${e})`,
  unnest: (e, alias) => `LEFT JOIN UNNEST(${e}) AS ${alias} ON TRUE`,
  countDistinctItems: (e) => `ARRAY_LENGTH(ARRAY(SELECT DISTINCT x FROM UNNEST(ARRAY_CONCAT_AGG(${e})) AS x))`,
  // BigQuery's exact PERCENTILE_CONT is a window function only.
  median: (e) => `APPROX_QUANTILES(${e}, 2)[OFFSET(1)]`,
  literal: lit,
  // ASC puts nulls first in BigQuery; `x IS NULL` first sorts them last without NULLS LAST.
  nullsLast: (e) => `${e} IS NULL, ${e}`,
};

/** The dialects by name. */
export const dialects: Readonly<Record<SqlDialect, Dialect>> = Object.freeze({ duckdb, spark, trino, bigquery });
