import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import pkg from '../../package.json';
import { isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { buildReport, type EvidenceReportValidation } from '../report/build-report.js';
import { buildCombinedReport } from '../report/build-combined-report.js';
import { evidenceIndex } from '../summarize/evidence-index.js';
import type { DatasetInput } from '../summarize/evidence-index.js';
import { renderSvg } from '../chart/render-svg.js';
import { parseOptions, UsageError, type Command } from './command.js';
import { loadRecordFileStreamed } from './read-records.js';
import { validRecords } from './summarize.js';
import { validateDataset } from '../validate/validate-dataset.js';
import { publicRecords } from '../write/public-records.js';
import { evidenceBanner, filterDatasetEvidence } from '../summarize/evidence-filter.js';
import type { LoadResult } from '../read/result.js';
import { resourceProblem } from '../read/node-safe-path.js';
import { outputPath } from '../write/node-output-path.js';
import { safeName } from '../write/safe-name.js';
import { flaggedCells, issueRedactor, withholdCells } from '../write/redact-issues.js';

const usage = `Usage: smuggling-evidence report <folder|datapackage.json>... [--out dir] [options]

Validate a dataset, then write a Markdown report with SVG charts: the theme overview, the
evidence-gap map, trends and the validation summary. The input is a dataset folder (with a
datapackage.json), a datapackage.json, a folder of <type>.csv files, or a folder of dataset
folders. Several datasets (several inputs, or a folder of datasets) give one report each, in
<dir>/<name>/, and <dir>/report.md: an index and one evidence-gap map combining them all
(distinct sources per theme and region, a source cited by several datasets counted once).

Options:
  --out <dir>            Folder to write into (default: report)
  --include-restricted   Include records marked restricted or confidential (left out by default)
  --include-illustrative Include illustrative and synthetic records (left out by default: they are
                         not evidence; the report opens with a banner saying how many)

Person counts broken down by sex, age or nationality follow the small-cell rule (1-9 hidden,
with secondary suppression); incident-level counts are shown as published.
Exit codes: 0 success, 1 invalid records (the report leaves them out) or a file that cannot be read
(missing, outside the dataset folder, lacking required columns), 2 usage error.`;

/** One dataset to report on: its files, by record type. */
interface DatasetSource {
  name: string;
  title: string;
  description?: string;
  licenses?: { name?: string; title?: string; path?: string }[];
  origin: string;
  files: { file: string; type: RecordType; problem?: string }[];
}

function readDescriptor(file: string): DatasetSource {
  let pkgJson: any;
  try {
    pkgJson = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`cannot read "${file}" as a Data Package descriptor: ${(err as Error).message}`);
  }
  const dir = dirname(file);
  const files = (pkgJson.resources ?? []).map((r: any) => {
    const name = r['x-record-type'] ?? r.recordType ?? r.name ?? basename(String(r.path ?? ''), extname(String(r.path ?? '')));
    if (!isRecordType(name)) throw new UsageError(`${file}: resource "${r.name}" is not a record type (${recordTypes.join(', ')})`);
    if (typeof r.path !== 'string') throw new UsageError(`${file}: resource "${r.name}" has no local path`);
    // Inside the dataset's folder only (no "..", no absolute path, no link out); report reads no URL.
    const problem = /^https?:\/\//i.test(r.path) ? `remote resource ${r.path} is not read by report (it reads local files only)` : resourceProblem(dir, r.path);
    return problem ? { file: r.path, type: name, problem } : { file: join(dir, r.path), type: name };
  });
  return { name: pkgJson.name ?? basename(dir), title: pkgJson.title ?? pkgJson.name ?? basename(dir), description: pkgJson.description, licenses: pkgJson.licenses, origin: file, files };
}

function typeFiles(dir: string): { file: string; type: RecordType; problem?: string }[] {
  return readdirSync(dir)
    .filter((f) => /\.(csv|json|ndjson|jsonl)$/i.test(f) && isRecordType(basename(f, extname(f))))
    .sort()
    .map((f) => {
      const problem = resourceProblem(dir, f);
      return { file: join(dir, f), type: basename(f, extname(f)) as RecordType, ...(problem ? { problem } : {}) };
    });
}

