// The benchmark: our paths as RATIOS to baselines run in this same process on the same
// file (the byte floor, papaparse's bare streamed parse, DuckDB's read_csv + GROUP BY),
// so the figures mean the same on any machine. Never a timed test: run `npm run bench`.
//
//   npm run bench                                # 1M rows, 3 rounds
//   npm run bench -- --rows 200000 --reps 1      # a quick look
//   npm run bench -- --only validate             # cases whose name contains "validate" (+ anchors)
//   npm run bench -- --big                       # + peak RSS of the CLI's validate / convert / import /
//                                                #   summarize --engine duckdb on ~1 GB files, each a child process
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeIncidentCSV, writeMissingMigrantsCSV } from './generate.mjs';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    reps: { type: 'string', default: '3' },
    only: { type: 'string' },
    big: { type: 'boolean', default: false },
    'big-rows': { type: 'string', default: '5400000' },
    summarize: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const reps = Number(values.reps);
const lib = await import('../dist/node.js');
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'se-bench-'));
const file = join(dir, 'incident.csv');
const badFile = join(dir, 'incident-invalid.csv');
// As many all-invalid rows as valid ones: rows/s compared on files of one size (a 10× smaller
// file measured the fixed costs of a run — worker start, JIT — more than its invalid rows).
const badRows = rows;
const t0 = performance.now();
const bytes = await writeIncidentCSV(file, rows);
await writeIncidentCSV(badFile, badRows, { invalid: true });
console.log(`data: ${rows.toLocaleString('en')} synthetic incident rows, ${(bytes / 1e6).toFixed(1)} MB; ${badRows.toLocaleString('en')} all-invalid rows (${((performance.now() - t0) / 1000).toFixed(1)} s to write)`);

const duck = await (await DuckDBInstance.create(':memory:')).connect();

/** Each case resolves to the rows it saw and is run round-robin, so load on a shared machine hits all alike. */
const cases = {
  'floor: stream bytes, count lines': async () => {
    let n = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) n++;
    }
    return n - 1;
  },
  'anchor: papaparse stream, arrays (parse only)': () =>
    new Promise((resolve, reject) => {
      let n = -1;
      Papa.parse(createReadStream(file), { header: false, chunk: (r) => { n += r.data.length; }, complete: () => resolve(n), error: reject, skipEmptyLines: true });
    }),
  'DuckDB: read_csv + GROUP BY year, route': async () => {
    const sql = `SELECT year(date) AS y, route, count(*) AS n, sum(dead) AS dead, sum(missing) AS missing, sum(survivors) AS survivors
      FROM read_csv('${file.replace(/'/g, "''")}') GROUP BY ALL`;
    const result = await duck.runAndReadAll(sql);
    return result.getRowObjects().reduce((s, r) => s + Number(r.n), 0);
  },
  'papaparse string, header:true': async () => {
    const text = await readFile(file, 'utf8');
    return Papa.parse(text, { header: true, skipEmptyLines: true }).data.length;
  },
  'ours: validateFile, valid rows': async () => {
    // The default: a file of 8-256 MiB has its second half checked on a worker thread.
    const report = await lib.validateFile(file, { type: 'incident' });
    if (report.stats.rows !== rows || !report.valid) throw new Error(`validateFile: ${JSON.stringify(report.stats)}`);
    return report.stats.rows;
  },
  'ours: validateFile, valid rows, one thread (parallel: false)': async () => {
    const report = await lib.validateFile(file, { type: 'incident', parallel: false });
    if (report.stats.rows !== rows || !report.valid) throw new Error(`validateFile: ${JSON.stringify(report.stats)}`);
    return report.stats.rows;
  },
  'ours: validateFile, valid rows, record path (columnar: false, the reference)': async () => {
    const report = await lib.validateFile(file, { type: 'incident', columnar: false });
    if (report.stats.rows !== rows || !report.valid) throw new Error(`validateFile: ${JSON.stringify(report.stats)}`);
    return report.stats.rows;
  },
  'ours: validateFile, all-invalid rows (default cap)': async () => {
    const report = await lib.validateFile(badFile, { type: 'incident' });
    if (report.stats.invalid !== badRows) throw new Error(`validateFile invalid: ${JSON.stringify(report.stats)}`);
    return report.stats.rows;
  },
};
if (values.summarize) {
  cases['ours: loadCSV + toTable + summarize(theme, year)'] = async () => {
    const loaded = await lib.loadCSV(file, { type: 'incident' });
    const summary = lib.summarize(lib.toTable(loaded.records, 'incident'), { by: ['theme', 'year'] });
    if (summary.numRows() === 0) throw new Error('empty summary');
    return loaded.records.length;
  };
}
const anchors = ['floor', 'anchor', 'DuckDB'];
const chosen = Object.entries(cases).filter(([name]) => !values.only || anchors.some((a) => name.startsWith(a)) || name.includes(values.only));

