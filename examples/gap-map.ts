// Where is evidence missing? The theme × region gap map of a shipped dataset, as a table,
// a list of gaps and a heatmap.
// Usage: npx tsx examples/gap-map.ts [dataset] [region|subregion|country] [out.svg]
import { writeFileSync } from 'node:fs';
import { loadDataset, formatSummary, gapMap, themeOverview, renderSvg } from 'smuggling-evidence/node';

const [name = 'synthetic-demo', across = 'region', out = 'gap-map.svg'] = process.argv.slice(2);
const dataset = await loadDataset(name);

// How much evidence per theme, then where it is.
console.log(formatSummary(themeOverview(dataset), 'text', { columns: ['title', 'records', 'record_types', 'countries', 'mean_source_quality'] }));
const { gaps, spec } = gapMap(dataset, { across: across as 'region' | 'subregion' | 'country' });
console.log(`${gaps.length} theme × ${across} cells without any record:`);
for (const g of gaps) console.log(`  ${g.theme} · ${g.area}`);
writeFileSync(out, await renderSvg(spec));
console.log(`Heatmap: ${out}`);
