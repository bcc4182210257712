import { indicator, indicatorNames } from '../indicator/indicator.js';
import { sdg1073Metadata, type Sdg1073Geography, type Sdg1073Row } from '../indicator/sdg-10-7-3.js';
import { escapeFormula } from '../write/escape-formula.js';
import { choiceOption, parseOptions, UsageError, type Command } from './command.js';
import { readRecords } from './read-records.js';

const usage = `Usage: smuggling-evidence indicator sdg-10.7.3 <file...> [options]

SDG indicator 10.7.3, "number of people who died or disappeared in the process of migration
towards an international destination" (custodian IOM, based on the Missing Migrants Project),
from incident records (e.g. written by "import missing-migrants"): dead and missing by year and
one geography scheme, with the number of incidents. Figures are minimum estimates.

Options:
  --geography <g>   unsd (default: MMP's UNSD geographical grouping, the SDG regional series),
                    mmp-region (MMP's own region of incident) or origin (region of origin)
  --by <p>          year (default) or month
  --by-sex          Add females and males (among the dead and missing, where recorded)
  --by-children     Add children
  --by-cause        One row per cause-of-death combination
  --format <f>      text (default), json or csv

Every output names the custodian, the data vintage, the geography scheme and the inclusion rule:
text in its header, json and csv in columns of every row. Records listed in another record's
linked_ids (see "dedupe") are counted once.
Exit codes: 0 success, 1 invalid records, 2 usage error or unreadable input.`;

const columns = (rows: Sdg1073Row[]) => [...new Set(rows.flatMap((r) => Object.keys(r)))];

function toCsv(rows: Sdg1073Row[]): string {
  const cols = columns(rows);
  const cell = (v: unknown) => {
    const s = escapeFormula(v === undefined ? '' : String(v));
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => cell((r as any)[c])).join(','))].join('\n') + '\n';
}

function toText(rows: Sdg1073Row[], geography: Sdg1073Geography, files: string[]): string {
  const extra = (['month', 'cause_of_death', 'females', 'males', 'children'] as const).filter((c) => rows.some((r) => r[c] !== undefined));
  const head = ['year', ...extra.filter((c) => c === 'month'), 'geography', ...extra.filter((c) => c === 'cause_of_death'), 'dead_and_missing', 'dead', 'missing', 'incidents', ...extra.filter((c) => c !== 'month' && c !== 'cause_of_death')];
  const body = rows.map((r) => head.map((c) => (c === 'geography' ? r.geography_label : String((r as any)[c] ?? ''))));
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const numeric = (c: string) => !['geography', 'cause_of_death'].includes(c);
  const line = (cells: string[]) => cells.map((c, i) => (numeric(head[i]) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  const total = rows.reduce((s, r) => s + r.dead_and_missing, 0);
  return [
    `${sdg1073Metadata.indicator}: ${sdg1073Metadata.title}`,
    `custodian: ${sdg1073Metadata.custodian} (${sdg1073Metadata.basis})`,
    sdg1073Metadata.minimumEstimate,
    `geography: ${rows[0]?.geography_scheme ?? geography}`,
    `data vintage: ${rows[0]?.data_vintage ?? 'not recorded'}; files: ${files.join(', ')}`,
    `inclusion rule: ${sdg1073Metadata.inclusionRule}`,
    '',
    line(head),
    ...body.map(line),
    '',
    `total dead and missing: ${total}`,
  ].join('\n') + '\n';
}

/** `smuggling-evidence indicator`: named indicators, SDG 10.7.3 first. */
const command: Command = {
  name: 'indicator',
  summary: 'SDG 10.7.3 (dead and missing migrants, custodian IOM) from incident records',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      geography: { type: 'string' },
      by: { type: 'string' },
      'by-sex': { type: 'boolean' },
      'by-children': { type: 'boolean' },
      'by-cause': { type: 'boolean' },
      format: { type: 'string' },
    });
    const [name, ...files] = positionals;
    if (!name || !files.length) throw new UsageError(`expected an indicator and at least one file.\n${usage}`);
    if (!(indicatorNames as readonly string[]).includes(name)) throw new UsageError(`unknown indicator "${name}": use one of ${indicatorNames.join(', ')}`);
    const geography = choiceOption(values.geography, '--geography', ['unsd', 'mmp-region', 'origin'] as const, 'unsd');
    const by = choiceOption(values.by, '--by', ['year', 'month'] as const, 'year');
    const format = choiceOption(values.format, '--format', ['text', 'json', 'csv'] as const, 'text');

    const records: Record<string, unknown>[] = [];
    let invalid = 0;
    for (const file of files) {
      const read = readRecords(file, 'incident');
      for (const p of read.problems.slice(0, 20)) io.stderr.write(`${file}${p.row !== null ? `, row ${p.row}` : ''}${p.field ? `, ${p.field}` : ''}: ${p.message}\n`);
      invalid += read.invalidRows.size + read.fileProblems;
      records.push(...read.records);
    }
    if (invalid) {
      io.stderr.write(`${invalid} invalid rows: no indicator written (fix them, or check them with "smuggling-evidence validate")\n`);
      return 1;
    }
    const rows = indicator('sdg-10.7.3', records, { geography, by, bySex: values['by-sex'], byChildren: values['by-children'], byCause: values['by-cause'] });
    io.stdout.write(format === 'json' ? JSON.stringify(rows, null, 2) + '\n' : format === 'csv' ? toCsv(rows) : toText(rows, geography, files));
    return 0;
  },
};
export default command;
