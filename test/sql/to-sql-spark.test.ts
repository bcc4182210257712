// The Spark SQL of every summary spec the SQL tests use, parsed by sqlglot's Spark dialect
// (Debian's python3-sqlglot, run by /usr/bin/python3: one process for all statements).
// node-sql-parser has no Spark grammar, so this is the only parser that checks the Spark form.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toSQL } from '../../src/sql/to-sql.js';
import { getField } from '../../src/model/fields.js';
import type { RecordType } from '../../src/model/record-types.js';
import { planSummary, type KeyPlan } from '../../src/summarize/spec.js';
import { allSqlSpecs } from './differential.js';

const python = '/usr/bin/python3';
const script = fileURLToPath(new URL('./sqlglot-parse.py', import.meta.url));
const required = process.env.SMUGGLING_EVIDENCE_REQUIRE_SQLGLOT === '1';
const hasSqlglot = spawnSync(python, ['-c', 'import sqlglot'], { stdio: 'ignore' }).status === 0;
if (!hasSqlglot && !required) console.log('skip: Spark SQL parse check: /usr/bin/python3 cannot import sqlglot (apt-get install -y python3-sqlglot)');

// A region or sub-region from one scalar country field (and the record's own scalar region
// codes) has one value per record: toSQL computes it as a scalar, without a LATERAL VIEW.
function oneValue(type: RecordType, k: KeyPlan): boolean {
  if (k.kind !== 'region' && k.kind !== 'subregion') return false;
  const countries = k.fields.filter((f) => !['region', 'mmp_region', 'unsd_subregion'].includes(f));
  return countries.length === 1 && k.fields.every((f) => !getField(type, f)?.list);
}

interface Parsed {
  error?: string;
  root?: string;
  ctes?: string[];
  columns?: string[];
  laterals?: number;
  roundTrip?: boolean;
}

function parse(sqls: string[]): { version: string; answers: Parsed[] } {
  const r = spawnSync(python, [script], { input: JSON.stringify(sqls.map((sql) => ({ sql, read: 'spark' }))), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${python} ${script} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe.skipIf(!hasSqlglot && !required)('toSQL Spark dialect, parsed by sqlglot', () => {
  it('sqlglot can be imported by /usr/bin/python3', () => {
    expect(hasSqlglot, 'SMUGGLING_EVIDENCE_REQUIRE_SQLGLOT=1 but /usr/bin/python3 cannot import sqlglot: apt-get install -y python3-sqlglot').toBe(true);
  });

  it('parses the Spark SQL of every spec the SQL tests use, whole: CTEs, output columns, one LATERAL VIEW per list key', () => {
    const specs = allSqlSpecs();
    // As summarizeInDuckDB does: suppression runs on the result, after the SQL.
    const sqls = specs.map((s) => toSQL({ ...s, suppress: false }, { table: 'records', dialect: 'spark' }));
    const { version, answers } = parse(sqls);
    expect(version).toMatch(/^\d+\.\d+/);
    expect(answers).toHaveLength(specs.length);
    specs.forEach((spec, i) => {
      const plan = planSummary(spec);
      const what = `${spec.type} by ${spec.by?.join(',') || '(none)'}:\n${sqls[i]}`;
      expect(answers[i].error, what).toBeUndefined();
      expect(answers[i], what).toEqual({
        root: 'Select',
        ctes: [...sqls[i].matchAll(/^\s*(__\w+) AS \(/gm)].map((m) => m[1]),
        columns: [...plan.keys.map((k) => k.name), ...plan.measures.map((m) => m.name)],
        laterals: plan.keys.filter((k) => k.shape === 'list' && !oneValue(spec.type!, k)).length,
        roundTrip: true,
      });
    });
    expect(specs.length).toBeGreaterThan(100);
  });

  it('the check can fail: a statement with a parenthesis missing is a parse error', () => {
    const sql = toSQL({ type: 'incident', by: ['theme', 'year'] }, { table: 'records', dialect: 'spark' });
    const broken = sql.replace('FROM __base)', 'FROM __base');
    expect(broken).not.toBe(sql);
    const { answers } = parse([broken]);
    expect(answers[0].error).toMatch(/ParseError/);
  });
});
