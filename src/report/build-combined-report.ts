import type { ColumnTable } from 'arquero';
import type { VegaLiteSpec } from '../chart/to-vega-lite.js';
import { themes } from '../model/themes.js';
import { summaryInfo } from '../summarize/describe-columns.js';
import type { DatasetInput } from '../summarize/evidence-index.js';
import { formatValue, labeller } from '../summarize/format-summary.js';
import { escapeMarkdown, markdownCode } from '../write/escape-markdown.js';
import { safeName } from '../write/safe-name.js';
import { regionWords, type EvidenceReport } from './build-report.js';
import { combinedGapMap } from './combined-gap-map.js';
import { pivot } from './pivot.js';

/** One dataset of a combined report: its line in the index, and the records its gap-map cells count. */
export interface CombinedReportDataset {
  /** Data Package `name`: the folder of its own report, and how the combined map tells datasets apart. */
  name: string;
  title: string;
  /** Records reported (valid, publishable, evidence). */
  records: number;
  /** Invalid records left out. */
  invalid: number;
  /** Link to the dataset's own report, relative to the combined one. Default `<name>/report.md`. */
  report?: string;
  /** The records the dataset's report shows, per type (or their `evidenceIndex`). */
  dataset: DatasetInput | ColumnTable;
}

/** What `buildCombinedReport` works from. */
export interface CombinedReportInput {
  datasets: readonly CombinedReportDataset[];
  /** Heading. Default `Evidence reports`. */
  title?: string;
  /** Where the datasets came from (paths or URLs), for the header. */
  origins?: readonly string[];
  /** Tool and version line, e.g. `smuggling-evidence 0.1.0`. */
  generator?: string;
  /** File extension of the charts the Markdown links to. Default `.svg`. */
  chartExtension?: string;
}

/**
 * The report over several datasets: an index of their own reports, and one evidence-gap map
 * combining them (distinct sources per theme × region across all the datasets, quality-weighted
 * beside). Their figures are never added together; only sources are counted across them.
 *
 * @example const { markdown, charts } = buildCombinedReport({ datasets: [{ name: 'a', title: 'A', records: 3, invalid: 0, dataset: { incident } }, …] })
 */
export function buildCombinedReport(input: CombinedReportInput): EvidenceReport {
  const ext = input.chartExtension ?? '.svg';
  const ds = input.datasets;
  const link = (d: CombinedReportDataset) => d.report ?? `${safeName(d.name)}/report.md`;
  const out: string[] = [`# ${escapeMarkdown(input.title ?? 'Evidence reports')}`, ''];
  const from = input.origins?.length ? ` from ${input.origins.map(markdownCode).join(', ')}` : '';
  if (input.generator || from) out.push(`_Generated${input.generator ? ` by ${escapeMarkdown(input.generator)}` : ''}${from}._`, '');
  out.push('| Dataset | Records | Invalid | Report |', '| --- | ---: | ---: | --- |');
  for (const d of ds) out.push(`| ${escapeMarkdown(d.title)} | ${d.records} | ${d.invalid} | [${link(d)}](${link(d)}) |`);
  out.push('', 'Each dataset is reported on its own: their records are never added together. Only the gap map below looks across them, counting distinct sources.', '');

  const map = combinedGapMap(ds.map((d) => ({ name: d.name, dataset: d.dataset })));
  const charts: { name: string; spec: VegaLiteSpec }[] = [
    { name: 'gap-map', spec: map.spec },
    { name: 'gap-map-weighted', spec: map.weightedSpec },
  ];
  out.push('## Combined evidence-gap map', '');
  out.push(
    `Distinct sources of evidence for each theme and region (${regionWords(map.table)}) across the ${ds.length} datasets above, ` +
      'with the evidence records behind them in brackets. A source cited by several datasets counts once; source records themselves are not evidence. An empty cell is a gap.',
    '',
  );
  out.push(pivot(map.table, 'theme', 'area', 'sources', (v, row) => (v ? `${formatValue(v)} (${formatValue(row?.records)})` : '**gap**')));
  out.push(`![Combined evidence-gap map: distinct sources by theme and region](gap-map${ext})`, '');
  out.push('Quality-weighted: each source counts its quality ÷ 5 (a corroborated official record 1, a single unverified report 0.2; unknown quality 0.2).', '');
  out.push(`![Combined evidence-gap map: quality-weighted sources by theme and region](gap-map-weighted${ext})`, '');
  out.push(...(summaryInfo(map.table)?.notes ?? []).map((n) => `- ${n}`));
  if ((map.table.array('area') as string[]).includes('unknown')) out.push('- Unknown: records that name no country or region (route-level figures, for instance); it is never a gap.');
  out.push('');
  const byTheme = themes.map((t) => ({ t, areas: map.gaps.filter((g) => g.theme === t.id).map((g) => labeller('area')!(g.area)) })).filter((x) => x.areas.length);
  if (byTheme.length) {
    out.push('Gaps by theme, in all the datasets together:', '');
    for (const { t, areas } of byTheme) out.push(`- (${t.letter}) ${t.title}: ${areas.map(escapeMarkdown).join(', ')}.`);
    out.push('');
  }
  return { markdown: out.join('\n').replace(/\n{3,}/g, '\n\n').replace(/\n*$/, '\n'), charts };
}
