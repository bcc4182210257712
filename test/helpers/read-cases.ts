// Shared by the read tests: the papaparse-style CSV case table and small helpers.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../../src/errors/index.js';
import type { ReadOptions } from '../../src/read/options.js';

/** One row of test/fixtures/read/csv-cases.json. */
export interface CsvCase {
  description: string;
  input?: string;
  /** Bytes as hex, for encoding cases. */
  inputHex?: string;
  options: ReadOptions;
  expected: {
    rows?: number[];
    lines?: number[];
    records?: Record<string, unknown>[];
    /** [row, field, code] of each error. */
    errors?: [number | null, string | null, string][];
    warnings?: [number | null, string | null, string][];
    encoding?: string;
    delimiter?: string;
    newline?: string;
    header?: string[];
    type?: string | null;
  };
}

export const csvCases: CsvCase[] = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/read/csv-cases.json', import.meta.url)), 'utf8'),
);

/** The input of a case: a string, or bytes for `inputHex`. */
export function caseInput(c: CsvCase): string | Uint8Array {
  return c.inputHex !== undefined ? Uint8Array.from(Buffer.from(c.inputHex, 'hex')) : c.input!;
}

/** Issues as comparable [row, field, code] triples. */
export const triples = (issues: Issue[]) => issues.map((i) => [i.row, i.field, i.code]);

/** Split a string or bytes into chunks of `size`. */
export function chunk<T extends string | Uint8Array>(input: T, size: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < input.length; i += size) out.push(input.slice(i, i + size) as T);
  return out;
}
