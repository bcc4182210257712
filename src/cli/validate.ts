import { stat } from 'node:fs/promises';
import type { CliIO, Command } from './command.js';
import { UsageError, choiceOption, intOption, parseOptions } from './command.js';
import { isRecordType, recordTypes } from '../model/record-types.js';
import { isReadError } from '../read/read-error.js';
import { formatReport } from '../validate/format-report.js';
import { validateFile, type Progress, type ValidateFileOptions } from '../validate/node-validate-file.js';

const usage = `Usage: smuggling-evidence validate <file|folder|datapackage.json> [options]

Check CSV, JSON (an array of records) or NDJSON / JSONL records against the schemas,
or every file of a folder or Data Package together (unique ids, references resolve).

Options:
  --type <type>           record type: ${recordTypes.join(', ')}
                          (default: the record_type column, or the descriptor / file name in a dataset)
  --format text|json      output: text for people (default), or one JSON object
  --max-errors <n>        list at most n errors and n warnings (default 1000; counts stay exact)
  --group-char <c>        accept this thousands separator in numbers, e.g. "," to read 1,022
  --decimal-char <c>      decimal mark in numbers (default ".")
  --missing-values <list> cell texts meaning "no value", comma-separated (default: empty cell), e.g. "NA,-99"
  --delimiter <c>         CSV delimiter: "," ";" "tab" or "|" (default: sniffed)
  --encoding <enc>        utf-8, utf-16le, utf-16be or windows-1252 (default: detected)
  --allow-remote          fetch the https: resources a datapackage.json names (default: never fetched;
                          at most 100 MB and 30 s each, see docs/security.md)

Rows: CSV header = row 1, first record = row 2; JSON: 1-based index; NDJSON: line number.
Exit codes: 0 every record valid; 1 errors found; 2 usage error or input that cannot be read.`;

const MB = 1024 * 1024;

/** A progress line on stderr, redrawn at most 5 times a second. */
function progressLine(io: CliIO) {
  let last = 0;
  let shown = false;
  return {
    update(p: Progress) {
      const now = Date.now();
      if (now - last < 200 || p.seconds < 0.5) return;
      last = now;
      shown = true;
      const rate = p.bytes / MB / Math.max(p.seconds, 0.001);
      const left = p.totalBytes > p.bytes && rate > 0 ? ` · ${Math.ceil((p.totalBytes - p.bytes) / MB / rate)} s left` : '';
      const pct = p.totalBytes ? ` · ${Math.floor((100 * p.bytes) / p.totalBytes)}%` : '';
      io.stderr.write(`\r\x1b[K  ${p.file}: ${p.rows.toLocaleString('en-US')} rows · ${rate.toFixed(1)} MB/s${pct}${left}`);
    },
    clear() {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

async function sizeOf(path: string): Promise<number> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? Infinity : s.size;
  } catch {
    return 0;
  }
}

const command: Command = {
  name: 'validate',
  summary: 'Check records (or a folder / datapackage.json) against the schemas',
  usage,
  async run(argv: string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseOptions(argv, {
      type: { type: 'string' },
      format: { type: 'string' },
      'max-errors': { type: 'string' },
      'group-char': { type: 'string' },
      'decimal-char': { type: 'string' },
      'missing-values': { type: 'string' },
      delimiter: { type: 'string' },
      encoding: { type: 'string' },
      'allow-remote': { type: 'boolean' },
    });
    if (positionals.length !== 1) {
      throw new UsageError(positionals.length ? `validate takes one file or folder, got ${positionals.length}` : 'validate needs a file, a folder or a datapackage.json');
    }
    const [path] = positionals;
    const format = choiceOption(values.format, '--format', ['text', 'json'] as const, 'text');
    const maxErrors = intOption(values['max-errors'], '--max-errors', 1000);
    if (values.type !== undefined && !isRecordType(values.type)) {
      throw new UsageError(`--type must be one of ${recordTypes.join(', ')}; got "${values.type}"`);
    }
    const delimiter = values.delimiter === 'tab' ? '\t' : values.delimiter;
    const options: ValidateFileOptions = {
      type: values.type as ValidateFileOptions['type'],
      maxErrors,
      requireType: true,
      groupChar: values['group-char'],
      decimalChar: values['decimal-char'],
      delimiter: choiceOption(delimiter, '--delimiter', [',', ';', '\t', '|'] as const, 'auto' as any),
      encoding: choiceOption(values.encoding, '--encoding', ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const, 'auto' as any),
    };
    if (values['allow-remote']) options.allowRemote = true;
    if (values['missing-values'] !== undefined) options.missingValues = ['', ...values['missing-values'].split(',')];
    if (options.decimalChar === undefined) delete options.decimalChar;

    // Progress only for people watching a terminal, and only when there is something to wait for.
    const progress = io.stderr.isTTY && (await sizeOf(path)) > 20 * MB ? progressLine(io) : undefined;
    if (progress) options.onProgress = progress.update;
    let report;
    try {
      report = await validateFile(path, options);
    } catch (err) {
      if (isReadError(err)) throw new UsageError(err.message.includes(path) ? err.message : `${path}: ${err.message}`);
      throw err;
    } finally {
      progress?.clear();
    }
    if (format === 'json') io.stdout.write(JSON.stringify(report, null, 2) + '\n');
    else io.stdout.write(formatReport(report, { color: !!io.stdout.isTTY && !process.env.NO_COLOR }) + '\n');
    return report.valid ? 0 : 1;
  },
};
export default command;
