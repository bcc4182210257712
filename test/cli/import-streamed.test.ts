// `import` streams: it reads the file in chunks (two reads for MMP) and writes each record as it goes. What it
// writes must be what the library's whole-file functions give for the same bytes, on a file spanning many chunks
// and on the real public files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCtdc, importFrontexIbc, importMissingMigrants, toCSV, toNDJSON } from 'smuggling-evidence';
import { checkWritten, coverWritten } from '../../src/adapters/adapter-run.js';
import type { AdapterResult } from '../../src/adapters/types.js';
import type { RecordType } from '../../src/model/record-types.js';
import { externalPath, hasExternal } from '../adapters/external.js';
import { ensureBuilt, runCli } from '../helpers/built-cli.js';

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'se-import-streamed-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A synthetic export in the MMP 2022 layout: `n` rows, some quoted cells, a few rows that must be rejected. */
function mmpFile(n: number): string {
  const lines = ['Main ID,Incident ID,Incident Type,Region of Incident,Incident Date,Incident year,Number of Dead,Minimum Estimated Number of Missing,Total Number of Dead and Missing,Number of Survivors,Cause of Death,Migration route,Location of death,Coordinates,URL,Source Quality'];
  for (let i = 1; i <= n; i++) {
    const y = 2014 + (i % 9);
    const date = i % 5000 === 0 ? 'not a date' : `${y}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const id = i % 7000 === 0 ? i - 1 : i; // a repeated Main ID now and then
    lines.push(`${id},${id},Incident,Mediterranean,${date},${y},${i % 4},${i % 3},${(i % 4) + (i % 3)},${i % 20},Drowning,Central Mediterranean,"Synthetic row ${i}, not real","${(32 + (i % 50) / 100).toFixed(4)}, ${(13 + (i % 40) / 100).toFixed(4)}",,${1 + (i % 5)}`);
  }
  return lines.join('\n') + '\n';
}

/** What the CLI wrote before it streamed: the library's result, checked and covered, through the whole-list writers. */
function expected(result: AdapterResult<object>, type: RecordType, format: 'csv' | 'ndjson') {
  const written = checkWritten(result.records, type);
  const write = format === 'csv' ? toCSV : toNDJSON;
  return { records: write(written.records, type).text, source: write([coverWritten(result.source, written.records)], 'source').text };
}

describe('import streams', () => {
  it('imports 50,000 rows (hundreds of chunks) with the counts and bytes of the whole-file import', () => {
    const file = join(dir, 'MissingMigrants-Global-2023-01-01.csv');
    const text = mmpFile(50000);
    writeFileSync(file, text);
    expect(text.length).toBeGreaterThan(100 * 65536);
    const library = importMissingMigrants(new TextEncoder().encode(text), { vintage: 2023 });
    for (const format of ['ndjson', 'csv'] as const) {
      const out = join(dir, `big.${format}`);
      const r = runCli(['import', 'missing-migrants', file, '--out', out, '--max-reasons', '3']);
      expect(r.code, r.stderr).toBe(1); // rows were rejected
      // 10 unreadable dates, 7 repeated ids (one of which also has a bad date: rejected once, for the repeat).
      expect(r.stdout).toContain('read 50000 rows: 49984 mapped, 16 rejected');
      expect(r.stdout).toContain('wrote 49984 incident records');
      expect(r.stdout).toContain('vintage 2023 from the file name');
      expect(r.stdout).toContain('… and 13 more rejected rows');
      expect(r.stdout.match(/ {2}rejected row /g)).toHaveLength(3);
      const want = expected(library, 'incident', format);
      expect(readFileSync(out, 'utf8') === want.records, format).toBe(true);
      expect(readFileSync(join(dir, `big.sources.${format}`), 'utf8')).toBe(want.source);
    }
    expect(library.report).toMatchObject({ read: 50000, mapped: 49984, rejected: 16 });
  }, 300_000); // three imports of 50,000 rows on a busy machine

  it('leaves no output behind when the import fails', () => {
    const file = join(dir, 'not-mmp.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const r = runCli(['import', 'missing-migrants', file, '--out', join(dir, 'none.ndjson')]);
    expect(r.code).toBe(2);
    expect(execFileSync('ls', [dir], { encoding: 'utf8' })).not.toMatch(/none\.ndjson/);
  });

  it('refuses a FIFO with one line and exit 2 for every adapter (it would block forever)', () => {
    const fifo = join(dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    for (const adapter of ['missing-migrants', 'frontex-ibc', 'ctdc']) {
      const r = runCli(['import', adapter, fifo, '--out', join(dir, 'fifo.csv')]);
      expect(r.code, adapter).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual([`error: ${fifo} is not a regular file (a device, pipe or socket): give a file`]);
    }
  });

  const real: [string, string, RecordType, (b: Uint8Array, v?: number) => AdapterResult<object>][] = [
    ['missing-migrants', 'mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv', 'incident', (b, v) => importMissingMigrants(b, { vintage: v })],
    ['missing-migrants', 'mmp-2019-mojibake/MissingMigrants.csv', 'incident', (b, v) => importMissingMigrants(b, { vintage: v })],
    ['missing-migrants', 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv', 'incident', (b, v) => importMissingMigrants(b, { vintage: v })],
    ['missing-migrants', 'mmp-2026-export/MissingMigrants-Global-2026-05-06--19_42_11.csv', 'incident', (b, v) => importMissingMigrants(b, { vintage: v })],
    ['missing-migrants', 'mmp-gdidata-2025/iom_mmp_gdidata.csv', 'incident', (b, v) => importMissingMigrants(b, { vintage: v })],
    ['frontex-ibc', 'frontex-ibc-monthly/frontex_detections_ibc_monthly.csv', 'aggregate-observation', (b) => importFrontexIbc(b)],
    ['ctdc', 'ctdc-derived-sample/human_traffick_sample_dataset.csv', 'aggregate-observation', (b) => importCtdc(b)],
  ];
  it.skipIf(!hasExternal).each(real)('%s %s: the streamed output is the whole-file output', (adapter, rel, type, run) => {
    const out = join(dir, 'real.ndjson');
    const r = runCli(['import', adapter, externalPath(rel), '--out', out, '--vintage', '2025']);
    expect(r.code, r.stderr).toBe(0);
    const want = expected(run(readFileSync(externalPath(rel)), 2025), type, 'ndjson');
    expect(readFileSync(out, 'utf8') === want.records).toBe(true);
    expect(readFileSync(join(dir, 'real.sources.ndjson'), 'utf8')).toBe(want.source);
  }, 120_000);
});
