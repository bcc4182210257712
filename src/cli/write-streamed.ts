// `convert`'s second pass: stream the (already checked) file again and write it batch by
// batch in the same bytes the whole-file writers give, so a file of any size converts in
// bounded memory. With --out the text goes to a temporary file renamed at the end, so a
// failure leaves nothing half written.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { dirname } from 'node:path';
import type { RecordType } from '../model/record-types.js';
import { streamFile } from '../read/node-load.js';
import { toCSV } from '../write/to-csv.js';
import { toJSON } from '../write/to-json.js';
import { toNDJSON } from '../write/to-ndjson.js';
import type { CliIO } from './command.js';

/** Options of {@link writeStreamed}. */
export interface StreamedWrite {
  to: 'csv' | 'json' | 'ndjson';
  includeRestricted: boolean;
  escapeFormulas: boolean;
  out?: string;
}

/**
 * Convert `path` to `to`, streaming; resolves to the records read and withheld.
 *
 * @example await writeStreamed('big.csv', 'incident', { to: 'ndjson', includeRestricted: false, escapeFormulas: true, out: 'big.ndjson' }, io)
 */
export async function writeStreamed(path: string, type: RecordType, o: StreamedWrite, io: CliIO): Promise<{ records: number; withheld: number }> {
  let fd: number | undefined;
  const temp = o.out ? `${o.out}.partial-${process.pid}` : undefined;
  if (o.out) {
    mkdirSync(dirname(o.out), { recursive: true });
    fd = openSync(temp!, 'w');
  }
  const emit = async (text: string) => {
    if (!text) return;
    if (fd !== undefined) writeSync(fd, text);
    else if (!io.stdout.write(text)) await once(io.stdout, 'drain');
  };
  let records = 0;
  let withheld = 0;
  let first = true;
  let wroteJson = false;
  try {
    for await (const batch of streamFile(path, { type })) {
      records += batch.records.length;
      let text: string;
      if (o.to === 'csv') {
        const w = toCSV(batch.records, type, { includeRestricted: o.includeRestricted, escapeFormulae: o.escapeFormulas });
        withheld += w.withheld;
        // The header once, on top.
        text = first ? w.text : w.text.slice(w.text.indexOf('\n') + 1);
      } else if (o.to === 'ndjson') {
        const w = toNDJSON(batch.records, type, { includeRestricted: o.includeRestricted });
        withheld += w.withheld;
        text = w.text;
      } else {
        // One JSON array across batches: each batch's "[\n  …\n]\n" without its brackets.
        const w = toJSON(batch.records, type, { includeRestricted: o.includeRestricted });
        withheld += w.withheld;
        const inner = w.text === '[]\n' ? '' : w.text.slice(2, -3);
        text = inner ? (wroteJson ? ',\n' : '[\n') + inner : '';
        if (inner) wroteJson = true;
      }
      first = false;
      await emit(text);
    }
    if (o.to === 'json') await emit(wroteJson ? '\n]\n' : '[]\n');
    if (fd !== undefined) {
      closeSync(fd);
      fd = undefined;
      renameSync(temp!, o.out!);
    }
  } finally {
    if (fd !== undefined) {
      closeSync(fd);
      rmSync(temp!, { force: true });
    }
  }
  return { records, withheld };
}
