import { closeSync, fstatSync, openSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from './command.js';
import { intOption, parseOptions, UsageError } from './command.js';
import { mmpPlan } from '../adapters/missing-migrants.js';
import { frontexPlan } from '../adapters/frontex-ibc.js';
import { ctdcPlan } from '../adapters/ctdc.js';
import { runPlanOnFile } from '../adapters/node-import-file.js';
import type { TablePlan } from '../adapters/table-passes.js';
import type { AdapterReport } from '../adapters/types.js';
import type { RecordOf } from '../model/types.generated.js';
import type { RecordType } from '../model/record-types.js';
import { assertRegularFile } from '../read/node-regular-file.js';
import { toCSV } from '../write/to-csv.js';
import { toNDJSON } from '../write/to-ndjson.js';
import { checkWritten, createCoverage } from '../adapters/adapter-run.js';
import { openRecordFile } from './record-file.js';

type Outcome = { source: RecordOf<'source'>; report: AdapterReport; warningCount: number };
type Emit = (record: object) => void;

// Each adapter reads the file in streamed passes (bounded memory). `checked`: every record it emits has already
// passed validate's engine, one check for the whole run (ids unique), so the CLI's own last check would be the
// same check again; CTDC builds records from many rows and is checked here.
const adapters: Record<string, { type: RecordType; checked: boolean; plan: (emit: Emit, vintage: number | undefined, limit: number) => TablePlan<Outcome> }> = {
  'missing-migrants': { type: 'incident', checked: true, plan: (emit, vintage, limit) => mmpPlan({ vintage }, emit, limit) },
  'frontex-ibc': { type: 'aggregate-observation', checked: true, plan: (emit, _v, limit) => frontexPlan(emit, limit) },
  ctdc: { type: 'aggregate-observation', checked: false, plan: (emit, _v, limit) => ctdcPlan(emit, limit) },
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

    try {
      assertRegularFile(file);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    try {
      // Opened once up front, so a missing file or a folder is named as before the import streamed.
      const fd = openSync(file, 'r');
      try {
        if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const fromFile = vintage === undefined && name === 'missing-migrants' ? fileVintage(file) : undefined;
    const out = openRecordFile(values.out, format, adapter.type);
    const coverage = createCoverage();
    let wrote = 0;
    const write = (record: object) => {
      out.add(record);
      coverage.add(record);
      wrote++;
    };
    const held: object[] = [];
    let outcome: Outcome;
    let written: ReturnType<typeof checkWritten<object>> = { records: [], rejected: [] };
    let source: RecordOf<'source'>;
    try {
      try {
        outcome = await runPlanOnFile(file, adapter.plan(adapter.checked ? write : (r) => held.push(r), vintage ?? fromFile?.year, max));
      } catch (err) {
        throw new UsageError(`${file}: ${(err as Error).message}`);
      }
      // The last guard: what is written is what validate accepts (CTDC builds its records from many rows).
      if (!adapter.checked) {
        written = checkWritten(held, adapter.type);
        written.records.forEach(write);
      }
      source = coverage.apply(outcome.source);
      const sourceCheck = checkWritten([source], 'source');
      if (sourceCheck.rejected.length) throw new UsageError(`${file}: the source record of this import is invalid: ${sourceCheck.rejected[0].reason}`);
      out.commit();
    } catch (err) {
      out.abort();
      throw err;
    }
    const sourcesPath = values.out.replace(/\.(csv|ndjson|jsonl)$/i, `.sources.${format}`);
    writeFileSync(sourcesPath, (format === 'csv' ? toCSV : toNDJSON)([source], 'source').text);

    const { report } = outcome;
    const lines = [
      `${file}: ${report.layout} layout, ${report.encoding}${fromFile ? `, vintage ${fromFile.year} from ${fromFile.from} (--vintage to set it)` : ''}`,
      `read ${report.read} rows: ${report.mapped} mapped, ${report.rejected} rejected`,
      `wrote ${wrote} ${adapter.type} records to ${values.out}; source ${source.id} to ${path.basename(sourcesPath)}`,
    ];
    for (const r of report.reasons.slice(0, max)) lines.push(`  rejected row ${r.row}: ${r.reason}`);
    if (written.rejected.length) lines.push(`not written: ${written.rejected.length} record(s) that validate would reject`);
    for (const r of written.rejected.slice(0, max)) lines.push(`  not written ${r.id}: ${r.reason}`);
    if (report.rejected > max) lines.push(`  … and ${report.rejected - max} more rejected rows`);
    for (const w of report.warnings.slice(0, max)) {
      const where = w.row ? `row ${w.row}${w.field ? `, ${w.field}` : ''}${w.value !== undefined ? ` = "${w.value}"` : ''}: ` : '';
      lines.push(`  warning: ${where}${w.message}`);
    }
    if (outcome.warningCount > max) lines.push(`  … and ${outcome.warningCount - max} more warnings`);
    const failed = report.rejected + written.rejected.length;
    if (failed && !values['allow-rejects']) lines.push(`${failed} rejected: exit code 1 (--allow-rejects to accept a partial import)`);
    io.stdout.write(lines.join('\n') + '\n');
    return failed && !values['allow-rejects'] ? 1 : 0;
  },
};
export default command;
