/**
 * From template to shareable files: write a CSV template for incidents, fill it with
 * records, check them against the schema, then convert them to CSV, JSON and Arrow
 * (for DuckDB, pandas, R or Observable) and describe them for Frictionless tools.
 *
 * Run: npx tsx examples/convert-and-template.ts [output-folder (default examples/out/convert-and-template)]
 * The command-line equivalent:
 *   smuggling-evidence template incident --out incidents.csv   # then fill it in a spreadsheet
 *   smuggling-evidence validate incidents.csv --type incident
 *   smuggling-evidence convert incidents.csv --type incident --to arrow --out incidents.arrow
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromCSV, getValidator, toArrow, toCSV, toJSON, toTableSchema, toTemplate, type Incident } from 'smuggling-evidence';

const out = process.argv[2] ?? fileURLToPath(new URL('out/convert-and-template', import.meta.url));
mkdirSync(out, { recursive: true });

// 1. The template: one header row, every incident field in schema order.
writeFileSync(join(out, 'incident-template.csv'), toTemplate('incident').text);

// 2. Filled records, as a contributor's rows read back (or an adapter) give them.
const incidents: Incident[] = [
  {
    id: 'inc-example-2016-001', themes: ['safety-dignity'], source_ids: ['src-iom-mmp'], sensitivity: 'public',
    date: '2016-05-26', date_precision: 'day', country: 'LBY', route: 'central-mediterranean',
    dead: 45, missing: 5, dead_and_missing: 50, survivors: 104, count_convention: 'minimum',
    cause_of_death: ['drowning'], transport_mode: 'sea', conveyance: 'fishing-vessel',
    notes: '-reported by survivors; figures are minimum estimates',
  },
  {
    id: 'inc-example-2017-002', themes: ['safety-dignity', 'cooperation'], source_ids: ['src-iom-mmp'],
    sensitivity: 'restricted', use_restrictions: 'Shared for analysis only (Protocol Art. 10(2)).',
    date: '2017-03', date_precision: 'month', country: 'GRC', count_convention: 'reported', dead: 2,
  },
];

// 3. Check every record against the schema before sharing anything.
const validate = getValidator('incident');
for (const [i, record] of incidents.entries()) {
  if (!validate(record)) throw new Error(`${incidents[i].id}: ${JSON.stringify(validate.errors)}`);
}

// 4. Convert. Restricted records are left out of every public output by default.
const csv = toCSV(incidents, 'incident');
writeFileSync(join(out, 'incidents.csv'), csv.text); // '-reported…' is written as "'-reported…"
// Reading the CSV back gives the same record: the loader removes the "'" again.
const [back] = fromCSV(csv.text, { type: 'incident' }).records;
if (JSON.stringify(back) !== JSON.stringify(incidents[0])) throw new Error('CSV round trip changed the record');
writeFileSync(join(out, 'incidents.json'), toJSON(incidents, 'incident').text);
writeFileSync(join(out, 'incidents.arrow'), toArrow(incidents, 'incident').bytes);
writeFileSync(join(out, 'incident.schema.frictionless.json'), JSON.stringify(toTableSchema('incident'), null, 2));

console.log(`wrote template, CSV, JSON, Arrow and Table Schema to ${out}`);
console.log(`left out ${csv.withheld} restricted record(s); pass { includeRestricted: true } to keep them`);
