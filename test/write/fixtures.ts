// Records for the writer tests: one per record type with EVERY field filled with a
// valid value, plus values that stress each format (formula-like text, quotes,
// delimiters and line breaks in free text, negative and 2^53 counts, decimals).
import { fromCSV } from '../../src/read/from-csv.js';
import { getFields, getValidator, idPrefix, recordTypes, type FieldInfo, type RecordType } from 'smuggling-evidence';

const free = 'Off the coast, near "Cape" A; then\nsouth';

function idFor(pattern: string, n: number): string | undefined {
  const m = /^\^([a-z]+)-/.exec(pattern);
  return m ? `${m[1]}-test.${n}` : undefined;
}

function scalar(f: FieldInfo, n: number): unknown {
  if (f.const !== undefined) return f.const;
  if (f.enum) return f.enum[n % f.enum.length];
  if (f.example !== undefined && !f.list && n === 0) return f.example;
  if (f.format === 'partial-date') return ['2017-07-05', '2016', '2019-02'][n % 3];
  if (f.format === 'uri') return `https://example.org/report?id=${n},x`;
  if (f.pattern) {
    const id = idFor(f.pattern, n);
    if (id) return id;
    if (f.name === 'schema_version') return '1.0.0';
    if (f.pattern === '^[A-Z]{3}$') return 'EUR';
    // A list field's example is a list: one of its items is the scalar.
    if (f.example !== undefined) return Array.isArray(f.example) ? f.example[0] : f.example;
    throw new Error(`no fixture value for ${f.name} (${f.pattern})`);
  }
  if (f.kind === 'boolean') return n % 2 === 0;
  if (f.kind === 'integer') {
    if (f.labels) return Number(Object.keys(f.labels)[n % Object.keys(f.labels).length]);
    const min = f.minimum ?? 0;
    const max = f.maximum ?? 1000;
    return [Math.max(min, 0), Math.min(max, 9007199254740991), Math.max(min, Math.min(max, 17))][n % 3];
  }
  if (f.kind === 'number') return Math.max(f.minimum ?? -1e6, Math.min(f.maximum ?? 1e6, [12.5, 0.1, -3.25][n % 3]));
  const text = [free, '=SUM(A1:A9)', '-dash first', '+plus', '@at', '\ttab first', "'=already quoted"][n % 7];
  return text.slice(0, f.maxLength ?? 300);
}

function valueFor(f: FieldInfo, n: number): unknown {
  if (!f.list) return scalar(f, n);
  const count = Math.max(f.minItems ?? 1, Math.min(f.maxItems ?? 3, 2 + (n % 2)));
  const values = Array.from({ length: count }, (_, i) => scalar(f, n + i));
  return [...new Set(values)];
}

/** A valid record of `type` with every field filled; `n` varies the values. */
export function fullRecord(type: RecordType, n = 0): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  for (const f of getFields(type)) r[f.name] = valueFor(f, n);
  r.id = `${idPrefix(type)}-full.${n}`;
  r.sensitivity = 'public';
  // Cross-field consistency the validator may check.
  // Each precision matches the form of its date, as the validator's date-precision rule requires.
  for (const [date, precision] of [['date', 'date_precision'], ['decision_date', 'decision_date_precision'], ['start_date', 'start_date_precision'], ['period_start', 'period_precision']]) {
    if (typeof r[date] === 'string' && precision in r) r[precision] = ({ 4: 'year', 7: 'month', 10: 'day' } as Record<number, string>)[(r[date] as string).length];
  }
  // A suppressed observation has no value; full records carry a visible one.
  if (type === 'aggregate-observation') Object.assign(r, { suppressed: false });
  if (type === 'incident') Object.assign(r, { dead: 3, missing: 2, dead_and_missing: 5, date: '2017-07-05', date_precision: 'day' });
  if ('end_date' in r && 'start_date' in r) Object.assign(r, { start_date: '2017-07-05', end_date: '2017-07-06', start_date_precision: 'day' });
  return r;
}

/** A valid record with only the required fields. */
export function minimalRecord(type: RecordType, n = 0): Record<string, unknown> {
  const full = fullRecord(type, n);
  const r: Record<string, unknown> = {};
  for (const f of getFields(type)) if (f.required) r[f.name] = full[f.name];
  // Rules beyond `required`: a fee needs some amount, an unsuppressed observation a value.
  if (type === 'fee-observation') r.amount = full.amount;
  if (type === 'aggregate-observation') r.value = full.value;
  return r;
}

/** Several records per type: full ones, minimal ones, and incident edge cases. */
export function fixtureRecords(type: RecordType): Record<string, unknown>[] {
  const out = [fullRecord(type, 0), fullRecord(type, 1), fullRecord(type, 2), minimalRecord(type, 3)];
  if (type === 'incident') {
    out.push({ ...minimalRecord(type, 4), id: 'inc-neg', incident_type: 'split-incident', dead: -5, survivors: 9007199254740991 });
    out.push({ ...minimalRecord(type, 5), id: 'inc-formula', location_text: '=HYPERLINK("http://x","y")', notes: '-1+2' });
  }
  for (const r of out) {
    const validate = getValidator(type);
    if (!(validate as (d: unknown) => boolean)(r)) throw new Error(`fixture ${type} ${r.id} invalid: ${JSON.stringify(validate.errors)}`);
  }
  return out;
}

export const allTypes = recordTypes;

/** Read CSV text with the library's loader, failing on any read error. */
export function readCSV(text: string, type: RecordType): Record<string, unknown>[] {
  const result = fromCSV(text, { type });
  if (result.errors.length) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.records;
}
