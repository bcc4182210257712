import type { CliIO, Command } from './command.js';
import pkg from '../../package.json';

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
  const command = (await load()).default;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`error: ${message}\n`);
    if (process.env.SMUGGLING_EVIDENCE_DEBUG && err instanceof Error) io.stderr.write(String(err.stack) + '\n');
    return 2;
  }
}

const isEntry = process.argv[1] && /cli\.(js|ts|mjs)$|main\.ts$/.test(process.argv[1]);
if (isEntry) {
  // `smuggling-evidence codebook | head` closes the pipe early: that is not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
