// The benchmark: our load / validate / summarize paths as RATIOS to baselines run in
// this same process on the same file (reading bytes, papaparse parsing alone), so the
// figures mean the same on any machine. Never a timed test: run `npm run bench`.
//
//   npm run bench                      # 200k rows
//   npm run bench -- --rows 1000000    # 1M rows (the brief's target)
//   npm run bench -- --memory --rows 4000000   # + streaming validation of a ~1 GB file in a
//                                              #   child process, reporting its peak RSS
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import Papa from 'papaparse';
import { writeIncidentCSV } from './generate.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    reps: { type: 'string', default: '3' },
    memory: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const reps = Number(values.reps);
const lib = await import('../dist/node.js');

const dir = mkdtempSync(join(tmpdir(), 'se-bench-'));
const file = join(dir, 'incident.csv');
const t0 = performance.now();
const bytes = await writeIncidentCSV(file, rows);
console.log(`data: ${rows.toLocaleString('en')} synthetic incident rows, ${(bytes / 1e6).toFixed(1)} MB (${((performance.now() - t0) / 1000).toFixed(1)} s to write)`);

/** Cases run round-robin so load on a shared machine hits them alike. */
const cases = {
  'floor: stream bytes, count lines': async () => {
    let n = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) n++;
    }
    return n - 1;
  },
  'baseline: papaparse stream, arrays (parse only)': () =>
    new Promise((resolve, reject) => {
      let n = -1;
      Papa.parse(createReadStream(file), { header: false, chunk: (r) => { n += r.data.length; }, complete: () => resolve(n), error: reject, skipEmptyLines: true });
    }),
  'baseline: papaparse string, header:true': async () => {
    const text = await readFile(file, 'utf8');
    return Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
  },
  'ours: validateFile (stream, coerce, ajv, rules)': async () => {
    const report = await lib.validateFile(file, { type: 'incident' });
    if (report.stats.rows !== rows || !report.valid) throw new Error(`validateFile: ${JSON.stringify(report.stats)}`);
    return report.stats.rows;
  },
  'ours: loadCSV + toTable + summarize(theme, year)': async () => {
    const loaded = await lib.loadCSV(file, { type: 'incident' });
    const summary = lib.summarize(lib.toTable(loaded.records, 'incident'), { by: ['theme', 'year'] });
    if (summary.numRows() === 0) throw new Error('empty summary');
    return loaded.records.length;
  },
};

const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let r = 0; r < reps; r++) {
  for (const [name, run] of Object.entries(cases)) {
    globalThis.gc?.();
    const start = performance.now();
    const n = await run();
    times[name].push(performance.now() - start);
    if (n !== rows) throw new Error(`${name} counted ${n} rows, expected ${rows}`);
  }
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const anchor = median(times['baseline: papaparse stream, arrays (parse only)']);
console.log(`\nmedian of ${reps} runs; ratio = time / papaparse stream parse-only time (lower is better)\n`);
console.log('| case | median ms | rows/s | MB/s | ratio |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, t] of Object.entries(times)) {
  const ms = median(t);
  console.log(`| ${name} | ${ms.toFixed(0)} | ${Math.round(rows / (ms / 1000)).toLocaleString('en')} | ${(bytes / 1e6 / (ms / 1000)).toFixed(0)} | ${(ms / anchor).toFixed(2)} |`);
}

await (await import('./summarize.mjs')).summarizeBench({ file, rows, bytes, anchor }); // issue 11: summaries, both engines

if (values.memory) {
  // A child process so its peak RSS is the validation's alone (getrusage maxrss).
  const script = `const { validateFile } = await import(${JSON.stringify(new URL('../dist/node.js', import.meta.url).href)});
    const r = await validateFile(${JSON.stringify(file)}, { type: 'incident' });
    const { maxRSS } = process.resourceUsage();
    console.log(JSON.stringify({ rows: r.stats.rows, valid: r.valid, maxRssMB: Math.round(maxRSS / 1024) }));`;
  const out = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  const m = JSON.parse(out.stdout.trim().split('\n').at(-1));
  console.log(`\nmemory: validateFile on ${(statSync(file).size / 1e6).toFixed(0)} MB (${m.rows.toLocaleString('en')} rows) peaked at ${m.maxRssMB} MB resident (target < 256 MB)`);
}

if (!values.keep) rmSync(dir, { recursive: true, force: true });