const times = Object.fromEntries(chosen.map(([k]) => [k, []]));
for (let r = 0; r < reps; r++) {
  for (const [name, run] of chosen) {
    globalThis.gc?.();
    const start = performance.now();
    const n = await run();
    times[name].push(performance.now() - start);
    if (Math.round(n) !== rows) throw new Error(`${name} counted ${n} rows, expected ${rows}`);
  }
}

const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
const papa = median(times['anchor: papaparse stream, arrays (parse only)']);
const duckMs = median(times['DuckDB: read_csv + GROUP BY year, route']);
console.log(`\nmedian of ${reps} rounds; × papaparse = time / papaparse bare streamed parse; × DuckDB likewise (lower is better)\n`);
console.log('| case | median ms | rows/s | × papaparse | × DuckDB |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, t] of Object.entries(times)) {
  const ms = median(t);
  console.log(`| ${name} | ${ms.toFixed(0)} | ${Math.round(rows / (ms / 1000)).toLocaleString('en')} | ${(ms / papa).toFixed(2)} | ${(ms / duckMs).toFixed(2)} |`);
}
const valid = times['ours: validateFile, valid rows'];
const reference = times['ours: validateFile, valid rows, record path (columnar: false, the reference)'];
const oneThread = times['ours: validateFile, valid rows, one thread (parallel: false)'];
if (oneThread && reference) console.log(`\ncolumn path ÷ record path time, one thread each = ${(median(oneThread) / median(reference)).toFixed(2)}`);
if (valid && oneThread) console.log(`two threads ÷ one thread time = ${(median(valid) / median(oneThread)).toFixed(2)}`);
const bad = times['ours: validateFile, all-invalid rows (default cap)'];
if (valid && bad) {
  const ratio = (rows / median(valid)) / ((badRows / median(bad)));
  console.log(`\ninvalid rows/s ÷ valid rows/s = ${(1 / ratio).toFixed(2)} (target ≥ 0.8)`);
}

await (await import('./summarize.mjs')).summarizeBench({ file, rows, bytes, anchor: papa }); // summaries, both engines

if (values.big) {
  // Each command in its own process; a preload prints the process's peak RSS (getrusage) on exit.
  const bigRows = Number(values['big-rows']);
  const big = join(dir, 'big.csv');
  const bigMmp = join(dir, 'big-mmp.csv');
  const b1 = await writeIncidentCSV(big, bigRows);
  const b2 = await writeMissingMigrantsCSV(bigMmp, bigRows);
  const preload = 'data:text/javascript,' + encodeURIComponent("process.on('exit',()=>process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+'\\n'))");
  const runs = [
    ['validate', big, b1, ['validate', big, '--type', 'incident', '--format', 'json']],
    ['convert → ndjson', big, b1, ['convert', big, '--type', 'incident', '--to', 'ndjson', '--out', join(dir, 'out.ndjson')]],
    ['import missing-migrants', bigMmp, b2, ['import', 'missing-migrants', bigMmp, '--out', join(dir, 'out-mmp.ndjson')]],
    ['summarize --engine duckdb (default memory limit)', big, b1, ['summarize', big, '--type', 'incident', '--by', 'year,region', '--format', 'json', '--engine', 'duckdb']],
  ];
  console.log(`\n| command (${bigRows.toLocaleString('en')} rows) | file MB | exit | wall s | peak RSS MB |`);
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const [name, , size, args] of runs) {
    const start = performance.now();
    const out = spawnSync(process.execPath, ['--import', preload, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    const rss = /MAXRSS (\d+)/.exec(out.stderr ?? '')?.[1];
    const note = out.status === 0 || out.status === 1 ? '' : ` (${(out.stderr || String(out.signal)).trim().split('\n')[0].slice(0, 120)})`;
    console.log(`| ${name}${note} | ${(size / 1e6).toFixed(0)} | ${out.status ?? out.signal} | ${((performance.now() - start) / 1000).toFixed(1)} | ${rss ? Math.round(Number(rss) / 1024) : '–'} |`);
  }
}

if (!values.keep) rmSync(dir, { recursive: true, force: true });
else console.log(`kept ${dir}`);
