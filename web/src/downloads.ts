/**
 * The page's downloads, made with the core writers: the report as JSON (as
 * `validate --format json`), the errors and warnings as CSV, the valid records as CSV
 * (restricted and confidential records withheld by `toCSV`), and blank templates.
 */
import type { RecordType } from '../../src/model/record-types.js';
import { escapeFormula } from '../../src/write/escape-formula.js';
import { formatCell, quoteCell } from '../../src/write/format-cell.js';
import { toCSV } from '../../src/write/to-csv.js';
import { toTemplate } from '../../src/write/to-template.js';
import type { FromWorker } from './protocol.js';
import { shown, type Run } from './run-validation.js';

type FileMessage = Extract<FromWorker, { kind: 'file' }>;

const cell = (v: unknown) => quoteCell(escapeFormula(formatCell(v)));
const stem = (run: Run) => (run.report.file ?? 'data').split('/').pop()!.replace(/\.[^.]+$/, '');

/** Every listed issue, errors first, one CSV row each. */
export function issuesCSV(run: Run): string {
  const r = shown(run.report);
  const head = ['severity', 'file', 'row', 'field', 'code', 'message', 'value', 'expected'];
  const rows = [
    ...r.errors.map((e) => ['error', e]),
    ...r.warnings.map((w) => ['warning', w]),
  ].map(([severity, i]: any) => [severity, i.file ?? r.file ?? '', i.row ?? '', i.field ?? '', i.code, i.message, i.value, i.expected].map(cell).join(','));
  return [head.join(','), ...rows].join('\n') + '\n';
}

export function reportFile(run: Run): FileMessage {
  return { kind: 'file', name: `${stem(run)}-report.json`, text: JSON.stringify(shown(run.report), null, 2) + '\n', mime: 'application/json', withheld: 0 };
}

export function errorsFile(run: Run): FileMessage {
  return { kind: 'file', name: `${stem(run)}-errors.csv`, text: issuesCSV(run), mime: 'text/csv', withheld: 0 };
}

export function validFile(run: Run, type: RecordType): FileMessage {
  const out = toCSV(run.valid?.[type] ?? [], type);
  return { kind: 'file', name: `${stem(run)}-valid-${type}.csv`, text: out.text, mime: 'text/csv', withheld: out.withheld };
}

export function templateFile(type: RecordType): FileMessage {
  return { kind: 'file', name: `${type}-template.csv`, text: toTemplate(type).text, mime: 'text/csv', withheld: 0 };
}
