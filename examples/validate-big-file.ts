/**
 * Validate a big CSV file on two threads: the second half is checked on a worker thread, and
 * the report is the one a single thread gives (here compared, field for field).
 *
 * Run: npx tsx examples/validate-big-file.ts [rows]
 * Writes examples/out/big-incidents.csv (the shipped incidents repeated with fresh ids, one in
 * a thousand of the first quarter given an unknown route), then prints how the split ended
 * ('merged': the worker's clean half was taken as counts) and both reports' counts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { validateFile } from 'smuggling-evidence/node';

const rows = Number(process.argv[2] ?? 60_000); // ~22 MB: files of 16 MiB and more are split
const [header, ...shipped] = readFileSync(new URL('./data/incident.csv', import.meta.url), 'utf8').trimEnd().split('\n');
const route = header.split(',').indexOf('route');
const lines = [header];
for (let i = 0; i < rows; i++) {
  const cells = shipped[i % shipped.length].split(',');
  cells[0] = `inc-big-${i}`; // ids must be unique
  if (i % 1000 === 999 && i < rows / 4) cells[route] = 'atlantis-crossing';
  lines.push(cells.join(','));
}
const out = new URL('./out/', import.meta.url);
mkdirSync(out, { recursive: true });
const file = new URL('big-incidents.csv', out).pathname;
writeFileSync(file, lines.join('\n') + '\n');

let outcome = 'one thread';
const two = await validateFile(file, { type: 'incident', onSplit: (o) => (outcome = o) });
const one = await validateFile(file, { type: 'incident', parallel: false });

console.log(`${file.split('/').pop()}: ${two.stats.rows} rows, split: ${outcome}`);
console.log(`two threads: ${two.stats.valid} valid, ${two.stats.invalid} invalid, ${two.stats.errors} errors`);
console.log(`one thread:  ${one.stats.valid} valid, ${one.stats.invalid} invalid, ${one.stats.errors} errors`);
console.log(`same report: ${JSON.stringify(two) === JSON.stringify(one) ? 'yes' : 'NO'}`);
