import { codebook } from '../codebook/codebook.js';
import { choiceOption, parseOptions, UsageError, type Command } from './command.js';
import { writeOutput } from './write-output.js';

const usage = `Usage: smuggling-evidence codebook [--format md|html] [--out file]

Write the codebook generated from the schemas: the themes, then every field of every
record type (label, type, whether required, allowed codes with labels, unit, example,
Protocol article), then the shared vocabularies (countries, regions, routes...).

Options:
  --format md|html  Markdown (default) or a standalone HTML page
  --out <file>      write to a file instead of stdout`;

const command: Command = {
  name: 'codebook',
  summary: 'Write the codebook generated from the schemas',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
    });
    if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = choiceOption(values.format, '--format', ['md', 'html'] as const, 'md');
    writeOutput(codebook({ format }), values.out, io);
    if (values.out) io.stderr.write(`wrote ${values.out}\n`);
    return 0;
  },
};
export default command;
