// Column batches of a file: numbers typed, each record's verdict the one validate gives.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCSV, streamColumns, validateFile, type ColumnBatch } from 'smuggling-evidence/node';

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'se-columns-'));
  const [header, ...rows] = readFileSync(new URL('../../examples/data/incident.csv', import.meta.url), 'utf8').trim().split('\n');
  const lines = [header];
  for (let i = 0; lines.length <= 2500; i++) for (const r of rows) lines.push(r.replace(/^inc-([^,]+)/, `inc-$1-c${i}`));
  lines[1200] = lines[1200].replace(/^[^,]+/, 'INC-BAD'); // one invalid record, row 1201
  file = join(dir, 'incident.csv');
  writeFileSync(file, lines.slice(0, 2501).join('\n') + '\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('streamColumns', () => {
  it('yields typed columns in batches, with each record valid as validate says, and returns the report', async () => {
    const it = streamColumns(file, { type: 'incident', columns: ['id', 'dead', 'themes'], batchSize: 1000 });
    const batches: ColumnBatch[] = [];
    let next = await it.next();
    while (!next.done) {
      batches.push(next.value);
      next = await it.next();
    }
    const report = next.value;
    expect(batches.length).toBeGreaterThan(1);
    const ref = await validateFile(file, { type: 'incident' });
    expect(report.stats).toEqual(ref.stats);
    expect(report.errors).toEqual(ref.errors);
    const want = fromCSV(readFileSync(file), { type: 'incident' });
    const dead = batches.flatMap((b) => [...(b.columns.dead as Float64Array)]);
    expect(dead).toEqual(want.records.map((r) => (typeof r.dead === 'number' ? r.dead : NaN)));
    expect(batches.every((b) => b.columns.dead instanceof Float64Array)).toBe(true);
    expect(batches.flatMap((b) => b.columns.themes as unknown[])).toEqual(want.records.map((r) => r.themes ?? null));
    const invalidRows = batches.flatMap((b) => [...b.rows].filter((_, i) => !b.valid[i]));
    expect(invalidRows).toEqual([1201]);
    expect(report.stats).toMatchObject({ rows: 2500, invalid: 1, valid: 2499 });
  });

  it('refuses a column that is not a field', async () => {
    await expect(streamColumns(file, { type: 'incident', columns: ['deaths'] }).next()).rejects.toThrow(/"deaths" is not a field of incident/);
  });
});
