// Commands that stream files (summarize) take standard input by writing it to a temporary
// file first: a pipe can be read only once, and one streamed path serves files and pipes alike.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStdin, sniffFormat, STDIN } from './read-records.js';

/** The inputs with `-` replaced by a temporary file, a way to name it `stdin` again, and a clean-up. */
export interface Spooled {
  files: string[];
  /** Replace the temporary file's path by `stdin` in a name or message. */
  label(text: string): string;
  /** Remove the temporary file (safe to call twice). */
  done(): void;
}

/**
 * Spool standard input to a file named after its format (given, or sniffed from its first bytes).
 *
 * @example const s = spoolStdin(['-'], 'csv'); try { read(s.files) } finally { s.done() }
 */
export function spoolStdin(inputs: readonly string[], format?: 'csv' | 'json' | 'ndjson'): Spooled {
  if (!inputs.includes(STDIN)) return { files: [...inputs], label: (t) => t, done() {} };
  const bytes = readStdin();
  const dir = mkdtempSync(join(tmpdir(), 'se-stdin-'));
  const path = join(dir, `stdin.${format ?? sniffFormat(bytes)}`);
  writeFileSync(path, bytes);
  return {
    files: inputs.map((f) => (f === STDIN ? path : f)),
    label: (t) => t.split(path).join('stdin'),
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}
