// Reproduce a published IOM figure from a Missing Migrants Project download:
// "2,048 dead and missing in the Mediterranean in 2021" (IOM statement of 29 January 2024).
//
// Usage: npx tsx examples/import-mmp-figure.ts [MMP export.csv] [year] [region]
// Default file: the February 2022 export in $SMUGGLING_EVIDENCE_EXTERNAL or ../shared/data/external
// (public data kept outside the repository; any MMP layout works). Without it: one line, exit 2.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMissingMigrants, summarize, toTable } from 'smuggling-evidence/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const externalDir = process.env.SMUGGLING_EVIDENCE_EXTERNAL || path.resolve(root, '../shared/data/external');
const file = process.argv[2] ?? path.join(externalDir, 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv');
if (!existsSync(file)) {
  console.error(`import-mmp-figure: ${file} is absent; pass the path of an MMP export (https://missingmigrants.iom.int/downloads)`);
  process.exit(2);
}
const year = Number(process.argv[3] ?? 2021);
const region = process.argv[4] ?? 'mediterranean';

// 1. Import: encoding, layout, "1,022", dates and coordinates are handled; every row is accounted for.
const { records, source, report } = importMissingMigrants(readFileSync(file));
console.log(`${path.basename(file)}: ${report.layout}, ${report.encoding}; read ${report.read}, mapped ${report.mapped}, rejected ${report.rejected}`);

// 2. Summarise by year and region of incident, as IOM reports them.
const row = (summarize(toTable(records, 'incident'), { by: ['year', 'region'] }).objects() as any[]).find(
  (r) => r.year === year && r.region === region,
);
if (!row) {
  console.error(`import-mmp-figure: no incidents in ${region} in ${year} in ${path.basename(file)}`);
  process.exit(1);
}

// 3. The figure, with its unit, convention and citation.
console.log(
  `${region}, ${year}: ${row.dead_and_missing.toLocaleString('en')} dead and missing (persons, minimum estimate) in ${row.records} incidents.`,
);
console.log(`${source.attribution} (${source.title}, ${source.url}).`);
