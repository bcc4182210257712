// A summary as an Arquero pipeline you extend, and as SQL for DuckDB, Spark, Trino or BigQuery.
//   npx tsx examples/summary-sql.ts [examples/data/incident.csv]
// Prints the summary by route with one extra measure rolled up beside ours, then the DuckDB and
// Spark SQL of the same spec (run the SQL over a Parquet file from `convert --to parquet`).
import { op } from 'arquero';
import { loadCSV } from '../src/node.js';
import { publicRecords, summaryPipeline, toSQL, toTable, type SummarySpec } from '../src/index.js';

const file = process.argv[2] ?? new URL('./data/incident.csv', import.meta.url).pathname;
// Restricted and confidential records stay out of anything printed, as in every public output.
const { records } = publicRecords((await loadCSV(file, { type: 'incident' })).records);
const spec: SummarySpec = { type: 'incident', by: ['route'], measures: ['records', 'dead', 'missing'] };

// The pipeline is plain data: the verbs before the rollup, and the rollup's expressions.
const pipeline = summaryPipeline(spec);
console.log('verbs:', pipeline.steps.map((s) => s.verb).join(' → '), '→ rollup');
const table = pipeline
  .grouped(toTable(records, 'incident'))
  .rollup({ ...pipeline.rollup, worst_incident_dead: op.max('dead') })
  .orderby('route');
console.log(table.toMarkdown());

console.log('DuckDB:\n' + toSQL(spec, { table: "read_parquet('incidents.parquet')", dialect: 'duckdb' }) + '\n');
console.log('Spark:\n' + toSQL(spec, { table: 'parquet.`incidents.parquet`', dialect: 'spark' }));
