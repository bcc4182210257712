/**
 * The shape of one entry of the error catalogue, and of the issues a report holds.
 * Every code lives in its own file (`type-error.ts`, ...) so the catalogue doubles as
 * documentation: `docs/errors.md` is generated from it.
 */

/** Where an issue sits: the whole file, the header row, a whole row, or one cell. */
export type IssueLevel = 'file' | 'label' | 'row' | 'cell';

/** Errors make a report invalid; warnings never do. */
export type Severity = 'error' | 'warning';

/** What a message template may use. Every key is optional; templates say only what they know. */
export interface MessageParams {
  /** Row number: CSV header = 1, first record = 2; JSON 1-based index; NDJSON line number. */
  row?: number | null;
  /** Field (or column label) the issue is about. */
  field?: string | null;
  /** The offending value, as read. */
  value?: unknown;
  /** What was expected, in words ("a whole number", "one of land, sea, air"). */
  expected?: string;
  /** Extra help ("did you mean `dead`?"). */
  note?: string;
}

/** One catalogue entry. */
export interface ErrorType {
  /** Stable code, kebab-case; frictionless names where frictionless has one. */
  code: string;
  /** Short human title. */
  title: string;
  /** What it means and what to do about it (Markdown). */
  description: string;
  /** Where it sits; `row` and `cell` errors make the record invalid. */
  level: IssueLevel;
  /** Default severity. */
  severity: Severity;
  /** Parameters of a typical case, for the documentation. */
  example: MessageParams;
  /** The message, naming row, field, value and what was expected. */
  message(params: MessageParams): string;
}

/** One problem found in the input, as reports and loaders list it. */
export interface Issue {
  /** Row number (see {@link MessageParams.row}); null for file-level issues. */
  row: number | null;
  /** Field or column label; null when the issue is about a whole row or file. */
  field: string | null;
  /** Catalogue code, e.g. `type-error`. */
  code: string;
  /** Human message naming row, field, value and what was expected. */
  message: string;
  /** The offending value, when there is one. */
  value?: unknown;
  /** What was expected, when it helps. */
  expected?: string;
  /** File the issue is in (dataset reports). */
  file?: string;
}
