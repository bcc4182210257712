import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CliIO } from './command.js';

/** Write a command's result to `--out` (creating folders) or to stdout. */
export function writeOutput(data: string | Uint8Array, out: string | undefined, io: CliIO): void {
  if (!out) {
    io.stdout.write(data);
    return;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, data);
}
