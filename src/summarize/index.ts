// The summaries, gathered for src/index.ts and the tests.
export { toTable, recordTypeOf } from './to-table.js';
export { summarize, finishSummary, type SummarizeOptions } from './summarize.js';
export { planSummary, measureNames, type SummarySpec, type SummaryPlan } from './spec.js';
export { summaryPipeline, type SummaryPipeline, type PipelineStep } from './summary-pipeline.js';
export { registerSummaryOps } from './arquero-ops.js';
export { themeOverview } from './theme-overview.js';
export { trends, type TrendsOptions } from './trends.js';
export { suppress, type SuppressOptions } from './suppress.js';
export { evidenceIndex, type DatasetInput } from './evidence-index.js';
export { derivedDimensions, yearValue } from './dimensions.js';
export { countFields, dateFields, countryFields, recordUnit, breakdownFields } from './measures.js';
export { m49Regions, regionOf, subregionOf, splitRegion, regionLabel, countryLabel } from './regions.js';
export {
  describeColumns,
  summaryInfo,
  summaryNotes,
  setSummaryInfo,
  type ColumnMeta,
  type SummaryInfo,
} from './describe-columns.js';
export { formatSummary, formatValue, labeller, type SummaryFormatOptions } from './format-summary.js';
