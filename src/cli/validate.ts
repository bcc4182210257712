import { stat } from 'node:fs/promises';
import type { CliIO, Command } from './command.js';
import { UsageError, choiceOption, intOption, parseOptions, useColor } from './command.js';
import { isRecordType, recordTypes } from '../model/record-types.js';
import { fromCSV } from '../read/from-csv.js';
import { fromJSON } from '../read/from-json.js';
import { fromNDJSON } from '../read/from-ndjson.js';
import { isReadError } from '../read/read-error.js';
import { formatReport } from '../validate/format-report.js';
import { validateFile, type Progress, type ValidateFileOptions } from '../validate/node-validate-file.js';
import type { ValidationReport } from '../validate/report.js';
import { validateRecords } from '../validate/validate-records.js';
import { inputFormatOption, readStdin, sniffFormat, STDIN } from './read-records.js';

const usage = `Usage: smuggling-evidence validate <file|folder|datapackage.json|->... [options]

Check CSV, JSON (an array of records) or NDJSON / JSONL records against the schemas,
or every file of a folder or Data Package together (unique ids, references resolve).
Several inputs give one report each; "-" reads standard input.

Options:
  --type <type>           record type: ${recordTypes.join(', ')}
                          (default: the record_type column, or the descriptor / file name in a dataset)
  --format text|json      output: text for people (default), or JSON: one object for one input,
                          an array of one object per input for several
  --input-format <f>      csv, json or ndjson: the format of standard input (default: sniffed)
  --max-errors <n>        list at most n errors and n warnings (default 1000; counts stay exact)
  --group-char <c>        accept this thousands separator in numbers, e.g. "," to read 1,022
  --decimal-char <c>      decimal mark in numbers (default ".")
  --missing-values <list> cell texts meaning "no value", comma-separated (default: empty cell), e.g. "NA,-99"
  --delimiter <c>         CSV delimiter: "," ";" "tab" or "|" (default: sniffed)
  --encoding <enc>        utf-8, utf-16le, utf-16be or windows-1252 (default: detected)
  --allow-remote          fetch the https: resources a datapackage.json names (default: never fetched;
                          at most 100 MB and 30 s each, see docs/security.md)

Rows: CSV header = row 1, first record = row 2; JSON: 1-based index; NDJSON: line number.
Exit codes: 0 every record valid; 1 errors found; 2 usage error or input that cannot be read
(with several inputs, the worst of them).`;

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

/** Standard input, read whole (a pipe has no size to stream against), checked like a file. */
function validateStdin(options: ValidateFileOptions, inputFormat: 'csv' | 'json' | 'ndjson' | undefined): ValidationReport {
  const bytes = readStdin();
  const format = inputFormat ?? sniffFormat(bytes);
  const read = { csv: fromCSV, json: fromJSON, ndjson: fromNDJSON }[format];
  let loaded;
  try {
    loaded = read(bytes, options);
  } catch (err) {
    if (isReadError(err)) throw new UsageError(`standard input: ${err.message}`);
    throw err;
  }
  if (!options.type && !loaded.type) {
    throw new UsageError(`cannot tell the record type of standard input: pass --type (one of ${recordTypes.join(', ')}), or add a record_type column`);
  }
  return { ...validateRecords(loaded, options.type, { maxErrors: options.maxErrors }), file: 'stdin', format };
}

/** One input: a file, a folder, a datapackage.json or standard input. */
async function validateInput(path: string, options: ValidateFileOptions, inputFormat: 'csv' | 'json' | 'ndjson' | undefined, io: CliIO): Promise<ValidationReport> {
  if (path === STDIN) return validateStdin(options, inputFormat);
  // Progress only for people watching a terminal, and only when there is something to wait for.
  const progress = io.stderr.isTTY && (await sizeOf(path)) > 20 * MB ? progressLine(io) : undefined;
  try {
    return await validateFile(path, progress ? { ...options, onProgress: progress.update } : options);
  } catch (err) {
    if (isReadError(err)) throw new UsageError(err.message.includes(path) ? err.message : `${path}: ${err.message}`);
    throw err;
  } finally {
    progress?.clear();
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
      'input-format': { type: 'string' },
      'allow-remote': { type: 'boolean' },
    });
    if (!positionals.length) throw new UsageError('validate needs a file, a folder or a datapackage.json (or - for standard input)');
    if (positionals.filter((p) => p === STDIN).length > 1) throw new UsageError('"-" (standard input) can be given only once');
    const inputFormat = inputFormatOption(values['input-format']);
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

    // One report per input; an input that cannot be read is an error line (exit 2) and the
    // others are still checked. One input keeps the one-object JSON shape.
    const color = useColor(io.stdout);
    const results: (ValidationReport | { file: string; valid: false; error: string })[] = [];
    let worst = 0;
    for (const path of positionals) {
      try {
        const report = await validateInput(path, options, inputFormat, io);
        results.push(report);
        worst = Math.max(worst, report.valid ? 0 : 1);
        if (format === 'text') io.stdout.write((results.length > 1 ? '\n' : '') + formatReport(report, { color }) + '\n');
      } catch (err) {
        if (positionals.length === 1 || !(err instanceof UsageError)) throw err;
        io.stderr.write(`error: ${err.message}\n`);
        results.push({ file: path, valid: false, error: err.message });
        worst = 2;
      }
    }
    if (format === 'json') io.stdout.write(JSON.stringify(positionals.length === 1 ? results[0] : results, null, 2) + '\n');
    return worst;
  },
};
export default command;
