import type { RecordOf } from '../model/types.generated.js';
import { compact } from './adapter-run.js';
import type { ParsedDate } from './parse-date.js';

/**
 * The `source` record an MMP import cites: IOM's Missing Migrants Project at the vintage of the
 * export (MMP revises past months, so the vintage is part of the citation).
 *
 * @example mmpSource('mmp-web-id-2020', 2020, dates).id // 'src-iom-mmp-2020'
 */
export function mmpSource(layout: string, vintage: number, dates: (ParsedDate | undefined)[]): RecordOf<'source'> {
  const known = dates.filter((d): d is ParsedDate => !!d).map((d) => d.date).sort();
  const gdi = layout === 'iom-gdi-long';
  return compact({
    id: gdi ? `src-iom-gdi-mmp-${vintage}` : `src-iom-mmp-${vintage}`,
    record_type: 'source',
    themes: ['safety-dignity', 'evidence-base'],
    sensitivity: 'public',
    title: gdi
      ? `Missing Migrants Project incidents, cleaned long format (IOM Global Data Institute, gdidata package, ${vintage} vintage)`
      : `Missing Migrants Project: global incident data (export of ${vintage})`,
    publisher: 'International Organization for Migration (IOM)',
    publisher_type: 'un',
    source_type: 'dataset',
    year: vintage,
    url: gdi ? 'https://github.com/iom/gdidata' : 'https://missingmigrants.iom.int/downloads',
    licence: gdi ? 'MIT (package); IOM MMP terms of use (data)' : 'IOM terms of use (free reuse with attribution)',
    attribution: 'Source: IOM Missing Migrants Project',
    coverage_start: known[0],
    coverage_end: known[known.length - 1],
    known_biases: ['minimum-estimate', 'media-dependent', 'revised-after-publication'],
    notes: `Imported by smuggling-evidence from the ${layout} layout. Counts are minimum estimates; MMP revises past months, so figures depend on the export date.`,
  }) as RecordOf<'source'>;
}
