// Where is evidence missing? The theme × region gap map of a shipped dataset, as a table,
// a list of gaps and a heatmap.
// Usage: npx tsx examples/gap-map.ts [dataset] [region|subregion|country] [out.svg (default examples/out/gap-map.svg)]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset, formatSummary, gapMap, themeOverview, renderSvg } from 'smuggling-evidence/node';

const [name = 'synthetic-demo', across = 'region', out = fileURLToPath(new URL('out/gap-map.svg', import.meta.url))] = process.argv.slice(2);
const dataset = await loadDataset(name);

// How much evidence per theme, then where it is.
console.log(formatSummary(themeOverview(dataset), 'text', { columns: ['title', 'records', 'record_types', 'countries', 'mean_source_quality'] }));
const { gaps, spec } = gapMap(dataset, { across: across as 'region' | 'subregion' | 'country' });
console.log(`${gaps.length} theme × ${across} cells without any record:`);
for (const g of gaps) console.log(`  ${g.theme} · ${g.area}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await renderSvg(spec));
console.log(`Heatmap: ${out}`);
