import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes: injectable so tests and other tools can capture output. */
export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** One subcommand of `smuggling-evidence`. */
export interface Command {
  /** Name typed after `smuggling-evidence`. */
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full usage text printed by `--help`. */
  usage: string;
  /** Run with the arguments after the command name; resolves to the exit code. */
  run(argv: string[], io: CliIO): Promise<number>;
}

/**
 * A mistake in how the command was called, or input that cannot be read at all:
 * printed as one line, exit code 2, never a stack trace.
 */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/**
 * Parse options strictly; unknown flags become a UsageError naming the flag.
 *
 * @example parseOptions(argv, { format: { type: 'string' } })
 */
export function parseOptions<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
}

/** Read a whole-number option (e.g. `--max-errors 50`), or throw a UsageError. */
export function intOption(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value}"`);
  return Number(value);
}

/** Check a choice option (e.g. `--format json`) against the allowed values. */
export function choiceOption<T extends string>(value: string | undefined, flag: string, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}

/**
 * Whether to colour output written to `stream`: never with NO_COLOR (https://no-color.org),
 * always with FORCE_COLOR (unless it is `0` or `false`), never on TERM=dumb, else only on a terminal.
 *
 * @example useColor(io.stdout) // false when piped
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.TERM === 'dumb') return false;
  return !!stream.isTTY;
}