/** The datasets an argument names: a descriptor, a dataset folder, a folder of type files, or a folder of datasets. */
function resolveInput(arg: string): DatasetSource[] {
  if (!existsSync(arg)) throw new UsageError(`"${arg}" does not exist`);
  if (statSync(arg).isFile()) {
    if (basename(arg) !== 'datapackage.json' && extname(arg) !== '.json') throw new UsageError(`"${arg}" is a file; give a folder or a datapackage.json`);
    return [readDescriptor(arg)];
  }
  if (existsSync(join(arg, 'datapackage.json'))) return [readDescriptor(join(arg, 'datapackage.json'))];
  const own = typeFiles(arg);
  if (own.length) return [{ name: basename(resolve(arg)), title: `Evidence in ${basename(resolve(arg))}`, origin: arg, files: own }];
  const subs = readdirSync(arg, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(arg, d.name, 'datapackage.json')))
    .map((d) => d.name)
    .sort();
  if (subs.length) return subs.map((s) => readDescriptor(join(arg, s, 'datapackage.json')));
  throw new UsageError(`"${arg}" holds no datapackage.json, no <type>.csv files (${recordTypes.join(', ')}) and no dataset folders`);
}

async function writeDataset(ds: DatasetSource, outDir: string, includeRestricted: boolean, vega: boolean, includeIllustrative = false, combine = false) {
  let dataset: DatasetInput = {};
  const validation: EvidenceReportValidation = { files: [], withheld: 0 };
  const name = (file: string) => relative(process.cwd(), file) || file;
  const loaded: { file: string; type: RecordType; result: LoadResult }[] = [];
  let cellsWithheld = 0;
  for (const f of ds.files) {
    if (f.problem) {
      validation.files.push({ file: f.file, type: f.type, rows: 0, valid: 0, problems: [{ row: null, field: null, code: 'source-error', message: f.problem }] });
      continue;
    }
    try {
      loaded.push({ file: name(f.file), type: f.type, result: await loadRecordFileStreamed(f.file, f.type) });
    } catch (err) {
      if (!(err instanceof UsageError)) throw err;
      // A file that cannot be read at all is reported, not allowed to stop the whole report.
      const problem = { row: null, field: null, code: 'source-error', message: err.message };
      validation.files.push({ file: name(f.file), type: f.type, rows: 0, valid: 0, problems: [problem] });
    }
  }
  // One dataset: ids unique across files, references (source_ids, case_ids, ...) resolved.
  const checked = validateDataset(loaded.map((l) => ({ name: l.file, type: l.type, data: l.result })), { maxErrors: Infinity });
  for (const l of loaded) {
    const stats = checked.files?.find((f) => f.file === l.file)?.stats;
    // Messages echo cell values: those of restricted records (and personal-data hits) never reach the report.
    const flagged = flaggedCells(checked.warnings.filter((e) => e.file === l.file));
    const redact = issueRedactor(l.result, includeRestricted, flagged);
    const problems = checked.errors.filter((e) => e.file === l.file).map(redact);
    const warnings = checked.warnings.filter((e) => e.file === l.file).map(redact);
    validation.files.push({ file: l.file, type: l.type, rows: stats?.rows ?? l.result.records.length, valid: stats?.valid ?? 0, problems, warnings });
    const cells = withholdCells(l.result, flagged);
    cellsWithheld += cells.withheld;
    const shown = publicRecords(validRecords(cells.result, checked, l.file), includeRestricted);
    dataset[l.type] = [...((dataset[l.type] as object[] | undefined) ?? []), ...shown.records];
    validation.withheld += shown.withheld;
  }
  // Not evidence: illustrative and synthetic records are left out unless asked for (issue 15);
  // a banner under the title says how many.
  const evidence = filterDatasetEvidence(dataset as Record<string, Record<string, unknown>[] | undefined>, { includeIllustrative });
  dataset = evidence.dataset as DatasetInput;
  const banner = evidenceBanner(evidence.counts, includeIllustrative);
  const report = buildReport({
    title: ds.title,
    description: ds.description,
    dataset,
    validation,
    origin: ds.origin,
    generator: `smuggling-evidence ${pkg.version}`,
    licenses: ds.licenses,
    chartExtension: vega ? '.svg' : '.vl.json',
  });
  mkdirSync(outDir, { recursive: true });
  let markdown = banner ? withBanner(report.markdown, banner) : report.markdown;
  if (!vega) markdown += '\n> Charts are saved as Vega-Lite specs (`.vl.json`): install the optional packages `vega` and `vega-lite` to get SVG files.\n';
  writeFileSync(outputPath(outDir, 'report.md'), markdown);
  for (const c of report.charts) {
    writeFileSync(outputPath(outDir, c.name + (vega ? '.svg' : '.vl.json')), vega ? await renderSvg(c.spec) : JSON.stringify(c.spec, null, 2) + '\n');
  }
  const rows = validation.files.reduce((s, f) => s + f.rows, 0);
  const invalid = validation.files.reduce((s, f) => s + f.rows - f.valid, 0);
  // A file that cannot be read, or an error on no row (a header problem), makes the dataset broken: exit 1.
  const broken = validation.files.some((f) => f.problems.length > 0);
  // For a combined gap map: the index of exactly the records this report shows (no record objects kept).
  const index = combine ? evidenceIndex(dataset) : undefined;
  return { ds, rows, invalid, broken, cellsWithheld, index, charts: report.charts.length, records: Object.values(dataset).reduce((s, r) => s + (r as unknown[]).length, 0) };
}

