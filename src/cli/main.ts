import type { CliIO, Command } from './command.js';
import pkg from '../../package.json';
import { warmSplitWorker } from '../validate/node-split-worker.js';

// Commands load lazily so `smuggling-evidence validate` never pays for charts or adapters.
const commands: Record<string, () => Promise<{ default: Command }>> = {
  validate: () => import('./validate.js'),
  summarize: () => import('./summarize.js'),
  report: () => import('./report.js'),
  import: () => import('./import.js'),
  convert: () => import('./convert.js'),
  template: () => import('./template.js'),
  codebook: () => import('./codebook.js'),
  indicator: () => import('./indicator.js'),
  link: () => import('./link.js'),
  dedupe: () => import('./dedupe.js'),
};

const help = `smuggling-evidence ${pkg.version}: a typed, validated evidence base on migrant smuggling

Usage: smuggling-evidence <command> [options]

Commands:
  validate   Check CSV, JSON or NDJSON records (or a folder / datapackage.json) against the schemas
  summarize  Summaries by theme, country, region, route or year (csv, json, text, chart)
  report     Validate a dataset and write a Markdown report with charts
  import     Bring a public dataset (Missing Migrants, Frontex, CTDC) into our record types
  convert    Convert records between csv, json, ndjson and arrow
  template   Write a CSV template for a record type
  codebook   Write the codebook generated from the schemas
  indicator  SDG 10.7.3 (dead and missing migrants, custodian IOM) from incident records
  link       Candidate pairs of the same incident in two files (scores and reasons)
  dedupe     The union of incident files, each incident once, linked ids kept

Run "smuggling-evidence <command> --help" for a command's options.
Exit codes: 0 success, 1 invalid records, 2 usage error or unreadable input.`;

/**
 * Run the CLI with `argv` (without `node` and the script) and resolve to the exit code.
 *
 * @example await main(['validate', 'data.csv', '--type', 'incident'])
 */
export async function main(argv: string[], io: CliIO = process): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(pkg.version + '\n');
    return 0;
  }
  const load = commands[name];
  if (!load) {
    io.stderr.write(`error: unknown command "${name}". Commands: ${Object.keys(commands).join(', ')}\n`);
    return 2;
  }
  // A big CSV file of a known type is read on two threads: the second starts loading now.
  if ((name === 'validate' || name === 'summarize') && rest.includes('--type')) warmSplitWorker(rest.filter((a) => !a.startsWith('-')));
  const command = (await load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    // One line, whatever the error: a message may quote input (see SECURITY.md).
    const message = (err instanceof Error ? err.message : String(err)).replace(/\s*[\r\n]+\s*/g, ' ');
    io.stderr.write(`error: ${message.length > 2000 ? message.slice(0, 1999) + '…' : message}\n`);
    if (process.env.SMUGGLING_EVIDENCE_DEBUG && err instanceof Error) io.stderr.write(String(err.stack) + '\n');
    return 2;
  }
}
