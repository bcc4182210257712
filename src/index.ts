/**
 * smuggling-evidence: a shared, typed, validated evidence base on migrant smuggling.
 * This file is the table of contents of the public API; it holds no logic.
 * Node-only helpers (file paths, fs streams) are in `smuggling-evidence/node`.
 */

// The model: themes, record types, schemas, fields and their vocabularies.
export { themes, getTheme, isThemeId, type Theme, type ThemeId } from './model/themes.js';
export { recordTypes, isRecordType, idPrefix, type RecordType } from './model/record-types.js';
export { getSchema, getValidator, getAjv, type RecordValidator } from './model/registry.js';
export { registerSchemas, schemaKeywords } from './model/register-schemas.js';
export { getFields, getField, labelOf, type FieldInfo, type ScalarKind, type Deprecation } from './model/fields.js';
export { schemaVersion } from './model/schema-version.js';
export { compileType, vocabularies, sharedDef, type ArrowColumn, type ArrowKind, type CompiledType, type Vocabulary } from './model/record-type.js';
export type { RecordCheck } from './model/compile-check.js';
export { isPartialDate } from './model/formats.js';
export type * from './model/types.generated.js';

// Reading: CSV / JSON / NDJSON from text, bytes, URLs, Blobs and streams; one options vocabulary.
export { fromCSV } from './read/from-csv.js';
export { fromJSON } from './read/from-json.js';
export { fromNDJSON } from './read/from-ndjson.js';
export { fromArrow } from './read/from-arrow.js';
export { toColumns, type ColumnBatch, type Column } from './read/to-columns.js';
export { loadCSV, loadJSON, loadNDJSON, type LoadSource } from './read/load.js';
export { streamCSV, streamJSON, streamNDJSON, type ChunkSource } from './read/stream.js';
export { decodeBytes, createDecoder, type Decoded, type Encoding, type StreamDecoder } from './read/decode.js';
export { coerce, type Coerced, type CoerceOptions } from './read/coerce.js';
export { sniffDelimiter, detectNewline, type Delimiter } from './read/dialect.js';
export { readDefaults, type ReadOptions, type ReadOptionsFor } from './read/options.js';
export { ReadError, isReadError } from './read/read-error.js';
export { formatOf, type DataFormat } from './read/format-of.js';
export type { LoadResult, Loaded, LoadedRecord, RowInfo } from './read/result.js';

// Validation: records, datasets, the report and the error catalogue.
export { validateRecords } from './validate/validate-records.js';
export { validateDataset, type DatasetTable } from './validate/validate-dataset.js';
export { createTableCheck, type ValidateOptions, type TableCheck } from './validate/table-check.js';
export { formatReport, type FormatOptions } from './validate/format-report.js';
export { DEFAULT_MAX_ERRORS, type ValidationReport, type ReportStats, type FileSummary } from './validate/report.js';
export { referenceFields, type ReferenceField } from './validate/references.js';
export { rules, type Rule } from './validate/rules/index.js';
export {
  errorTypes, getErrorType, makeIssue,
  type ErrorType, type Issue, type IssueLevel, type MessageParams, type Severity,
} from './errors/index.js';

// Writing: CSV (injection-safe), JSON, NDJSON, Arrow IPC, templates. Restricted records left out unless asked.
export { toCSV, type CSVWriteOptions, type WriteOptions, type TextOutput } from './write/to-csv.js';
export { toJSON, type JSONWriteOptions } from './write/to-json.js';
export { toNDJSON } from './write/to-ndjson.js';
export { toArrow, type ArrowWriteOptions, type BytesOutput } from './write/to-arrow.js';
export { toTemplate, type TemplateOptions } from './write/to-template.js';
export { publicRecords, withheldSensitivities, type PublicRecords } from './write/public-records.js';
export { escapeFormula, isFormulaLike } from './write/escape-formula.js';

// Frictionless interop (Table Schema / Data Package v2).
export { toTableSchema, TABLE_SCHEMA_PROFILE, type TableSchema, type TableSchemaField, type TableSchemaOptions } from './write/to-table-schema.js';
export {
  toDataPackage, DATA_PACKAGE_PROFILE, TABLE_DIALECT_PROFILE,
  type DataPackage, type DataPackageResource, type DatasetDescription, type DatasetResource,
  type License, type PackageSource, type Contributor,
} from './write/to-data-package.js';

// The codebook, generated from the schemas.
export { codebook, type CodebookOptions } from './codebook/codebook.js';

