import { beforeAll, describe, expect, it } from 'vitest';
import { importMissingMigrants } from '../../src/adapters/missing-migrants.js';
import type { RecordOf } from '../../src/model/types.generated.js';
import { external, hasExternal } from './external.js';

type Incident = RecordOf<'incident'>;
const web2020 = 'mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv';
const main2022 = 'mmp-2022-mainid/Missing_Migrants_Global_Figures.csv';
const site2026 = 'mmp-2026-export/MissingMigrants-Global-2026-05-06--19_42_11.csv';

describe.skipIf(!hasExternal)('MMP import keeps every id, date kind, geography and source of the export', () => {
  let r2020: Incident[];
  let r2022: Incident[];
  let r2026: Incident[];
  beforeAll(() => {
    r2020 = importMissingMigrants(external(web2020)).records;
    r2022 = importMissingMigrants(external(main2022)).records;
    r2026 = importMissingMigrants(external(site2026)).records;
  }, 120_000);

  it('says which date it keeps: reported (2020 Web ID layout) or incident (later layouts)', () => {
    expect(new Set(r2020.map((r) => r.date_kind))).toEqual(new Set(['reported']));
    expect(new Set(r2022.map((r) => r.date_kind))).toEqual(new Set(['incident']));
    expect(r2022.every((r) => r.data_vintage === '2022')).toBe(true);
  });

  it('keeps Main ID and every Incident ID, and infers split incidents from a shared Main ID (2026)', () => {
    const parts = r2026.filter((r) => r.source_event_id === '2026.MMP0007');
    expect(parts.map((r) => r.source_record_id).sort()).toEqual(['2026.MMP00078', '2026.MMP00079']);
    expect(parts.every((r) => r.incident_type === 'split-incident')).toBe(true);
    // 211 distinct Main IDs over 238 rows (PROVENANCE.md).
    expect(new Set(r2026.map((r) => r.source_event_id)).size).toBe(211);
    const split2022 = r2022.find((r) => r.source_record_id === '2014.MMP00062')!;
    expect(split2022.source_incident_ids).toEqual(['2014.MMP0006263', '2014.MMP0006264', '2014.MMP0006265', '2014.MMP0006266']);
  });

  it('keeps the UNSD grouping and MMP region of incident as separate schemes', () => {
    const med = r2022.filter((r) => r.mmp_region === 'mediterranean');
    expect(med.length).toBe(1623);
    expect(r2022.filter((r) => r.unsd_subregion === 'uncategorized').length).toBe(1878);
    expect(r2022.filter((r) => r.unsd_subregion === 'northern-america').length).toBe(2202);
    expect(r2022.filter((r) => r.unsd_region === 'americas').length).toBe(2202 + 1003 + 168 + 81);
    // 2020 wrote old sub-region names: "Central Africa" is M49 Middle Africa.
    expect(r2020.filter((r) => r.unsd_subregion === 'middle-africa').length).toBe(15);
  });

  it('keeps every URL, the article title and the information source', () => {
    const several = r2020.filter((r) => (r.source_urls?.length ?? 0) > 1);
    expect(several.length).toBeGreaterThan(100);
    expect(several.every((r) => r.source_url === r.source_urls![0])).toBe(true);
    expect(r2022.filter((r) => r.article_title).length).toBe(3932); // every non-blank `Article title`
    expect(r2022.filter((r) => r.information_source === 'Pima County Office of the Medical Examiner (PCOME)').length).toBe(1278);
  });

  it('places incidents by coordinates, marking the method; UNK only without a usable place', () => {
    const unk = r2022.filter((r) => r.country === 'UNK');
    expect(unk.length).toBeLessThan(10); // the location text alone left 1,652 UNK
    expect(new Set(r2022.map((r) => r.country_method))).toEqual(new Set(['coordinates', 'coordinates-text', 'nearest-coast', 'text']));
    expect(r2022.filter((r) => r.latitude === undefined).every((r) => r.country_method === 'text' || r.country_method === 'unknown')).toBe(true);
  });
});
