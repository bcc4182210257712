// Summaries in the benchmark: `summarize --by year,region` in memory (Arquero) and with
// --engine duckdb, each in a child process (its peak RSS is the summary's alone), as ratios to
// the papaparse parse-only anchor of run.mjs; and a check that both engines print the same rows.
import { spawnSync } from 'node:child_process';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;

// A preload that reports the child's peak RSS on exit (the CLI itself is run unchanged).
const preload = 'data:text/javascript,' + encodeURIComponent("process.on('exit', () => process.stderr.write('\\nMAXRSS ' + Math.round(process.resourceUsage().maxRSS / 1024) + '\\n'));");

function runCli(args) {
  const start = performance.now();
  const out = spawnSync(process.execPath, ['--import', preload, cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  if (out.status !== 0) throw new Error(`summarize ${args.join(' ')} exited ${out.status}: ${out.stderr}`);
  const rss = Number(/MAXRSS (\d+)/.exec(out.stderr)?.[1]);
  return { ms, rss, stdout: out.stdout };
}

/** Time both engines on `file` and check their outputs are identical. */
export async function summarizeBench({ file, rows, bytes, anchor }) {
  const args = ['summarize', file, '--type', 'incident', '--by', 'year,region', '--format', 'json'];
  const mem = runCli(args);
  const duck = runCli([...args, '--engine', 'duckdb', '--memory-limit', '256MB']);
  console.log('\n| summarize --by year,region (CLI, child process) | ms | rows/s | MB/s | ratio | peak RSS MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, r] of [['in memory (Arquero)', mem], ['--engine duckdb', duck]]) {
    console.log(`| ${name} | ${r.ms.toFixed(0)} | ${Math.round(rows / (r.ms / 1000)).toLocaleString('en')} | ${(bytes / 1e6 / (r.ms / 1000)).toFixed(0)} | ${(r.ms / anchor).toFixed(2)} | ${r.rss} |`);
  }
  const same = mem.stdout === duck.stdout;
  console.log(`\nboth engines' outputs identical on ${rows.toLocaleString('en')} rows: ${same ? 'yes' : 'NO'} (${JSON.parse(mem.stdout).length} groups)`);
  if (!same) throw new Error('summarize: the in-memory and DuckDB engines disagree');
}
