// The cells of a combined gap map worked out in the test, not by gapMap: from each dataset's
// records on their own (the themes and areas a record is about come from evidenceIndex, run on
// one dataset at a time), crossed by hand with plain Sets and Maps.
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isRecordType, type RecordType } from '../../src/model/record-types.js';
import { loadCSV } from '../../src/read/node-load.js';
import { evidenceIndex, type DatasetInput } from '../../src/summarize/evidence-index.js';

export interface Cell {
  theme: string | null;
  area: string;
  sources: number;
  weighted_sources: number;
  records: number;
}

/** The records of a folder of `<type>.csv` files, per type. */
export async function datasetRecords(dir: string): Promise<DatasetInput> {
  const out: Record<string, object[]> = {};
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv')).sort()) {
    const type = basename(f, extname(f));
    if (isRecordType(type)) out[type] = (await loadCSV(join(dir, f), { type: type as RecordType })).records;
  }
  return out as DatasetInput;
}

/** Non-empty cells, theme × region, over the datasets by name: distinct sources across all of them. */
export function combinedCells(datasets: Record<string, DatasetInput>): Cell[] {
  const cells = new Map<string, { theme: string | null; area: string; sources: Set<string>; records: number; best: Map<string, number> }>();
  const quality = new Map<string, number>();
  const rows: { name: string; r: Record<string, any> }[] = [];
  for (const [name, dataset] of Object.entries(datasets)) {
    for (const r of evidenceIndex(dataset).objects() as Record<string, any>[]) {
      if (r.record_type === 'source') {
        if (typeof r.source_quality === 'number') quality.set(r.id, Math.max(quality.get(r.id) ?? 0, r.source_quality));
      } else rows.push({ name, r });
    }
  }
  for (const { name, r } of rows) {
    const sources: string[] = r.source_ids.length ? r.source_ids : [`${name}:${r.id}`];
    for (const theme of r.themes.length ? r.themes : [null]) {
      for (const area of r.regions.length ? r.regions : ['unknown']) {
        const key = `${theme}|${area}`;
        const c = cells.get(key) ?? { theme, area, sources: new Set<string>(), records: 0, best: new Map<string, number>() };
        c.records++;
        for (const s of sources) {
          c.sources.add(s);
          const q = quality.get(s) ?? (typeof r.source_quality === 'number' ? r.source_quality : 1);
          c.best.set(s, Math.max(c.best.get(s) ?? 0, q));
        }
        cells.set(key, c);
      }
    }
  }
  return [...cells.values()]
    .map((c) => ({ theme: c.theme, area: c.area, sources: c.sources.size, weighted_sources: Math.round([...c.best.values()].reduce((a, q) => a + q / 5, 0) * 100) / 100, records: c.records }))
    .sort((a, b) => `${a.theme}|${a.area}`.localeCompare(`${b.theme}|${b.area}`));
}