// Adapters: public datasets into our record types (bytes or text in; browser-safe).
export { importMissingMigrants, type MissingMigrantsOptions } from './adapters/missing-migrants.js';
export { importFrontexIbc, frontexSource } from './adapters/frontex-ibc.js';
export { importCtdc, ctdcSource, type CtdcOptions } from './adapters/ctdc.js';
export type { AdapterResult, AdapterReport, AdapterWarning, AdapterRejection, AdapterInput } from './adapters/types.js';
export { parseCount, parseDecimal } from './adapters/parse-count.js';
export { parseDate, dateFromParts, type ParsedDate } from './adapters/parse-date.js';
export { parsePoint, type LatLon } from './adapters/parse-coordinates.js';
export { regionCode, routeCode, causeCodes, incidentTypeCode, mmpCauseLabels } from './adapters/vocabularies.js';
export { countryCode, isCountryCode } from './adapters/countries.js';

// Named indicators (SDG 10.7.3) and linking the same incident across sources.
export { indicator, indicatorNames, type IndicatorName } from './indicator/indicator.js';
export { sdg1073, sdg1073Metadata, type Sdg1073Options, type Sdg1073Row, type Sdg1073Geography } from './indicator/sdg-10-7-3.js';
export { countryAt, countriesNear, type CountryAtPoint } from './geo/country-at.js';
export { linkIncidents, type IncidentLink, type LinkOptions } from './link/link-incidents.js';
export { dedupeIncidents, type DedupeResult } from './link/dedupe-incidents.js';
export { textSimilarity } from './link/similarity.js';

// Shipped datasets: list, describe and load (the Node entry adds loadDataset from disk).
export { listDatasets, describeDataset, loadDatasetFrom, type DatasetSummary, type DatasetInfo, type DatasetRecords } from './catalogue/catalogue.js';
export type { DatasetDescriptor, DatasetFileInfo } from './catalogue/dataset-descriptor.js';

// Summaries (Arquero tables), evidence-gap map, small-cell suppression, reports.
export { toTable, recordTypeOf } from './summarize/to-table.js';
export { filterEvidence, filterDatasetEvidence, evidenceStatusOf, evidenceBanner, flaggedSources, type NotEvidenceCounts, type EvidenceFilterOptions } from './summarize/evidence-filter.js';
export { summarize, finishSummary, type SummarizeOptions } from './summarize/summarize.js';
export { planSummary, measureNames, type SummarySpec, type SummaryPlan, type KeyPlan, type MeasurePlan, type FilterValue } from './summarize/spec.js';
export { summaryPipeline, type SummaryPipeline, type PipelineStep } from './summarize/summary-pipeline.js';
export { registerSummaryOps } from './summarize/arquero-ops.js';
export { toSQL, type ToSqlOptions } from './sql/to-sql.js';
export type { SqlDialect } from './sql/dialects.js';
export { themeOverview } from './summarize/theme-overview.js';
export { trends, type TrendsOptions } from './summarize/trends.js';
export { gapMap, type GapMap, type GapMapOptions, type Gap } from './report/gap-map.js';
export { combinedGapMap, type NamedDataset } from './report/combined-gap-map.js';
export { suppress, type SuppressOptions } from './summarize/suppress.js';
export { evidenceIndex, type DatasetInput } from './summarize/evidence-index.js';
export { describeColumns, summaryInfo, summaryNotes, setSummaryInfo, type ColumnMeta, type SummaryInfo } from './summarize/describe-columns.js';
export { formatSummary, formatValue, type SummaryFormatOptions } from './summarize/format-summary.js';
export {
  buildReport,
  type EvidenceReport, type EvidenceReportInput, type EvidenceReportValidation, type EvidenceReportIssue,
} from './report/build-report.js';
export { buildCombinedReport, type CombinedReportInput, type CombinedReportDataset } from './report/build-combined-report.js';
export { derivedDimensions } from './summarize/dimensions.js';
export { countFields, dateFields, countryFields, breakdownFields } from './summarize/measures.js';
export { m49Regions, regionOf, subregionOf, regionLabel, countryLabel } from './summarize/regions.js';

// Charts: Vega-Lite specs (no dependency); SVG through the optional vega + vega-lite.
export { toVegaLite, type VegaLiteSpec, type ChartKind, type ChartOptions } from './chart/to-vega-lite.js';
export { renderSvg } from './chart/render-svg.js';

// Hardening (issue 12): limits, escaping, the accounting rule, redaction, personal-data patterns, remote reads.
export { readLimits, type ReadLimits } from './read/limits.js';
export { fetchLimited, remoteProblem, remoteDefaults, type RemoteLimits } from './read/fetch-limited.js';
export { escapeMarkdown, markdownCode, markdownLink, markdownUrl, escapeHtml, isSafeUrl } from './write/escape-markdown.js';
export { safeName } from './write/safe-name.js';
export { accountingProblems, invalidatesEveryRecord } from './validate/accounting.js';
export { issueRedactor, withheldMessage, flaggedCells, withholdCells, WITHHELD_CELL, type PublicIssue } from './write/redact-issues.js';
export { findPersonalData, personalDataKinds, type PersonalDataKind } from './validate/rules/personal-data-patterns.js';