/** Datasets with distinct names (their report folders): a repeated name gets `-2`, `-3`, … */
function uniqueNames(datasets: DatasetSource[]): DatasetSource[] {
  const taken = new Set<string>();
  return datasets.map((ds) => {
    let name = ds.name;
    for (let k = 2; taken.has(safeName(name)); k++) name = `${ds.name}-${k}`;
    taken.add(safeName(name));
    return name === ds.name ? ds : { ...ds, name };
  });
}

/** The Markdown with `banner` as a quoted line under its first heading. */
function withBanner(markdown: string, banner: string): string {
  const lines = markdown.split('\n');
  const at = lines.findIndex((l) => l.startsWith('# '));
  lines.splice(at + 1, 0, '', `> **${banner}**`);
  return lines.join('\n');
}

async function vegaAvailable(): Promise<boolean> {
  try {
    await renderSvg({ $schema: 'https://vega.github.io/schema/vega-lite/v6.json', mark: 'point', data: { values: [] } });
    return true;
  } catch {
    return false;
  }
}

const command: Command = {
  name: 'report',
  summary: 'Validate a dataset and write a Markdown report with charts',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { out: { type: 'string' }, 'include-restricted': { type: 'boolean' }, 'include-illustrative': { type: 'boolean' } });
    if (!positionals.length) throw new UsageError('give a dataset folder or datapackage.json, or several (see --help)');
    const outDir = values.out ?? 'report';
    const datasets = uniqueNames(positionals.flatMap(resolveInput));
    const vega = await vegaAvailable();
    if (!vega) io.stderr.write('vega and vega-lite are not installed: charts are written as Vega-Lite specs (.vl.json), not SVG.\n');
    const results = [];
    for (const ds of datasets) {
      const dir = datasets.length > 1 ? outputPath(outDir, ds.name) : outDir;
      const r = await writeDataset(ds, dir, !!values['include-restricted'], vega, !!values['include-illustrative'], datasets.length > 1);
      results.push(r);
      io.stderr.write(`${ds.name}: ${r.records} records reported${r.invalid ? `, ${r.invalid} invalid left out` : ''}${r.broken && !r.invalid ? ', with errors (see the Validation section)' : ''}${r.cellsWithheld ? `, ${r.cellsWithheld} cells withheld (possible personal data)` : ''}, ${r.charts} charts\n`);
    }
    const main = join(outDir, 'report.md');
    if (datasets.length > 1) {
      // One report over them all: the index and the combined gap map (issue 11).
      const combined = buildCombinedReport({
        generator: `smuggling-evidence ${pkg.version}`,
        origins: positionals,
        chartExtension: vega ? '.svg' : '.vl.json',
        datasets: results.map((r) => ({ name: r.ds.name, title: r.ds.title, records: r.records, invalid: r.invalid, dataset: r.index! })),
      });
      writeFileSync(main, combined.markdown);
      for (const c of combined.charts) {
        writeFileSync(outputPath(outDir, c.name + (vega ? '.svg' : '.vl.json')), vega ? await renderSvg(c.spec) : JSON.stringify(c.spec, null, 2) + '\n');
      }
    }
    io.stdout.write(`Report written to ${main}\n`);
    return results.some((r) => r.invalid || r.broken) ? 1 : 0;
  },
};
export default command;
