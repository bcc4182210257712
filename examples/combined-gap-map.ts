// One evidence-gap map over several datasets: distinct sources per theme × region across all of
// them (a source two datasets cite counts once), records beside, quality-weighted beside. Then the
// report `smuggling-evidence report A B --out dir` writes, built in code: each dataset's own report
// in <dir>/<name>/, and <dir>/report.md with the index and the combined map.
// Usage: npx tsx examples/combined-gap-map.ts [dataset ...] (default istanbul-2017 annual-figures published-facts;
//        writes examples/out/combined-report/)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCombinedReport, buildReport, combinedGapMap, describeDataset, filterDatasetEvidence, formatSummary, loadDataset, renderSvg, type DatasetInput, type EvidenceReport } from 'smuggling-evidence/node';

const names = process.argv.slice(2).length ? process.argv.slice(2) : ['istanbul-2017', 'annual-figures', 'published-facts'];
const datasets: { name: string; title: string; records: number; dataset: DatasetInput }[] = [];
for (const name of names) {
  // Evidence only, as `report` does: illustrative and synthetic records are not evidence.
  const { dataset } = filterDatasetEvidence((await loadDataset(name)) as Record<string, Record<string, unknown>[]>);
  const records = Object.values(dataset).reduce((s, r) => s + r.length, 0);
  datasets.push({ name, title: describeDataset(name).title, records, dataset: dataset as DatasetInput });
}

// The map itself: a table of cells, the gaps, and two heatmap specs.
const map = combinedGapMap(datasets);
const shown = map.table.filter((d: any) => d.records > 0);
console.log(formatSummary(shown, 'text', { columns: ['theme', 'area', 'sources', 'weighted_sources', 'records'] }));
console.log(`${map.gaps.length} theme × region cells without evidence in any of ${names.join(', ')}`);

// The combined report, with each dataset's own report beside it.
const out = fileURLToPath(new URL('out/combined-report', import.meta.url));
const save = async (dir: string, report: EvidenceReport) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'report.md'), report.markdown);
  for (const c of report.charts) writeFileSync(join(dir, `${c.name}.svg`), await renderSvg(c.spec));
};
for (const d of datasets) await save(join(out, d.name), buildReport({ title: d.title, dataset: d.dataset }));
await save(out, buildCombinedReport({ datasets: datasets.map((d) => ({ ...d, invalid: 0 })), origins: names }));
console.log(`Combined report: ${join(out, 'report.md')}`);
