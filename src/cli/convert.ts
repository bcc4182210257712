import { statSync } from 'node:fs';
import { isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { toArrow } from '../write/to-arrow.js';
import { writeParquet } from '../sql/node-write-parquet.js';
import { requireDuckDB } from '../sql/node-duckdb.js';
import { toCSV } from '../write/to-csv.js';
import { toJSON } from '../write/to-json.js';
import { toNDJSON } from '../write/to-ndjson.js';
import { choiceOption, parseOptions, UsageError, type CliIO, type Command } from './command.js';
import { inputFormatOf, readRecords } from './read-records.js';
import { checkFile, decodesAlike } from './check-file.js';
import { writeStreamed } from './write-streamed.js';
import { assertRegularFile } from '../read/node-regular-file.js';
import { writeOutput } from './write-output.js';

const formats = ['csv', 'json', 'ndjson', 'arrow', 'parquet'] as const;
const SHOWN = 10;

const usage = `Usage: smuggling-evidence convert <file> --type <type> --to csv|json|ndjson|arrow|parquet [--out <file>]
                                   [--include-restricted] [--no-csv-escape]

Convert records between CSV, JSON, NDJSON and Arrow IPC, losslessly: every valid
record reads back the same in every format (Arrow for DuckDB, pandas, R and Observable).
Input format from the extension: .csv, .json, .ndjson/.jsonl, .arrow.

Every record is checked against the schema first. If any record is invalid, nothing is
written: the command says how many records are invalid, shows the first ${SHOWN} problems
and exits 1 (run "smuggling-evidence validate" for the full report).

Records whose sensitivity is restricted or confidential are left out, and the command
says how many, unless --include-restricted is given.

Options:
  --type <type>          record type of the file (${recordTypes.join(', ')})
  --to <format>          csv, json, ndjson, arrow or parquet (parquet needs --out and @duckdb/node-api)
  --out <file>           output file (default stdout; required for arrow on a terminal)
  --include-restricted   keep restricted and confidential records
  --no-csv-escape        do not prefix ' to CSV cells starting with = + - @ tab or CR

Exit codes: 0 written, 1 invalid records (nothing written), 2 usage error or unreadable input.`;

/** What the check found, as `report` prints it. */
interface Found {
  invalid: number;
  records: number;
  fileProblems: number;
  problemCount: number;
  problems: { message: string }[];
}

function report(io: CliIO, file: string, read: Found) {
  const invalid = read.invalid;
  const fileLevel = read.fileProblems;
  const what = [
    ...(invalid ? [`${invalid} of ${read.records} record(s) invalid`] : []),
    ...(fileLevel ? [`${fileLevel} problem(s) with the header or the file`] : []),
  ].join(' and ');
  io.stderr.write(`${file}: ${what}; nothing written.\n`);
  const problems = read.problems;
  for (const p of problems.slice(0, SHOWN)) io.stderr.write(`  ${p.message}\n`);
  if (read.problemCount > SHOWN) io.stderr.write(`  ... and ${read.problemCount - SHOWN} more problem(s); run "smuggling-evidence validate ${file}" for all\n`);
}

const command: Command = {
  name: 'convert',
  summary: 'Convert records between csv, json, ndjson and arrow',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      type: { type: 'string', short: 't' },
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'include-restricted': { type: 'boolean' },
      'no-csv-escape': { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('convert needs an input file');
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (!values.type) throw new UsageError(`--type is required: ${recordTypes.join(', ')}`);
    if (!isRecordType(values.type)) throw new UsageError(`unknown record type "${values.type}"; use one of ${recordTypes.join(', ')}`);
    if (!values.to) throw new UsageError(`--to is required: ${formats.join(', ')}`);
    const to = choiceOption(values.to, '--to', formats, 'csv');
    if (to === 'arrow' && !values.out && io.stdout.isTTY) throw new UsageError('Arrow is binary: give --out <file> or redirect stdout');
    if (to === 'parquet' && !values.out) throw new UsageError('Parquet is written to a file: give --out <file.parquet>');
    const type: RecordType = values.type;

    const includeRestricted = values['include-restricted'] ?? false;
    const escapeFormulas = !values['no-csv-escape'];
    let records: number;
    let withheld: number;
    // CSV, JSON and NDJSON stream twice (check, then write), in bounded memory; Arrow in or
    // out, and a file that is not UTF-8 (whose whole-file decoding a stream cannot repeat), are read whole.
    const inFormat = inputFormatOf(file);
    try {
      assertRegularFile(file);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    if (to === 'parquet') {
      await requireDuckDB('Parquet output').catch((err) => { throw new UsageError((err as Error).message); });
      // Parquet is columnar: the valid records are read whole, then written column by column.
      const read = readRecords(file, type);
      if (read.problems.length) {
        report(io, file, { invalid: read.invalidRows.size, records: read.records.length, fileProblems: read.fileProblems, problemCount: read.problems.length, problems: read.problems });
        return 1;
      }
      let withheld: number;
      try {
        ({ withheld } = await writeParquet(read.records, type, values.out!, { includeRestricted }));
      } catch (err) {
        throw new UsageError(`cannot write Parquet: ${(err as Error).message}`);
      }
      const note = withheld ? `; left out ${withheld} restricted or confidential record(s) (--include-restricted keeps them)` : '';
      io.stderr.write(`converted ${read.records.length - withheld} ${type} record(s) to parquet in ${values.out}${note}\n`);
      return 0;
    }
    if (inFormat !== 'arrow' && to !== 'arrow' && statSync(file, { throwIfNoEntry: false })?.isFile() && (await decodesAlike(file))) {
      const found = await checkFile(file, type, SHOWN);
      if (found.problemCount) {
        report(io, file, found);
        return 1;
      }
      ({ records, withheld } = await writeStreamed(file, type, { to, includeRestricted, escapeFormulas, out: values.out }, io));
    } else {
      const read = readRecords(file, type);
      if (read.problems.length) {
        report(io, file, { invalid: read.invalidRows.size, records: read.records.length, fileProblems: read.fileProblems, problemCount: read.problems.length, problems: read.problems });
        return 1;
      }
      const written =
        to === 'csv'
          ? toCSV(read.records, type, { includeRestricted, escapeFormulae: escapeFormulas })
          : to === 'json'
            ? toJSON(read.records, type, { includeRestricted })
            : to === 'ndjson'
              ? toNDJSON(read.records, type, { includeRestricted })
              : toArrow(read.records, type, { includeRestricted });
      writeOutput('bytes' in written ? written.bytes : written.text, values.out, io);
      records = read.records.length;
      withheld = written.withheld;
    }
    const written = { withheld };
    const kept = records - written.withheld;
    const note = written.withheld
      ? `; left out ${written.withheld} restricted or confidential record(s) (--include-restricted keeps them)`
      : '';
    io.stderr.write(`converted ${kept} ${type} record(s) to ${to}${values.out ? ` in ${values.out}` : ''}${note}\n`);
    return 0;
  },
};
export default command;
