import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ColumnTable } from 'arquero';
import type { LoadResult } from '../read/result.js';
import { validateRecords } from '../validate/validate-records.js';
import type { ValidationReport } from '../validate/report.js';
import { isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { publicRecords } from '../write/public-records.js';
import { evidenceBanner } from '../summarize/evidence-filter.js';
import { LoadColumnsError } from '../summarize/node-load-columns.js';
import { summarizeFiles, type SummarizedFiles } from './summarize-files.js';
import { formatSummary } from '../summarize/format-summary.js';
import { summaryInfo } from '../summarize/describe-columns.js';
import { toVegaLite, type ChartKind } from '../chart/to-vega-lite.js';
import { renderSvg } from '../chart/render-svg.js';
import { escapeFormula, quoteCell } from '../read/csv-cell.js';
import { choiceOption, parseOptions, UsageError, type CliIO, type Command } from './command.js';
import { inputFormatOption, loadRecordFile, recordFilesOf } from './read-records.js';
import { spoolStdin } from './spool-stdin.js';
import { requireDuckDB } from '../sql/node-duckdb.js';

const usage = `Usage: smuggling-evidence summarize <file|folder|datapackage.json|->... --type <type> --by <field,...> [options]

Summarise records (CSV, JSON or NDJSON) by fields or derived dimensions: records, the sum of
every count field under its own name (dead, missing, ...), distinct countries and sources,
first and last date. A folder or datapackage.json gives its files of --type (or of its only
type); "-" reads standard input.

Options:
  --type <type>          Record type: ${recordTypes.join(', ')}
                         (default: the record_type column of the file)
  --by <field,...>       Group keys: any field, or theme, year, country, region, subregion, route
  --measures <m,...>     Measures to compute (default: all of the above)
  --format <f>           csv, json or text (default: text)
  --chart <out.svg>      Also draw a chart (SVG; a .json name writes the Vega-Lite spec)
  --chart-kind <k>       bar, line or heatmap (default: line over years, else bar)
  --threshold <n>        Small-cell threshold for person counts by sex, age or nationality (default 10)
  --no-suppress          Show person counts by sex, age or nationality without the small-cell rule
  --skip-invalid         Summarise the valid records when some are invalid (default: refuse)
  --include-restricted   Include records marked restricted or confidential (left out by default,
                         and counted on stderr)
  --input-format <f>     csv, json or ndjson: the format of standard input (default: sniffed)
  --include-illustrative Include records whose evidence_status is illustrative or synthetic
                         (left out by default: they are not evidence; a banner says how many)
  --engine <e>           memory (Arquero, default) or duckdb: aggregate in DuckDB, for files of
                         any size in bounded memory (needs the optional package @duckdb/node-api)
  --memory-limit <size>  DuckDB's memory limit with --engine duckdb (default 128MB); it spills beyond

A record with several themes (or countries) counts once under each; the rows of such a key add
up to more than the records. JSON is an array of objects, one per group.
Exit codes: 0 success, 1 invalid records, 2 usage error or unreadable input.`;

/** One problem found in a file, as the validator reports it. */
export interface FileProblem {
  row: number | null;
  field: string | null;
  code: string;
  message: string;
}

/** Records read from files and validated. */
export interface CheckedRecords {
  type: RecordType;
  /** Valid records, in file order (only the public ones unless restricted records were asked for). */
  records: Record<string, unknown>[];
  /** Per file: records read, valid, the errors and the number of warnings. */
  files: { file: string; type: RecordType; rows: number; valid: number; problems: FileProblem[]; warnings: FileProblem[] }[];
  /** Restricted or confidential records left out. */
  withheld: number;
}

/**
 * The records a validation report finds valid: those without an error on their row. When the
 * validator counts fewer valid records than that (a required column is missing from the header,
 * which makes every record invalid), none.
 */
export function validRecords(result: LoadResult, report: ValidationReport, file?: string): Record<string, unknown>[] {
  const bad = new Set(report.errors.filter((e) => file === undefined || e.file === file).map((e) => e.row));
  const keep = result.records.filter((_, i) => !result.rows[i]?.skip && !bad.has(result.rows[i]?.row ?? i + 1));
  const stats = file === undefined ? report.stats : report.files?.find((f) => f.file === file)?.stats;
  return stats && keep.length > stats.valid ? [] : keep;
}

/**
 * Read record files of one type, validate each (schema and cross-field rules), keep the
 * valid records and, unless `includeRestricted`, only the public ones.
 */
export function readCheckedRecords(
  files: readonly string[],
  type: RecordType | undefined,
  includeRestricted = false,
  inputFormat?: 'csv' | 'json' | 'ndjson',
): CheckedRecords {
  const out: CheckedRecords = { type: type as RecordType, records: [], files: [], withheld: 0 };
  for (const file of files) {
    const result = loadRecordFile(file, out.type, file === '-' ? inputFormat : undefined);
    const t = out.type ?? result.type ?? undefined;
    if (!t) throw new UsageError(`${file}: cannot tell the record type; give --type (${recordTypes.join(', ')})`);
    if (out.type && out.type !== t) throw new UsageError(`${file} holds ${t} records, not ${out.type}; summarise one type at a time`);
    out.type = t;
    const report = validateRecords(result, t, { maxErrors: Infinity });
    const valid = validRecords(result, report);
    for (const r of valid) out.records.push(r); // no spread: files may hold millions of records
    const problems = report.errors.map((e) => ({ row: e.row, field: e.field, code: e.code, message: e.message }));
    const warnings = report.warnings.map((e) => ({ row: e.row, field: e.field, code: e.code, message: e.message }));
    out.files.push({ file, type: t, rows: report.stats.rows, valid: report.stats.valid, problems, warnings });
  }
  const shown = publicRecords(out.records, includeRestricted);
  out.records = shown.records;
  out.withheld = shown.withheld;
  return out;
}

/** Write each file's problems to stderr, at most `limit` per file. */
export function reportProblems(checked: CheckedRecords, io: CliIO, limit = 20): number {
  let total = 0;
  for (const f of checked.files) {
    total += f.problems.length;
    if (!f.problems.length) continue;
    io.stderr.write(`${f.file}: ${f.rows - f.valid} of ${f.rows} records are invalid (${f.problems.length} problems)\n`);
    for (const p of f.problems.slice(0, limit)) io.stderr.write(`  ${p.message}\n`);
    if (f.problems.length > limit) io.stderr.write(`  … and ${f.problems.length - limit} more (see "smuggling-evidence validate ${f.file}")\n`);
  }
  return total;
}

/** Comma-separated list option. */
export function listOption(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function toCSVText(table: ColumnTable): string {
  const names = table.columnNames();
  const cell = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    // Numbers stay as they are; text (labels, codes from the data) is neutralised for spreadsheets.
    const s = typeof v === 'number' ? String(v) : escapeFormula(Array.isArray(v) ? v.join(';') : String(v));
    // The one CSV cell codec; ';' is quoted too, as it separates list items in our CSV.
    return s.includes(';') ? `"${s.replace(/"/g, '""')}"` : quoteCell(s);
  };
  const rows = (table.objects() as Record<string, unknown>[]).map((r) => names.map((n) => cell(r[n])).join(','));
  return [names.join(','), ...rows].join('\n') + '\n';
}

/** Write a chart of a summary: SVG, or the Vega-Lite spec for a `.json` name. */
export async function writeChart(summary: ColumnTable, out: string, kind: ChartKind, options = {}): Promise<void> {
  const spec = toVegaLite(summary, kind, options);
  const data = /\.json$/i.test(out) ? JSON.stringify(spec, null, 2) + '\n' : await renderSvg(spec);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
}

const command: Command = {
  name: 'summarize',
  summary: 'Summaries by theme, country, region, route or year (csv, json, text, chart)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      type: { type: 'string' },
      by: { type: 'string' },
      measures: { type: 'string' },
      format: { type: 'string' },
      chart: { type: 'string' },
      'chart-kind': { type: 'string' },
      threshold: { type: 'string' },
      'no-suppress': { type: 'boolean' },
      'skip-invalid': { type: 'boolean' },
      'include-restricted': { type: 'boolean' },
      'input-format': { type: 'string' },
      'include-illustrative': { type: 'boolean' },
      engine: { type: 'string' },
      'memory-limit': { type: 'string' },
    });
    if (!positionals.length) throw new UsageError('give at least one file, folder or datapackage.json to summarise (see --help)');
    if (values.type !== undefined && !isRecordType(values.type)) {
      throw new UsageError(`--type must be one of ${recordTypes.join(', ')}; got "${values.type}"`);
    }
    const format = choiceOption(values.format, '--format', ['text', 'csv', 'json'] as const, 'text');
    const chartKind = values['chart-kind'] === undefined ? undefined : choiceOption(values['chart-kind'], '--chart-kind', ['bar', 'line', 'heatmap'] as const, 'bar');
    if (values.threshold !== undefined && !/^[1-9]\d*$/.test(values.threshold)) throw new UsageError(`--threshold expects a whole number ≥ 1, got "${values.threshold}"`);

    const engine = choiceOption(values.engine, '--engine', ['memory', 'duckdb'] as const, 'memory');
    if (values['memory-limit'] !== undefined && !/^\d+(\.\d+)?\s*(KB|MB|GB|KiB|MiB|GiB)$/i.test(values['memory-limit'])) {
      throw new UsageError(`--memory-limit expects a size such as 256MB or 2GB, got "${values['memory-limit']}"`);
    }
    // Before validating a large file: without the optional DuckDB package, say so at once (exit 2).
    if (engine === 'duckdb') await requireDuckDB().catch((err) => { throw new UsageError((err as Error).message); });
    const by = listOption(values.by);
    const measures = values.measures === undefined ? undefined : listOption(values.measures);
    const inputs = await recordFilesOf(positionals, values.type as RecordType | undefined);
    // Standard input is spooled to a file so it takes the same streamed path as any file.
    const spool = spoolStdin(inputs.files, inputFormatOption(values['input-format']));
    let read: SummarizedFiles;
    try {
      read = await summarizeFiles(spool.files, {
        type: inputs.type,
        by,
        measures,
        suppress: values['no-suppress'] ? false : values.threshold ? { threshold: Number(values.threshold) } : undefined,
        includeRestricted: values['include-restricted'],
        includeIllustrative: values['include-illustrative'],
        engine,
        memoryLimit: values['memory-limit'],
      });
    } catch (err) {
      spool.done();
      if (err instanceof LoadColumnsError || err instanceof UsageError) throw new UsageError(spool.label((err as Error).message));
      if (err instanceof Error && /^(cannot group|unknown measure)|holds \S+ records, not/.test(err.message)) throw new UsageError(spool.label(err.message));
      throw err;
    }
    let problems = 0;
    for (const f of read.files) {
      problems += f.problemCount;
      if (!f.problemCount) continue;
      const name = spool.label(f.file);
      io.stderr.write(`${name}: ${f.rows - f.valid} of ${f.rows} records are invalid (${f.problemCount} problems)\n`);
      for (const p of f.problems.slice(0, 20)) io.stderr.write(`  ${spool.label(p.message)}\n`);
      if (f.problemCount > 20) io.stderr.write(`  … and ${f.problemCount - 20} more (see "smuggling-evidence validate ${name}")\n`);
    }
    if (problems && !values['skip-invalid']) {
      read.close?.();
      spool.done();
      io.stderr.write('Nothing summarised: fix the records, or summarise the valid ones with --skip-invalid.\n');
      return 1;
    }

    let summary: ColumnTable;
    try {
      summary = await read.summary();
    } catch (err) {
      throw new UsageError((err as Error).message);
    } finally {
      spool.done();
    }
    if (read.withheld) io.stderr.write(`${read.withheld} restricted or confidential record(s) left out (--include-restricted to include them).\n`);
    // Not evidence: illustrative and synthetic records are left out unless asked for (issue 15).
    // The banner is part of the text output; csv and json keep their shape, so it goes to stderr.
    const banner = evidenceBanner(read.notEvidence, !!values['include-illustrative']);
    if (banner) (format === 'text' ? io.stdout : io.stderr).write(banner + '\n' + (format === 'text' ? '\n' : ''));
    if (format === 'json') io.stdout.write(JSON.stringify(summary.objects(), null, 2) + '\n');
    else if (format === 'csv') io.stdout.write(toCSVText(summary));
    else io.stdout.write(formatSummary(summary, 'text'));

    if (values.chart) {
      const keys = summaryInfo(summary)?.by ?? [];
      const kind: ChartKind = chartKind ?? (keys.includes('year') && keys.length <= 2 ? 'line' : 'bar');
      try {
        await writeChart(summary, values.chart, kind);
      } catch (err) {
        throw new UsageError(`cannot draw the chart: ${(err as Error).message}`);
      }
      io.stderr.write(`Chart written to ${values.chart}\n`);
    }
    return problems ? 1 : 0;
  },
};
export default command;
