// Reproduce a published IOM figure from a Missing Migrants Project download:
// "2,048 dead and missing in the Mediterranean in 2021" (IOM statement of 29 January 2024).
//
// Usage: npx tsx examples/import-mmp-figure.ts [MMP export.csv] [year] [region]
// Default file: the February 2022 export kept in ../shared/data/external (any MMP layout works).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMissingMigrants, summarize, toTable } from 'smuggling-evidence/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2] ?? path.resolve(root, '../shared/data/external/mmp-2022-mainid/Missing_Migrants_Global_Figures.csv');
const year = Number(process.argv[3] ?? 2021);
const region = process.argv[4] ?? 'mediterranean';

// 1. Import: encoding, layout, "1,022", dates and coordinates are handled; every row is accounted for.
const { records, source, report } = importMissingMigrants(readFileSync(file));
console.log(`${path.basename(file)}: ${report.layout}, ${report.encoding}; read ${report.read}, mapped ${report.mapped}, rejected ${report.rejected}`);

// 2. Summarise by year and region of incident, as IOM reports them.
const row = (summarize(toTable(records, 'incident'), { by: ['year', 'region'] }).objects() as any[]).find(
  (r) => r.year === year && r.region === region,
);
if (!row) throw new Error(`no incidents in ${region} in ${year} in this file`);

// 3. The figure, with its unit, convention and citation.
console.log(
  `${region}, ${year}: ${row.dead_and_missing.toLocaleString('en')} dead and missing (persons, minimum estimate) in ${row.records} incidents.`,
);
console.log(`${source.attribution} (${source.title}, ${source.url}).`);
