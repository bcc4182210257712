/**
 * Illustrative and synthetic records are not evidence: summaries and reports leave them out
 * unless asked to include them, and say so in a banner. A record is flagged by its own
 * `evidence_status`, or by citing only sources that are flagged (a source with
 * `evidence_status` illustrative/synthetic, or `source_type: synthetic`) when those sources
 * are in the same input.
 *
 *   evidenceStatusOf(record, flaggedSources?)   'illustrative' | 'synthetic' | undefined
 *   filterEvidence(records, options)            { records, counts }
 *   filterDatasetEvidence(dataset, options)     the same over records grouped by type
 *   evidenceBanner(counts, included)            one line for the output, or undefined
 *   keepEvidenceRows(source, rows, count, counts, included)   the same on a column batch's rows
 */
import type { RowSource } from './column-store.js';

/** Records set aside (or, when included, kept) because they are not evidence. */
export interface NotEvidenceCounts {
  illustrative: number;
  synthetic: number;
}

export interface EvidenceFilterOptions {
  /** Keep illustrative and synthetic records (they are still counted for the banner). */
  includeIllustrative?: boolean;
  /** Ids of flagged sources, with their status (see {@link flaggedSources}). */
  sources?: ReadonlyMap<string, 'illustrative' | 'synthetic'>;
}

type Row = Readonly<Record<string, unknown>>;

/** The flagged sources among `sources` records, by id. */
export function flaggedSources(sources: readonly Row[] = []): Map<string, 'illustrative' | 'synthetic'> {
  const out = new Map<string, 'illustrative' | 'synthetic'>();
  for (const s of sources) {
    const status = s.evidence_status === 'illustrative' || s.evidence_status === 'synthetic' ? s.evidence_status : s.source_type === 'synthetic' ? 'synthetic' : undefined;
    if (status && typeof s.id === 'string') out.set(s.id, status);
  }
  return out;
}

/**
 * Why a record is not evidence, or undefined when it is.
 *
 * @example evidenceStatusOf({ evidence_status: 'synthetic' }) // 'synthetic'
 */
export function evidenceStatusOf(r: Row, sources?: ReadonlyMap<string, 'illustrative' | 'synthetic'>): 'illustrative' | 'synthetic' | undefined {
  if (r.evidence_status === 'illustrative' || r.evidence_status === 'synthetic') return r.evidence_status;
  const ids = r.source_ids;
  if (!sources?.size || !Array.isArray(ids) || !ids.length) return undefined;
  const statuses = ids.map((id) => sources.get(id as string));
  if (statuses.some((s) => s === undefined)) return undefined; // one real source makes it evidence
  return statuses.includes('illustrative') ? 'illustrative' : 'synthetic';
}

/**
 * Split records into evidence and the rest: the records to summarise, and how many were
 * illustrative or synthetic (left out, or kept when `includeIllustrative`).
 *
 * @example filterEvidence(records).records.length
 */
export function filterEvidence<T extends Row>(records: readonly T[], options: EvidenceFilterOptions = {}): { records: T[]; counts: NotEvidenceCounts } {
  const counts: NotEvidenceCounts = { illustrative: 0, synthetic: 0 };
  const kept: T[] = [];
  for (const r of records) {
    const status = evidenceStatusOf(r, options.sources);
    if (status) counts[status]++;
    if (!status || options.includeIllustrative) kept.push(r);
  }
  return { records: kept, counts };
}

/** {@link filterEvidence} over records grouped by type; sources flag the records citing them. */
export function filterDatasetEvidence<D extends Record<string, readonly Row[] | undefined>>(dataset: D, options: Omit<EvidenceFilterOptions, 'sources'> = {}): { dataset: D; counts: NotEvidenceCounts } {
  const sources = flaggedSources(dataset.source ?? []);
  const counts: NotEvidenceCounts = { illustrative: 0, synthetic: 0 };
  const out: Record<string, Row[]> = {};
  for (const [type, records] of Object.entries(dataset)) {
    if (!records) continue;
    const f = filterEvidence(records, { ...options, sources });
    out[type] = f.records;
    counts.illustrative += f.counts.illustrative;
    counts.synthetic += f.counts.synthetic;
  }
  return { dataset: out as unknown as D, counts };
}

/**
 * The banner summaries and reports print when illustrative or synthetic records were met.
 *
 * @example evidenceBanner({ illustrative: 3, synthetic: 0 }, false)
 * // 'Note: 3 illustrative records left out: they are not evidence (--include-illustrative to include them).'
 */
export function evidenceBanner(counts: NotEvidenceCounts, included: boolean): string | undefined {
  const parts = [
    counts.illustrative ? `${counts.illustrative} illustrative` : '',
    counts.synthetic ? `${counts.synthetic} synthetic` : '',
  ].filter(Boolean);
  if (!parts.length) return undefined;
  const n = counts.illustrative + counts.synthetic;
  const what = `${parts.join(' and ')} record${n === 1 ? '' : 's'}`;
  return included
    ? `Warning: includes ${what}: they are not evidence, and the figures below are not real.`
    : `Note: ${what} left out: they are not evidence (--include-illustrative to include them).`;
}

/**
 * On a batch's kept rows (`rows[0..count)`, indices into `source`): count the illustrative
 * and synthetic ones into `counts` and, unless `included`, drop them. The rows kept come first
 * in `rows`; returns how many.
 *
 * @example const n = keepEvidenceRows(batch, rows, count, counts, false);
 */
export function keepEvidenceRows(source: RowSource, rows: Int32Array, count: number, counts: NotEvidenceCounts, included?: boolean): number {
  const column = 'records' in source ? undefined : (source.values[source.names.indexOf('evidence_status')] as unknown[] | undefined);
  let kept = 0;
  for (let k = 0; k < count; k++) {
    const v = 'records' in source ? source.records[rows[k]].evidence_status : column?.[rows[k]];
    const flagged = v === 'illustrative' || v === 'synthetic';
    if (flagged) counts[v]++;
    if (!flagged || included) rows[kept++] = rows[k];
  }
  return kept;
}
