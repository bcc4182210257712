import type { ColumnTable } from 'arquero';
import { themes } from '../model/themes.js';
import { setSummaryInfo } from './describe-columns.js';
import { evidenceIndex, type DatasetInput } from './evidence-index.js';
import { countMeasure, distinctMeasure, extremeMeasure, groupRows, meanMeasure } from './group-rows.js';

/**
 * How much evidence there is on each of the five themes: one row per theme, in the report's order,
 * with `title`, `records`, `record_types` (the types contributing), `countries` (distinct),
 * `first_year`, `last_year`, `years` (distinct years), `sources` (distinct) and
 * `mean_source_quality` (1–5). Themes without evidence are listed with 0 records.
 * A record with several themes counts under each; the notes give the number of distinct records.
 *
 * @example themeOverview({ incident: incidents, 'court-case': cases }).objects()
 */
export function themeOverview(dataset: DatasetInput | ColumnTable): ColumnTable {
  const index = isTable(dataset) ? dataset : evidenceIndex(dataset);
  const col = (name: string) => index.array(name) as unknown[];
  const [themesCol, types, countries, years, sources, quality] = ['themes', 'record_type', 'countries', 'year', 'source_ids', 'source_quality'].map(col);
  const listAt = (c: unknown[]) => (i: number) => (Array.isArray(c[i]) ? (c[i] as unknown[]) : [c[i]]);
  const themeValues = (i: number) => {
    const v = listAt(themesCol)(i);
    return v.length ? v : [null];
  };
  const table = groupRows(
    index.numRows(),
    [{ name: 'theme', values: themeValues }],
    [
      countMeasure('records'),
      distinctMeasure('record_types', listAt(types), true),
      distinctMeasure('countries', listAt(countries)),
      extremeMeasure('first_year', (i) => years[i], 'min'),
      extremeMeasure('last_year', (i) => years[i], 'max'),
      distinctMeasure('years', listAt(years)),
      distinctMeasure('sources', listAt(sources)),
      meanMeasure('mean_source_quality', (i) => (typeof quality[i] === 'number' ? (quality[i] as number) : null)),
    ],
    { theme: themes.map((t) => t.id) },
  );
  const titles = new Map<unknown, string>(themes.map((t) => [t.id, `(${t.letter}) ${t.title}`]));
  const out = table
    .assign({ title: (table.array('theme') as unknown[]).map((id) => titles.get(id) ?? null) })
    .relocate('title', { after: 'theme' });
  return setSummaryInfo(out, {
    by: ['theme'],
    columns: [
      { name: 'theme', role: 'key', title: 'Theme', description: 'Theme id.' },
      { name: 'title', role: 'key', title: 'Title', description: "The theme's title in the IOM report." },
      { name: 'records', role: 'measure', title: 'Records', unit: 'records', description: 'Evidence records of any type tagged with the theme.' },
      { name: 'record_types', role: 'measure', title: 'Record types', description: 'Record types contributing evidence to the theme.' },
      { name: 'countries', role: 'measure', title: 'Countries', unit: 'countries', description: 'Distinct countries the records are about.' },
      { name: 'first_year', role: 'measure', title: 'First year', unit: 'year', description: 'Earliest year of a dated record.' },
      { name: 'last_year', role: 'measure', title: 'Last year', unit: 'year', description: 'Latest year of a dated record.' },
      { name: 'years', role: 'measure', title: 'Years', unit: 'years', description: 'Distinct years with at least one record.' },
      { name: 'sources', role: 'measure', title: 'Sources', unit: 'sources', description: 'Distinct sources cited.' },
      {
        name: 'mean_source_quality',
        role: 'measure',
        title: 'Mean source quality',
        unit: 'score 1-5',
        description: "Mean source quality (1 = single unverified report … 5 = corroborated official record): the record's own, else that of the sources it cites.",
      },
    ],
    notes: [
      `A record with several themes counts under each, so the rows add up to more than the ${index.numRows()} distinct records.`,
    ],
  });
}

function isTable(x: unknown): x is ColumnTable {
  return typeof (x as ColumnTable)?.columnNames === 'function';
}
