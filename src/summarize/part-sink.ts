/**
 * What the worker thread of a split summary does with the valid, public rows of its half of
 * the file (see `src/node-worker.ts`), and what it sends back. The worker applies the
 * evidence filter itself and either keeps the rows in a column store, posted packed and
 * appended whole to this thread's store (in memory), or stages them for DuckDB in a file of
 * its own (`--engine duckdb`): this thread never replays them row by row.
 */
import type { NotEvidenceCounts } from './evidence-filter.js';
import type { SummarySpec } from './spec.js';
import type { StoredPart } from './stored-part.js';

/** The worker's instructions (plain data: it crosses threads). */
export interface PartSink {
  /** Keep illustrative and synthetic records (they are counted either way). */
  includeIllustrative: boolean;
  /** Stage the rows in `file` for DuckDB, for `spec` (`src/sql/node-duckdb-row-stage.ts`), rather than keep them. */
  stage?: { file: string; spec: SummarySpec };
}

/** The worker's rows, as it sends them back. */
export interface SunkPart {
  /** Valid, public rows of the half (before the evidence filter). */
  handed: number;
  /** Illustrative and synthetic rows among them. */
  notEvidence: NotEvidenceCounts;
  /** The rows kept, packed (in memory). */
  store?: StoredPart;
  /** Whether the stage file was written (DuckDB). */
  staged: boolean;
}
