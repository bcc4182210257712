import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from './command.js';
import { intOption, parseOptions, UsageError } from './command.js';
import { importMissingMigrants } from '../adapters/missing-migrants.js';
import { importFrontexIbc } from '../adapters/frontex-ibc.js';
import { importCtdc } from '../adapters/ctdc.js';
import type { AdapterResult } from '../adapters/types.js';
import type { RecordType } from '../model/record-types.js';
import { assertRegularFile } from '../read/node-regular-file.js';
import { toCSV } from '../write/to-csv.js';
import { toNDJSON } from '../write/to-ndjson.js';
import { checkWritten, coverWritten } from '../adapters/adapter-run.js';

const adapters: Record<string, { type: RecordType; run: (bytes: Uint8Array, vintage?: number) => AdapterResult<object> }> = {
  'missing-migrants': { type: 'incident', run: (b, vintage) => importMissingMigrants(b, { vintage }) },
  'frontex-ibc': { type: 'aggregate-observation', run: (b) => importFrontexIbc(b) },
  ctdc: { type: 'aggregate-observation', run: (b) => importCtdc(b) },
};

const usage = `Usage: smuggling-evidence import <missing-migrants|frontex-ibc|ctdc> <file> --out <file.ndjson|file.csv>

Bring a public download into our record types:
  missing-migrants  IOM Missing Migrants Project export (any layout since 2019, IOM GDI long file) → incident
  frontex-ibc       Frontex monthly detections of illegal border-crossings (long or wide) → aggregate-observation
  ctdc              CTDC global victim-level file → aggregate-observation counts, small cells suppressed

The encoding and layout are detected. The source record the output cites is written beside it
(<out>.sources.csv or .ndjson). Prints how many rows were read, mapped and rejected, with reasons.

Options:
  --out <file>         Output file; .csv or .ndjson (required)
  --vintage <year>     missing-migrants: year of the export, used in ids and the source record (default: a
                       year in the file name, e.g. MissingMigrants-Global-2026-05-06.csv, else the year the
                       file was last modified; never a data cell)
  --allow-rejects      Exit 0 even when rows were rejected (they are still counted and listed)
  --max-reasons <n>    Rejected rows and warnings to list (default 20)

Every record written is checked as "validate" checks it (schema, cross-field rules, unique ids);
a row that fails is rejected with its reason, never written.
Exit codes: 0 imported, 1 rows rejected (unless --allow-rejects), 2 usage error or unreadable input.`;

/** The vintage of an export: a year in its file name, else the year it was last modified (UTC). */
function fileVintage(file: string): { year: number; from: string } {
  const named = path.basename(file).match(/(?:^|[^0-9])((?:19|20)\d\d)(?:[^0-9]|$)/);
  if (named) return { year: Number(named[1]), from: 'the file name' };
  return { year: statSync(file).mtime.getUTCFullYear(), from: "the file's modification date" };
}

/** `smuggling-evidence import`: adapters from public datasets to records. */
const command: Command = {
  name: 'import',
  summary: 'Bring a public dataset (Missing Migrants, Frontex, CTDC) into our record types',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      out: { type: 'string', short: 'o' },
      vintage: { type: 'string' },
      'max-reasons': { type: 'string' },
      'allow-rejects': { type: 'boolean' },
    });
    const [name, file, ...extra] = positionals;
    if (!name || !file || extra.length) throw new UsageError(`expected an adapter and a file.\n${usage}`);
    const adapter = adapters[name];
    if (!adapter) throw new UsageError(`unknown adapter "${name}": use one of ${Object.keys(adapters).join(', ')}`);
    if (!values.out) throw new UsageError('--out <file.ndjson|file.csv> is required');
    const format = /\.ndjson$|\.jsonl$/i.test(values.out) ? 'ndjson' : /\.csv$/i.test(values.out) ? 'csv' : undefined;
    if (!format) throw new UsageError(`--out must end in .csv or .ndjson, got "${values.out}"`);
    const vintage = values.vintage === undefined ? undefined : intOption(values.vintage, '--vintage', 0);
    const max = intOption(values['max-reasons'], '--max-reasons', 20);

    let bytes: Uint8Array;
    try {
      assertRegularFile(file);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    try {
      bytes = readFileSync(file);
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const fromFile = vintage === undefined && name === 'missing-migrants' ? fileVintage(file) : undefined;
    let result: AdapterResult<object>;
    try {
      result = adapter.run(bytes, vintage ?? fromFile?.year);
    } catch (err) {
      throw new UsageError(`${file}: ${(err as Error).message}`);
    }
    // The last guard: what is written is what validate accepts (CTDC builds its records from many rows).
    const written = checkWritten(result.records, adapter.type);
    result = { ...result, records: written.records, source: coverWritten(result.source, written.records) };
    const source = checkWritten([result.source], 'source');
    if (source.rejected.length) throw new UsageError(`${file}: the source record of this import is invalid: ${source.rejected[0].reason}`);
    const write = format === 'csv' ? toCSV : toNDJSON;
    const sourcesPath = values.out.replace(/\.(csv|ndjson|jsonl)$/i, `.sources.${format}`);
    writeFileSync(values.out, write(result.records, adapter.type).text);
    writeFileSync(sourcesPath, write([result.source], 'source').text);

    const { report } = result;
    const lines = [
      `${file}: ${report.layout} layout, ${report.encoding}${fromFile ? `, vintage ${fromFile.year} from ${fromFile.from} (--vintage to set it)` : ''}`,
      `read ${report.read} rows: ${report.mapped} mapped, ${report.rejected} rejected`,
      `wrote ${result.records.length} ${adapter.type} records to ${values.out}; source ${result.source.id} to ${path.basename(sourcesPath)}`,
    ];
    for (const r of report.reasons.slice(0, max)) lines.push(`  rejected row ${r.row}: ${r.reason}`);
    if (written.rejected.length) lines.push(`not written: ${written.rejected.length} record(s) that validate would reject`);
    for (const r of written.rejected.slice(0, max)) lines.push(`  not written ${r.id}: ${r.reason}`);
    if (report.reasons.length > max) lines.push(`  … and ${report.reasons.length - max} more rejected rows`);
    for (const w of report.warnings.slice(0, max)) {
      const where = w.row ? `row ${w.row}${w.field ? `, ${w.field}` : ''}${w.value !== undefined ? ` = "${w.value}"` : ''}: ` : '';
      lines.push(`  warning: ${where}${w.message}`);
    }
    if (report.warnings.length > max) lines.push(`  … and ${report.warnings.length - max} more warnings`);
    const failed = report.rejected + written.rejected.length;
    if (failed && !values['allow-rejects']) lines.push(`${failed} rejected: exit code 1 (--allow-rejects to accept a partial import)`);
    io.stdout.write(lines.join('\n') + '\n');
    return failed && !values['allow-rejects'] ? 1 : 0;
  },
};
export default command;
