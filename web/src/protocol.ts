/** Messages between the page (main.ts) and its worker (worker.ts). */
import type { ValidationReport } from '../../src/validate/report.js';
import type { RecordType } from '../../src/model/record-types.js';

/** A file the user gave, with its path inside a picked folder (or its name). */
export interface InputFile {
  file: File;
  path: string;
}

export type ToWorker =
  | { kind: 'validate'; files: InputFile[]; type: RecordType | null }
  | { kind: 'download'; what: 'report-json' | 'errors-csv' | 'valid-csv'; type?: RecordType }
  | { kind: 'template'; type: RecordType };

/** Records per theme among the valid rows. */
export interface ThemeRow {
  theme: string;
  title: string;
  records: number;
  countries: number;
  first_year: number | null;
  last_year: number | null;
  sources: number;
}

/** The gap map of a dataset: records per theme × region of the valid rows. */
export interface GapCells {
  themes: { id: string; title: string }[];
  areas: string[];
  /** records[theme][area] */
  records: Record<string, Record<string, number>>;
}

export interface Outcome {
  /** The report as `validate --format json` gives it (lists cut at 1000 each). */
  report: ValidationReport;
  /** Valid records per record type (what the valid-records download holds before withholding). */
  valid: Partial<Record<RecordType, number>>;
  /** False when the error list was cut so short that valid rows cannot be told apart. */
  validKnown: boolean;
  themes: ThemeRow[];
  gaps: GapCells | null;
  /** Why the theme summary or gap map could not be made, when it could not. */
  summaryProblem?: string;
  seconds: number;
}

export type FromWorker =
  | { kind: 'progress'; bytes: number; totalBytes: number; rows: number; file: string }
  | { kind: 'done'; outcome: Outcome }
  | { kind: 'failed'; message: string }
  | { kind: 'file'; name: string; text: string; mime: string; withheld: number };
