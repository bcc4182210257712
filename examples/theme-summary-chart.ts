// Load → validate → summarise by theme and year → chart: the ten-line analysis in the README.
// Usage: npx tsx examples/theme-summary-chart.ts [incident.csv] [out.svg (default examples/out/incidents-by-theme.svg)]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCSV, validateRecords, formatSummary, summarize, toTable, renderSvg, toVegaLite } from 'smuggling-evidence/node';

const [file = fileURLToPath(new URL('data/incident.csv', import.meta.url)), out = fileURLToPath(new URL('out/incidents-by-theme.svg', import.meta.url))] = process.argv.slice(2);
const loaded = await loadCSV(file, { type: 'incident' });
const report = validateRecords(loaded);
if (!report.valid) throw new Error(`${report.stats.invalid} invalid records; run: smuggling-evidence validate ${file}`);
const summary = summarize(toTable(loaded.records, 'incident'), { by: ['theme', 'year'] });
console.log(formatSummary(summary, 'text', { columns: ['theme', 'year', 'records', 'dead', 'missing'] }));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, await renderSvg(toVegaLite(summary, 'line', { x: 'year', y: 'dead', color: 'theme' })));
console.log(`Chart: ${out}`);
