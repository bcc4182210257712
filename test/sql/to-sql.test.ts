import { describe, expect, it } from 'vitest';
import pkg from 'node-sql-parser';
import { recordTypes } from '../../src/model/record-types.js';
import { toSQL } from '../../src/sql/to-sql.js';
import type { SummarySpec } from '../../src/summarize/spec.js';
import { sqlExtraSpecs as extra, specsFor } from './differential.js';

const parser = new (pkg as unknown as { Parser: new () => { astify(sql: string, o: { database: string }): unknown } }).Parser();


// Trino and BigQuery are checked by node-sql-parser's grammars for them; it has no Spark SQL
// grammar (its Hive one rejects Spark's lambdas): the Spark form is parsed by sqlglot in
// spark-sqlglot.test.ts.
describe('toSQL', () => {
  for (const [dialect, database] of [['trino', 'Trino'], ['bigquery', 'BigQuery']] as const) {
    it(`writes ${dialect} SQL that ${database}'s grammar parses, for every record type and key`, () => {
      let n = 0;
      for (const type of recordTypes) {
        for (const spec of [...specsFor(type), ...extra.filter((s) => s.type === type)]) {
          const sql = toSQL(spec, { table: 'records', dialect });
          expect(() => parser.astify(sql, { database }), `${type} by ${spec.by?.join(',')}:\n${sql.slice(0, 400)}`).not.toThrow();
          n++;
        }
      }
      expect(n).toBeGreaterThan(80);
    });
  }

  it('the grammar check can fail: DuckDB list syntax is not BigQuery', () => {
    const sql = toSQL({ type: 'incident', by: ['theme'] }, { table: 'records', dialect: 'duckdb' });
    expect(() => parser.astify(sql, { database: 'BigQuery' })).toThrow();
  });

  it('refuses a summary that must be small-cell suppressed, unless the spec turns it off', () => {
    const spec: SummarySpec = { type: 'aggregate-observation', by: ['breakdown_sex'], measures: ['value'] };
    expect(() => toSQL(spec, { table: 't' })).toThrow(/must be small-cell suppressed.*suppress: false/);
    expect(toSQL({ ...spec, suppress: false }, { table: 't' })).toMatch(/GROUP BY/);
  });

  it('names the unknown dialect, key or measure', () => {
    expect(() => toSQL({ type: 'incident' }, { table: 't', dialect: 'oracle' as never })).toThrow(/unknown dialect "oracle"/);
    expect(() => toSQL({ type: 'incident', by: ['colour'] }, { table: 't' })).toThrow(/cannot group incident records by "colour"/);
    expect(() => toSQL({ type: 'incident', measures: ['deaths'] }, { table: 't' })).toThrow(/unknown measure "deaths"/);
  });

  it('writes each dialect its own way of unrolling a list', () => {
    const spec: SummarySpec = { type: 'incident', by: ['theme'], measures: ['records'] };
    // DuckDB unnests in the select list (a lateral join would materialise every row).
    const duck = toSQL(spec, { table: 't', dialect: 'duckdb' });
    expect(duck).toMatch(/\(SELECT \*, unnest\(CASE WHEN len\(__k0\) = 0 THEN \[NULL\] ELSE __k0 END\) AS __v0 FROM __keyed\) AS __u0/);
    expect(duck).not.toMatch(/JOIN/);
    expect(toSQL(spec, { table: 't', dialect: 'spark' })).toMatch(/LATERAL VIEW OUTER explode\(/);
    expect(toSQL(spec, { table: 't', dialect: 'trino' })).toMatch(/LEFT JOIN UNNEST\(__k0\) AS __u0\(__v0\) ON TRUE/);
    expect(toSQL(spec, { table: 't', dialect: 'bigquery' })).toMatch(/LEFT JOIN UNNEST\(__k0\) AS __v0 ON TRUE/);
  });
});
