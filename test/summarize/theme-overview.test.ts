import { describe, expect, it } from 'vitest';
import { evidenceIndex, summaryNotes, themeOverview, toTable } from '../../src/summarize/index.js';
import { tableEqual } from '../helpers/table-equal.js';
import { cooperation, courtCases, incidents, sources } from './fixtures.js';

describe('themeOverview', () => {
  const dataset = { incident: incidents, 'court-case': courtCases, 'cooperation-action': cooperation, source: sources };

  it('gives, per theme, records, countries, years, source quality and contributing types', () => {
    tableEqual(themeOverview(dataset), [
      // case-1 only. Its source src-4 is not in the dataset, so no quality.
      { theme: 'legal-capacity', records: 1, record_types: ['court-case'], countries: 1, first_year: 2018, last_year: 2018, years: 1, mean_source_quality: null },
      // inc-a, inc-b, inc-c: quality of src-1 (4); of src-1 and src-2 (mean 3); src-3 unknown.
      { theme: 'safety-dignity', records: 3, record_types: ['incident'], countries: 3, first_year: 2019, last_year: 2020, years: 2, mean_source_quality: 3.5 },
      // inc-a (4), inc-d (src-2: 2), case-1, case-2 (undated), case-3.
      { theme: 'business-model', records: 5, record_types: ['court-case', 'incident'], countries: 4, first_year: 2018, last_year: 2020, years: 3, mean_source_quality: 3 },
      // the two sources themselves (qualities 4 and 2).
      { theme: 'evidence-base', records: 2, record_types: ['source'], countries: 0, first_year: 2019, last_year: 2024, years: 2, mean_source_quality: 3 },
      { theme: 'cooperation', records: 1, record_types: ['cooperation-action'], countries: 3, first_year: 2021, last_year: 2021, years: 1, mean_source_quality: null },
    ]);
  });

  it('always lists the five themes, with 0 records where there is no evidence', () => {
    const o = themeOverview({ incident: [] });
    expect(o.array('theme')).toEqual(['legal-capacity', 'safety-dignity', 'business-model', 'evidence-base', 'cooperation']);
    expect(o.array('records')).toEqual([0, 0, 0, 0, 0]);
    expect(o.array('title')[0]).toBe('(a) Legal frameworks and capacity-building');
  });

  it('accepts tables and an evidence index, and says that themes overlap', () => {
    const fromTables = themeOverview({ incident: toTable(incidents, 'incident') });
    expect(fromTables.array('records')).toEqual([0, 3, 2, 0, 0]);
    expect(themeOverview(evidenceIndex({ incident: incidents })).objects()).toEqual(fromTables.objects());
    expect(summaryNotes(fromTables).join(' ')).toMatch(/more than the 4 distinct records/);
  });
});
