// The report composer: evidence reports and the gap map, composed from summarize/ and chart/
// (which never import each other's composition), gathered for src/index.ts and the tests.
export { gapMap, type GapMap, type GapMapOptions, type Gap } from './gap-map.js';
export { buildReport, type EvidenceReport, type EvidenceReportInput, type EvidenceReportValidation, type EvidenceReportIssue } from './build-report.js';
export { combinedGapMap, type NamedDataset } from './combined-gap-map.js';
export { buildCombinedReport, type CombinedReportInput, type CombinedReportDataset } from './build-combined-report.js';
export { pivot } from './pivot.js';
