import { writeFileSync } from 'node:fs';
import { dedupeIncidents } from '../link/dedupe-incidents.js';
import { toCSV } from '../write/to-csv.js';
import { toNDJSON } from '../write/to-ndjson.js';
import { parseOptions, UsageError, type Command } from './command.js';
import { numberOption, readIncidentFiles } from './link.js';

const usage = `Usage: smuggling-evidence dedupe <file...> --out <file.csv|file.ndjson> [options]

The union of several files of incident records with each incident once, so dead and missing
are counted once. Each file is linked to the files before it as "link" does (no ids or URLs
needed); a linked record is not written again: its id goes to the kept record's linked_ids and
its sources to the kept record's source_ids. The earlier file's record is kept, so list the
preferred file (e.g. the latest vintage) first. Records within one file are never merged.

Options:
  --out <file>       .csv or .ndjson (required)
  --min-score <x>    Merge pairs scoring at least x (default 0.5)
  --max-days <n>     Largest date difference of a candidate, in days (default 31)
  --max-km <n>       Largest distance of a candidate, in km (default 300)

Exit codes: 0 success, 1 invalid records, 2 usage error or unreadable input.`;

const total = (records: Record<string, unknown>[]) =>
  records.reduce((s, r) => s + (typeof r.dead_and_missing === 'number' ? r.dead_and_missing : 0), 0);

/** `smuggling-evidence dedupe`: each incident once over several files. */
const command: Command = {
  name: 'dedupe',
  summary: 'The union of incident files, each incident once, linked ids kept',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      out: { type: 'string', short: 'o' },
      'min-score': { type: 'string' },
      'max-days': { type: 'string' },
      'max-km': { type: 'string' },
    });
    if (!positionals.length) throw new UsageError(`expected at least one file.\n${usage}`);
    if (!values.out) throw new UsageError('--out <file.csv|file.ndjson> is required');
    const format = /\.(ndjson|jsonl)$/i.test(values.out) ? 'ndjson' : /\.csv$/i.test(values.out) ? 'csv' : undefined;
    if (!format) throw new UsageError(`--out must end in .csv or .ndjson, got "${values.out}"`);
    const lists = readIncidentFiles(positionals, io);
    if (!lists) return 1;
    const result = dedupeIncidents(lists, {
      minScore: numberOption(values['min-score'], '--min-score'),
      maxDays: numberOption(values['max-days'], '--max-days'),
      maxKm: numberOption(values['max-km'], '--max-km'),
    });
    // The input's restricted records are the user's own: written back, not withheld.
    const write = format === 'csv' ? toCSV : toNDJSON;
    writeFileSync(values.out, write(result.records, 'incident', { includeRestricted: true }).text);
    io.stdout.write(
      [
        `read ${result.read} incidents from ${positionals.length} files (dead and missing ${lists.reduce((s, l) => s + total(l), 0)})`,
        `merged ${result.links.length} records into the same incident in an earlier file`,
        `wrote ${result.records.length} incidents to ${values.out} (dead and missing ${total(result.records)}, each incident once)`,
      ].join('\n') + '\n',
    );
    return 0;
  },
};
export default command;
