/**
 * Add up a big file without holding it: read typed column batches of only the fields you
 * need, each record already validated (`valid[i]`), and get the validation report at the end.
 *
 * Run: npx tsx examples/column-batches.ts [file.csv]
 * Prints the dead and missing of the valid incidents by year, then the report's counts.
 */
import { streamColumns } from 'smuggling-evidence/node';

const file = process.argv[2] ?? new URL('./data/incident.csv', import.meta.url).pathname;
const byYear = new Map<string, { dead: number; missing: number }>();
const it = streamColumns(file, { type: 'incident', columns: ['date', 'dead', 'missing'] });
let next = await it.next();
while (!next.done) {
  const b = next.value;
  const date = b.columns.date as (string | null)[];
  const dead = b.columns.dead as Float64Array; // NaN where a record has no value
  const missing = b.columns.missing as Float64Array;
  for (let i = 0; i < b.length; i++) {
    if (!b.valid[i] || !date[i]) continue;
    const y = date[i]!.slice(0, 4);
    const acc = byYear.get(y) ?? { dead: 0, missing: 0 };
    if (dead[i] === dead[i]) acc.dead += dead[i];
    if (missing[i] === missing[i]) acc.missing += missing[i];
    byYear.set(y, acc);
  }
  next = await it.next();
}
for (const [year, { dead, missing }] of [...byYear].sort()) console.log(`${year}: ${dead} dead, ${missing} missing`);
const { stats } = next.value;
console.log(`${stats.rows} records: ${stats.valid} valid, ${stats.invalid} invalid`);
