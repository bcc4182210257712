// Count the dead once across two Missing Migrants Project vintages: import the February 2022
// and January 2020 exports, link the same incidents without ids or URLs, write the union with
// each incident once (linked ids kept), and print SDG 10.7.3 for 2018 by UNSD grouping.
//
// Usage: npx tsx examples/count-the-dead-once.ts [external-dir]
// Writes examples/out/mmp-union.csv (git-ignored). Needs the public MMP files; exits 2 without them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dedupeIncidents, importMissingMigrants, indicator, toCSV } from 'smuggling-evidence/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/external'));
const files = ['mmp-2022-mainid/Missing_Migrants_Global_Figures.csv', 'mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv'];
if (!files.every((f) => existsSync(path.join(dir, f)))) {
  console.log(`skipped: the MMP exports are not in ${dir}`);
  process.exit(2);
}

// 1. Two vintages: the 2022 one first, so its (revised) records are the ones kept.
const [mmp2022, mmp2020] = files.map((f) => importMissingMigrants(readFileSync(path.join(dir, f))).records);
const sum = (rs: { dead_and_missing?: number }[]) => rs.reduce((s, r) => s + (r.dead_and_missing ?? 0), 0);
console.log(`2022 export: ${mmp2022.length} incidents; 2020 export: ${mmp2020.length} incidents; together ${sum([...mmp2022, ...mmp2020]).toLocaleString('en')} dead and missing`);

// 2. Link and merge: date, place, counts, cause, route and location text; no URLs needed.
const { records, links } = dedupeIncidents([mmp2022, mmp2020]);
console.log(`linked ${links.length} incidents of 2020 to 2022; union: ${records.length} incidents, ${sum(records).toLocaleString('en')} dead and missing, each incident once`);
const out = path.join(root, 'examples/out');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'mmp-union.csv'), toCSV(records, 'incident').text);

// 3. SDG 10.7.3 for 2018 by UNSD grouping, from the union.
const rows = indicator('sdg-10.7.3', records).filter((r) => r.year === 2018);
for (const row of rows) console.log(`2018  ${row.geography_label.padEnd(52)} ${String(row.dead_and_missing).padStart(5)}`);
console.log(`SDG 10.7.3, custodian ${rows[0].custodian}; minimum estimates; data vintages ${rows[0].data_vintage}; ${rows[0].geography_scheme}.`);
