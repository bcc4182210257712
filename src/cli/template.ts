import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRecordType, recordTypes } from '../model/record-types.js';
import { toTemplate } from '../write/to-template.js';
import { parseOptions, UsageError, type Command } from './command.js';
import { packageRoot } from './package-root.js';
import { writeOutput } from './write-output.js';

const usage = `Usage: smuggling-evidence template <type> [--example] [--out file.csv] [--include-restricted]

Write a CSV template for a record type: one header row with every field, in schema order.
Fill one row per record, leave unknown values empty, separate list codes with ";",
then check it with "smuggling-evidence validate file.csv --type <type>".
The codebook (docs/codebook.md, or "smuggling-evidence codebook") explains every field.

Options:
  --example             add the example rows shipped in examples/data/<type>.csv
  --out <file>          write to a file instead of stdout
  --include-restricted  keep example rows marked restricted or confidential (left out by default)

Types: ${recordTypes.join(', ')}`;

const command: Command = {
  name: 'template',
  summary: 'Write a CSV template for a record type',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      example: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      'include-restricted': { type: 'boolean' },
    });
    const [type, ...extra] = positionals;
    if (!type) throw new UsageError(`template needs a record type: ${recordTypes.join(', ')}`);
    if (extra.length) throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (!isRecordType(type)) throw new UsageError(`unknown record type "${type}"; use one of ${recordTypes.join(', ')}`);
    let examples: string | undefined;
    if (values.example) {
      const file = join(packageRoot(), 'examples', 'data', `${type}.csv`);
      if (!existsSync(file)) throw new UsageError(`no example file for ${type} (looked for ${file})`);
      examples = readFileSync(file, 'utf8');
    }
    const { text, withheld } = toTemplate(type, { examples, includeRestricted: values['include-restricted'] });
    writeOutput(text, values.out, io);
    if (withheld) io.stderr.write(`left out ${withheld} restricted or confidential example row(s); pass --include-restricted to keep them\n`);
    if (values.out) io.stderr.write(`wrote ${values.out}\n`);
    return 0;
  },
};
export default command;
