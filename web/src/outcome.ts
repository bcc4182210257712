/**
 * What the page shows after a run: the report (lists cut at 1000), the valid records per
 * type, the theme overview of the valid rows and, for a dataset, the gap map by region.
 * Arquero is used only through its column APIs here (no expression strings or functions
 * to parse), so nothing needs `new Function` under the page's CSP.
 */
import { themes } from '../../src/model/themes.js';
import type { RecordType } from '../../src/model/record-types.js';
import { gapMap } from '../../src/report/gap-map.js';
import { themeOverview } from '../../src/summarize/theme-overview.js';
import type { GapCells, Outcome, ThemeRow } from './protocol.js';
import { shown, type Run } from './run-validation.js';

/**
 * The outcome the page renders.
 *
 * @example outcomeOf(run).themes[0].theme // 'business-model'
 */
export function outcomeOf(run: Run): Outcome {
  const valid = run.valid ?? {};
  const counts = Object.fromEntries(Object.entries(valid).map(([t, rs]) => [t, rs!.length])) as Partial<Record<RecordType, number>>;
  const any = Object.values(counts).some((n) => n! > 0);
  let themeRows: ThemeRow[] = [];
  let gaps: GapCells | null = null;
  let summaryProblem: string | undefined;
  // The report stands on its own: a failing summary is said in words, never hides the errors.
  try {
    if (any) themeRows = themeOverview(valid).objects() as unknown as ThemeRow[];
    if (any && run.report.type === 'dataset') {
      const cells = gapMap(valid, { across: 'region' }).table.objects() as { theme: string; area: string; records: number }[];
      const areas = [...new Set(cells.map((c) => c.area))];
      const records: GapCells['records'] = {};
      for (const c of cells) (records[c.theme] ??= {})[c.area] = c.records;
      gaps = { themes: themes.map((t) => ({ id: t.id, title: `(${t.letter}) ${t.title}` })), areas, records };
    }
  } catch (err) {
    summaryProblem = (err as Error).message;
  }
  return {
    report: shown(run.report),
    valid: counts,
    validKnown: run.valid !== null,
    themes: themeRows.map((r) => ({ theme: r.theme, title: r.title, records: r.records, countries: r.countries, first_year: r.first_year, last_year: r.last_year, sources: r.sources })),
    gaps,
    summaryProblem,
    seconds: run.seconds,
  };
}
