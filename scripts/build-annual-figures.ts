// Regenerates datasets/annual-figures from the public raw files with our own adapters:
// Frontex detections by route and year, MMP dead and missing by year, region of incident and route.
// Usage: npx tsx scripts/build-annual-figures.ts [path/to/shared/data/external] [out-dir (default datasets/annual-figures)]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFrontexIbc } from '../src/adapters/frontex-ibc.js';
import { importMissingMigrants } from '../src/adapters/missing-migrants.js';
import { getValidator } from '../src/model/registry.js';
import { writeDataset } from './dataset-files.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const external = path.resolve(process.argv[2] || process.env.SMUGGLING_EVIDENCE_EXTERNAL || path.join(root, '../shared/data/external'));
const frontexFile = 'frontex-ibc-monthly/frontex_detections_ibc_monthly.csv';
const mmpFile = 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv';
for (const f of [frontexFile, mmpFile]) {
  if (!existsSync(path.join(external, f))) {
    console.error(`build-annual-figures: ${path.join(external, f)} is absent; pass the folder of the public raw files`);
    process.exit(2);
  }
}

/** Sum values into keyed cells, remembering the first and last month seen. */
function rollUp<T>(items: T[], key: (x: T) => string, value: (x: T) => number, month: (x: T) => string) {
  const cells = new Map<string, { item: T; sum: number; first: string; last: string }>();
  for (const x of items) {
    const k = key(x);
    const c = cells.get(k) ?? { item: x, sum: 0, first: month(x), last: month(x) };
    c.sum += value(x);
    if (month(x) < c.first) c.first = month(x);
    if (month(x) > c.last) c.last = month(x);
    cells.set(k, c);
  }
  return [...cells.values()];
}

// Frontex: sum the monthly nationality rows to route × year. Months after the last complete
// year make a partial-year record with its real period and `is_provisional`.
const frontex = importFrontexIbc(readFileSync(path.join(external, frontexFile)));
const lastMonth = frontex.source.coverage_end!;
const frontexRecords = rollUp(frontex.records, (r) => `${r.period_start.slice(0, 4)} ${r.route}`, (r) => r.value!, (r) => r.period_start).map(
  ({ item, sum, first, last }) => {
    const year = item.period_start.slice(0, 4);
    const partial = last === lastMonth && !lastMonth.endsWith('-12');
    return {
      id: `agg-frontex-ibc-${year}-${item.route}`,
      record_type: 'aggregate-observation',
      themes: ['evidence-base'],
      source_ids: [frontex.source.id],
      sensitivity: 'public',
      indicator: 'ibc-detections',
      unit: 'detections',
      value: sum,
      period_start: partial ? `${year}-01` : year,
      ...(partial ? { period_end: last } : {}),
      period_precision: partial ? 'month' : 'year',
      route: item.route,
      ...(partial ? { is_provisional: true } : {}),
      count_convention: 'reported',
      reporting_entity: 'Frontex',
      notes: `Sum of Frontex monthly detections of illegal border-crossing (all nationalities, land and sea), ${first} to ${last}. Detections, not persons.`,
    };
  },
);

// MMP (2022 "Main ID" export, the latest full vintage we hold): one cell per year × region of
// incident × route, so summing by any of the three never counts an incident twice. 2022 is
// left out: the export stops on 16 February 2022.
const mmp = importMissingMigrants(readFileSync(path.join(external, mmpFile)));
const complete = mmp.records.filter((r) => r.date.slice(0, 4) <= '2021');
const mmpRecords = rollUp(complete, (r) => `${r.date.slice(0, 4)} ${r.region ?? ''} ${r.route ?? ''}`, (r) => r.dead_and_missing ?? 0, (r) => r.date).map(
  ({ item, sum }) => ({
    id: `agg-mmp-2022-${item.date.slice(0, 4)}-${item.region ?? 'no-region'}-${item.route ?? 'no-route'}`,
    record_type: 'aggregate-observation',
    themes: ['safety-dignity', 'evidence-base'],
    source_ids: [mmp.source.id],
    sensitivity: 'public',
    indicator: 'dead-and-missing',
    unit: 'persons',
    value: sum,
    period_start: item.date.slice(0, 4),
    period_precision: 'year',
    ...(item.region ? { region: item.region } : {}),
    ...(item.route ? { route: item.route } : {}),
    count_convention: 'minimum',
    reporting_entity: 'IOM Missing Migrants Project',
    notes: `Sum of MMP "Total Number of Dead and Missing" over incidents (cumulative incidents included, as IOM totals do) by region of incident${item.route ? ' and migration route' : '; no route given'}. Minimum estimate.`,
  }),
);

