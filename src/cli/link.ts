import { writeFileSync } from 'node:fs';
import { linkIncidents } from '../link/link-incidents.js';
import { escapeFormula } from '../write/escape-formula.js';
import { choiceOption, parseOptions, UsageError, type CliIO, type Command } from './command.js';
import { readRecords } from './read-records.js';

const usage = `Usage: smuggling-evidence link <a> <b> --type incident --out <links.csv> [options]

Find the same incident in two files of incident records (two MMP vintages, MMP and another list
of deaths): candidate pairs from blocking on date and place, scored on date, coordinates, dead
and missing, cause, route and location text. Needs no ids or URLs. Writes a CSV with a_id, b_id,
score (0–1) and reasons (which fields agreed and how closely), best first.

Options:
  --type incident    Record type (only incident for now; required)
  --out <file.csv>   Where to write the pairs (required)
  --min-score <x>    Leave out pairs scoring below x (default 0.5)
  --max-days <n>     Largest date difference of a candidate, in days (default 31)
  --max-km <n>       Largest distance of a candidate, in km (default 300)
  --all              Every candidate pair, not only the best pair of each record

Exit codes: 0 success, 1 invalid records, 2 usage error or unreadable input.`;

/** Read incident files for link/dedupe: refuse (exit 1) when any record is invalid. */
export function readIncidentFiles(files: string[], io: CliIO): Record<string, unknown>[][] | undefined {
  const lists: Record<string, unknown>[][] = [];
  let invalid = 0;
  for (const file of files) {
    const read = readRecords(file, 'incident');
    for (const p of read.problems.slice(0, 20)) io.stderr.write(`${file}${p.row !== null ? `, row ${p.row}` : ''}${p.field ? `, ${p.field}` : ''}: ${p.message}\n`);
    invalid += read.invalidRows.size + read.fileProblems;
    lists.push(read.records);
  }
  if (invalid) {
    io.stderr.write(`${invalid} invalid rows: nothing written (check them with "smuggling-evidence validate")\n`);
    return undefined;
  }
  return lists;
}

/** A decimal option such as `--min-score 0.7`, or a UsageError. */
export function numberOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`${flag} expects a number, got "${value}"`);
  return Number(value);
}

const csvCell = (v: unknown) => {
  const s = escapeFormula(String(v));
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** `smuggling-evidence link`: candidate pairs of the same incident in two files. */
const command: Command = {
  name: 'link',
  summary: 'Candidate pairs of the same incident in two files (scores and reasons)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      type: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'min-score': { type: 'string' },
      'max-days': { type: 'string' },
      'max-km': { type: 'string' },
      all: { type: 'boolean' },
    });
    if (positionals.length !== 2) throw new UsageError(`expected two files.\n${usage}`);
    choiceOption(values.type ?? '', '--type', ['incident'] as const, 'incident');
    if (!values.out) throw new UsageError('--out <links.csv> is required');
    const lists = readIncidentFiles(positionals, io);
    if (!lists) return 1;
    const links = linkIncidents(lists[0], lists[1], {
      minScore: numberOption(values['min-score'], '--min-score'),
      maxDays: numberOption(values['max-days'], '--max-days'),
      maxKm: numberOption(values['max-km'], '--max-km'),
      oneToOne: !values.all,
    });
    const lines = ['a_id,b_id,score,reasons', ...links.map((l) => [l.a_id, l.b_id, l.score, l.reasons].map(csvCell).join(','))];
    writeFileSync(values.out, lines.join('\n') + '\n');
    io.stdout.write(`${positionals[0]}: ${lists[0].length} incidents; ${positionals[1]}: ${lists[1].length} incidents\nwrote ${links.length} candidate pairs to ${values.out}\n`);
    return 0;
  },
};
export default command;
