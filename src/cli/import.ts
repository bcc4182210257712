import { readFileSync, writeFileSync } from 'node:fs';
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
  --vintage <year>     missing-migrants: year of the export, used in ids (default: latest incident year)
  --max-reasons <n>    Rejected rows and warnings to list (default 20)

Exit codes: 0 imported, 2 usage error or unreadable input.`;

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
    let result: AdapterResult<object>;
    try {
      result = adapter.run(bytes, vintage);
    } catch (err) {
      throw new UsageError(`${file}: ${(err as Error).message}`);
    }
    const write = format === 'csv' ? toCSV : toNDJSON;
    const sourcesPath = values.out.replace(/\.(csv|ndjson|jsonl)$/i, `.sources.${format}`);
    writeFileSync(values.out, write(result.records, adapter.type).text);
    writeFileSync(sourcesPath, write([result.source], 'source').text);

    const { report } = result;
    const lines = [
      `${file}: ${report.layout} layout, ${report.encoding}`,
      `read ${report.read} rows: ${report.mapped} mapped, ${report.rejected} rejected`,
      `wrote ${result.records.length} ${adapter.type} records to ${values.out}; source ${result.source.id} to ${path.basename(sourcesPath)}`,
    ];
    for (const r of report.reasons.slice(0, max)) lines.push(`  rejected row ${r.row}: ${r.reason}`);
    if (report.reasons.length > max) lines.push(`  … and ${report.reasons.length - max} more rejected rows`);
    for (const w of report.warnings.slice(0, max)) {
      const where = w.row ? `row ${w.row}${w.field ? `, ${w.field}` : ''}${w.value !== undefined ? ` = "${w.value}"` : ''}: ` : '';
      lines.push(`  warning: ${where}${w.message}`);
    }
    if (report.warnings.length > max) lines.push(`  … and ${report.warnings.length - max} more warnings`);
    io.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
export default command;
