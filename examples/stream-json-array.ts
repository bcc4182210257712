// A JSON array of records read in chunks: batch by batch with streamFile (the CLI does the same, so a .json file over
// 1 GB validates in about 200 MB), and a file broken near its end refused in one line with its line and column.
// Usage: npx tsx examples/stream-json-array.ts [file.json (default: the example incidents written as JSON under examples/out/)]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromCSV, toJSON, validateRecords } from 'smuggling-evidence';
import { loadJSON, streamFile } from 'smuggling-evidence/node';

const out = fileURLToPath(new URL('out/incidents.json', import.meta.url));
let file = process.argv[2];
mkdirSync(dirname(out), { recursive: true });
if (!file) {
  // The example incidents, repeated with new ids, as the JSON array `convert --to json` writes.
  const examples = fromCSV(readFileSync(new URL('data/incident.csv', import.meta.url)), { type: 'incident' }).records;
  const records = Array.from({ length: 5000 }, (_, i) => ({ ...examples[i % examples.length], id: `inc-example-${i}` }));
  writeFileSync(out, toJSON(records, 'incident').text);
  file = out;
}

// One batch at a time: only the batch is held, never the file as one string.
let rows = 0;
let batches = 0;
let errors = 0;
for await (const batch of streamFile(file, { type: 'incident' })) {
  batches++;
  rows += batch.rows.length;
  errors += validateRecords(batch, 'incident').errors.length;
}
console.log(`${file}: ${rows} records in ${batches} batches, ${errors} errors`);

// A syntax error far into the file ends the read with one line, as the whole-file reader words it.
const broken = out.replace(/\.json$/, '-broken.json');
writeFileSync(broken, readFileSync(file, 'utf8').replace(/\}\s*\]\s*$/, '},\n]\n'));
try {
  await loadJSON(broken);
} catch (err) {
  console.log(`${broken}: ${(err as Error).message}`);
}
