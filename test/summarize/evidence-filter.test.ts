import { describe, expect, it } from 'vitest';
import { evidenceBanner, evidenceStatusOf, filterDatasetEvidence, filterEvidence, flaggedSources } from '../../src/summarize/evidence-filter.js';

const rec = (id: string, extra: Record<string, unknown> = {}) => ({ id, source_ids: ['src-real'], ...extra });

describe('evidence filter', () => {
  it('leaves illustrative and synthetic records out and counts them; keeps them when asked', () => {
    const records = [rec('a'), rec('b', { evidence_status: 'illustrative' }), rec('c', { evidence_status: 'synthetic' }), rec('d', { evidence_status: 'evidence' })];
    expect(filterEvidence(records)).toEqual({ records: [records[0], records[3]], counts: { illustrative: 1, synthetic: 1 } });
    expect(filterEvidence(records, { includeIllustrative: true }).records).toEqual(records);
  });

  it('flags a record whose sources are all flagged, not one with a real source too', () => {
    const sources = flaggedSources([
      { id: 'src-example-illustrative', evidence_status: 'illustrative' },
      { id: 'src-synthetic-1', source_type: 'synthetic' },
      { id: 'src-real', source_type: 'dataset' },
    ]);
    expect(evidenceStatusOf(rec('x', { source_ids: ['src-example-illustrative'] }), sources)).toBe('illustrative');
    expect(evidenceStatusOf(rec('x', { source_ids: ['src-synthetic-1'] }), sources)).toBe('synthetic');
    expect(evidenceStatusOf(rec('x', { source_ids: ['src-synthetic-1', 'src-real'] }), sources)).toBeUndefined();
    const { dataset, counts } = filterDatasetEvidence({
      source: [{ id: 'src-example-illustrative', evidence_status: 'illustrative' }, { id: 'src-real' }],
      incident: [rec('inc-1'), rec('inc-2', { source_ids: ['src-example-illustrative'] })],
    });
    expect(dataset.incident!.map((r) => r.id)).toEqual(['inc-1']);
    expect(dataset.source!.map((r) => r.id)).toEqual(['src-real']);
    expect(counts).toEqual({ illustrative: 2, synthetic: 0 });
  });

  it('says how many were left out, or that the figures include them', () => {
    expect(evidenceBanner({ illustrative: 0, synthetic: 0 }, false)).toBeUndefined();
    expect(evidenceBanner({ illustrative: 1, synthetic: 0 }, false)).toBe('Note: 1 illustrative record left out: they are not evidence (--include-illustrative to include them).');
    expect(evidenceBanner({ illustrative: 2, synthetic: 5 }, true)).toBe('Warning: includes 2 illustrative and 5 synthetic records: they are not evidence, and the figures below are not real.');
  });
});