const records = [...frontexRecords, ...mmpRecords];
const validate = getValidator('aggregate-observation');
for (const r of records) if (!validate(r)) throw new Error(`${(r as { id: string }).id}: ${JSON.stringify(validate.errors)}`);
// The Frontex file reached us through IOM's Global Data Institute (R package `gdidata`,
// data/frontex.rda), and the MMP export through a third-party copy on GitHub: say so in the
// source records, with the terms each layer carries (PROVENANCE.md of each external folder).
const gdi = {
  id: 'src-iom-gdi-gdidata-frontex',
  record_type: 'source',
  themes: ['evidence-base'],
  source_quality: 4,
  sensitivity: 'public',
  title: 'gdidata: data package of the IOM Global Data Institute (data/frontex.rda, Frontex monthly IBC detections)',
  publisher: 'International Organization for Migration (IOM), Global Data Institute',
  publisher_type: 'un',
  source_type: 'dataset',
  year: 2025,
  published_date: '2025-06-19',
  url: 'https://github.com/iom/gdidata',
  language: 'en',
  licence: 'MIT (package)',
  licence_notes: 'The MIT licence covers the package; the data are Frontex\'s, which publishes no explicit open licence for the file (public, attribution to Frontex required).',
  attribution: 'Source: Frontex, via IOM GDI gdidata',
  notes: 'Intermediary: redistributes the Frontex monthly file (data as of about 3 June 2025) as an R data file; converted to CSV by smuggling-evidence without changing values (file last changed 2025-06-19, commit f41c56c).',
};
const frontexSource = {
  ...frontex.source,
  cited_via: [gdi.id],
  licence_notes: 'No explicit open licence: public, attribution to Frontex required. Read via IOM GDI gdidata (MIT licence for the package, not the data).',
};
const mmpSource = {
  ...mmp.source,
  licence_notes: 'IOM Missing Migrants Project terms of use (reuse with attribution). Read from a third-party copy on GitHub (commit 479f96c, 2022-05-13) of the February 2022 export, which states no licence of its own.',
};
const sources = [frontexSource, gdi, mmpSource];

const outDir = path.resolve(process.argv[3] ?? path.join(root, 'datasets/annual-figures'));
writeDataset(
  outDir,
  {
    name: 'annual-figures',
    title: 'Annual figures: Frontex detections and Missing Migrants dead and missing',
    description:
      'Yearly totals computed by smuggling-evidence from public raw files: Frontex detections of illegal border-crossing by route and year (2009-2025, 2025 partial), and IOM Missing Migrants Project dead and missing by year, region of incident and route (2014-2021, February 2022 export).',
    version: '1.1.0',
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0 for our compilation only; the upstream data keep their own terms: Frontex (no explicit open licence; attribution to Frontex required), IOM Missing Migrants Project terms of use (attribution)',
      },
    ],
    sources: [
      { title: `${frontexSource.publisher}: ${frontexSource.title} (via IOM GDI gdidata; Frontex terms: public, attribution required)`, path: frontexSource.url, version: frontexSource.coverage_end },
      { title: `${gdi.publisher}: ${gdi.title} (intermediary; MIT licence for the package)`, path: gdi.url, version: gdi.published_date },
      { title: `${mmpSource.publisher}: ${mmpSource.title} (IOM terms of use: attribution; read from a third-party GitHub copy)`, path: mmpSource.url, version: mmpSource.coverage_end },
    ],
    contributors: [{ title: 'smuggling-evidence contributors', roles: ['creator'] }],
    keywords: ['Frontex', 'Missing Migrants Project', 'IOM', 'SDG 10.7.3', 'annual figures'],
  },
  [
    { type: 'source', records: sources, description: 'Frontex monthly detections file, the IOM GDI package it was read through, and the MMP export of February 2022.' },
    { type: 'aggregate-observation', records, description: 'Frontex detections by route and year; MMP dead and missing by year, region of incident and route.' },
  ],
  `# annual-figures

Yearly totals produced by this library's own adapters from the public raw files, so every number can be
recomputed: \`npx tsx scripts/build-annual-figures.ts path/to/shared/data/external\`.

| records | from | unit |
| --- | --- | --- |
| \`agg-frontex-ibc-<year>-<route>\` (${frontexRecords.length}) | Frontex monthly detections of illegal border-crossings, 2009-01 … ${lastMonth} (via IOM GDI \`gdidata\`) | detections: border-crossing events, **not persons** |
| \`agg-mmp-2022-<year>-<region>-<route>\` (${mmpRecords.length}) | IOM Missing Migrants Project export of February 2022, years 2014-2021 | persons dead and missing, **minimum estimates** |

- Frontex: all nationalities and both border types summed per route and calendar year; ${lastMonth.slice(0, 4)} covers
  January to ${lastMonth} only (\`period_end\`, \`is_provisional\`). Sum the routes for the yearly total
  (2015: 1,822,102; 2023: 381,319, of which Central Mediterranean 158,026).
- MMP: one record per year × region of incident × route, so summing by year, by region or by route
  never counts an incident twice. Region \`mediterranean\`: 2019 = 1,885 and 2021 = 2,048, as IOM published.
  MMP revises past months: figures are those of the February 2022 export.

Licence: CC-BY-4.0 covers this compilation only. The data keep their publishers' terms: Frontex publishes no
explicit open licence for the monthly file (public, attribute Frontex); we read it through IOM GDI's \`gdidata\`
package (MIT, for the package code), recorded as the intermediary in \`source.csv\` (\`cited_via\`). The MMP export
is under IOM's terms of use (attribute the IOM Missing Migrants Project) and was read from a third-party copy of the
February 2022 download.

Cite as: smuggling-evidence contributors (2026). *Annual figures: Frontex detections and Missing Migrants
dead and missing* (dataset, version 1.1.0). Data: Frontex (via IOM GDI); IOM Missing Migrants Project.
`,
);
console.log(`wrote ${outDir}: ${frontexRecords.length} Frontex + ${mmpRecords.length} MMP records`);
