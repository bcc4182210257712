import { describe, expect, it } from 'vitest';
import { rules, rulesFor } from '../../src/validate/rules/index.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import type { RecordType } from '../../src/model/record-types.js';

const today = '2026-05-01';
const base: Record<RecordType, Record<string, unknown>> = {
  incident: { id: 'inc-1', themes: ['safety-dignity'], source_ids: ['src-a'], sensitivity: 'public', date: '2017-07-05', date_precision: 'day', country: 'ITA', count_convention: 'minimum' },
  'fee-observation': { id: 'fee-1', themes: ['business-model'], source_ids: ['src-a'], sensitivity: 'public', date: '2017', date_precision: 'year', service_type: 'sea-crossing', currency: 'USD', price_basis: 'per-person', amount: 1000 },
  'legal-provision': { id: 'law-1', themes: ['legal-capacity'], source_ids: ['src-a'], sensitivity: 'public', country: 'ITA', instrument_title: 'Code', provision_type: 'smuggling-offence' },
  'cooperation-action': { id: 'coop-1', themes: ['cooperation'], source_ids: ['src-a'], sensitivity: 'public', action_type: 'mutual-legal-assistance', start_date: '2019-03', start_date_precision: 'month', countries: ['ITA'] },
  'aggregate-observation': { id: 'agg-1', themes: ['evidence-base'], source_ids: ['src-a'], sensitivity: 'public', indicator: 'ibc-detections', unit: 'detections', value: 10, period_start: '2023-01', period_precision: 'month', count_convention: 'reported' },
  source: { id: 'src-1', themes: ['evidence-base'], sensitivity: 'public', title: 'T', publisher: 'P', publisher_type: 'un', source_type: 'survey', year: 2020 },
  'court-case': { id: 'case-1', themes: ['business-model'], source_ids: ['src-a'], sensitivity: 'public', country: 'ITA', stage: 'judgment', charges: ['som-6-1-a'] },
  'treaty-action': { id: 'treaty-1', themes: ['legal-capacity'], source_ids: ['src-a'], sensitivity: 'public', treaty: 'som-protocol', country: 'ITA', action: 'signature', action_date: '2000-12-12', action_date_precision: 'day' },
  'capacity-building': { id: 'cap-1', themes: ['legal-capacity'], source_ids: ['src-a'], sensitivity: 'public', activity_type: 'training', start_date: '2019', start_date_precision: 'year', countries: ['ITA'] },
};

function check(type: RecordType, patch: Record<string, unknown>) {
  const r = validateRecords([{ ...base[type], ...patch }], type, { today });
  return { errors: r.errors.map((e) => [e.code, e.field]), warnings: r.warnings.map((w) => [w.code, w.field]), messages: [...r.errors, ...r.warnings].map((e) => e.message) };
}

describe('cross-field rules', () => {
  it('the base records are valid', () => {
    for (const type of Object.keys(base) as RecordType[]) expect(check(type, {}).errors, type).toEqual([]);
  });
  it('every rule applies to at least one record type', () => {
    for (const rule of rules) expect((Object.keys(base) as RecordType[]).some((t) => rule.prepare(t, { today }))).toBe(true);
  });

  it('a precision named like an Object method is an unknown code, not a crash', () => {
    for (const p of ['constructor', 'toString', '__proto__']) expect(check('incident', { date: '2017', date_precision: p }).errors, p).toEqual([['constraint-error', 'date_precision']]);
  });

  it('dead + missing = dead_and_missing when all three are given', () => {
    expect(check('incident', { dead: 4, missing: 1, dead_and_missing: 5 }).errors).toEqual([]);
    expect(check('incident', { dead: 4, dead_and_missing: 9 }).errors).toEqual([]);
    const bad = check('incident', { dead: 4, missing: 1, dead_and_missing: 6 });
    expect(bad.errors).toEqual([['dead-missing-total', 'dead_and_missing']]);
    expect(bad.messages[0]).toBe('row 1, field `dead_and_missing`: 6 is not dead (4) + missing (1) = 5');
  });

  it('dead_and_missing is at least the one of dead and missing that is given when the other is blank', () => {
    expect(check('incident', { dead: 1, dead_and_missing: 999 }).errors).toEqual([]);
    expect(check('incident', { missing: 3, dead_and_missing: 3 }).errors).toEqual([]);
    const belowDead = check('incident', { dead: 12, dead_and_missing: 5 });
    expect(belowDead.errors).toEqual([['dead-missing-total', 'dead_and_missing']]);
    expect(belowDead.messages[0]).toBe('row 1, field `dead_and_missing`: 5 is not at least dead (12); missing is blank');
    expect(check('incident', { missing: 40, dead_and_missing: 39 }).errors).toEqual([['dead-missing-total', 'dead_and_missing']]);
    expect(check('incident', { dead: 12 }).errors).toEqual([]);
  });

  it('a deprecated field or code is a warning naming its replacement; the record stays valid', () => {
    const field = check('legal-provision', { humanitarian_exemption: true });
    expect(field).toMatchObject({ errors: [], warnings: [['deprecated', 'humanitarian_exemption']] });
    expect(field.messages[0]).toBe('row 1, field `humanitarian_exemption`: true is deprecated; use `exemptions` (field deprecated in schema 1.1.0)');
    const code = check('fee-observation', { service_type: 'air-with-documents' });
    expect(code).toMatchObject({ errors: [], warnings: [['deprecated', 'service_type']] });
    expect(code.messages[0]).toMatch(/^row 1, field `service_type`: 'air-with-documents' is deprecated; use `documents-and-travel` \(code deprecated in schema 1\.1\.0: /);
    expect(check('fee-observation', { service_type: 'documents-and-travel' }).warnings).toEqual([]);
    expect(check('legal-provision', { exemptions: ['none'] }).warnings).toEqual([]);
    expect(validateRecords([{ ...base['legal-provision'], humanitarian_exemption: false }], 'legal-provision', { today }).valid).toBe(true);
  });

  it('schema_version with a newer major than the library is an error; older or newer-minor versions pass', () => {
    const newer = check('incident', { schema_version: '7.3.0' });
    expect(newer.errors).toEqual([['schema-version-newer', 'schema_version']]);
    expect(newer.messages[0]).toBe("row 1, field `schema_version`: '7.3.0' is newer than this library's schemas; expected major version 1 or lower (this library reads schema 1.1.0)");
    expect(validateRecords([{ ...base.incident, schema_version: '2.0.0' }], 'incident', { today }).valid).toBe(false);
    for (const v of ['1.0.0', '1.1.0', '1.9.3', '0.4.0']) expect(check('incident', { schema_version: v }).errors, v).toEqual([]);
  });

  it('start <= end, partial dates compared as periods', () => {
    expect(check('cooperation-action', { start_date: '2019-03', end_date: '2019-03-01' }).errors).toEqual([]);
    expect(check('cooperation-action', { start_date: '2019-03', end_date: '2019-02-28' }).errors).toEqual([['date-order', 'end_date']]);
    expect(check('aggregate-observation', { period_start: '2023-01', period_end: '2022-12' }).errors).toEqual([['date-order', 'period_end']]);
    expect(check('source', { coverage_start: '2014', coverage_end: '2013-12' }).errors).toEqual([['date-order', 'coverage_end']]);
  });

  it('*_min <= *_max', () => {
    expect(check('fee-observation', { amount_min: 500, amount_max: 2500 }).errors).toEqual([]);
    expect(check('fee-observation', { amount_min: 2500, amount_max: 500 }).errors).toEqual([['min-max', 'amount_max']]);
    expect(check('legal-provision', { penalty_min_months: 60, penalty_max_months: 12 }).errors).toEqual([['min-max', 'penalty_max_months']]);
    expect(check('court-case', { sentence_min_months: 30, sentence_max_months: 24 }).errors).toEqual([['min-max', 'sentence_max_months']]);
  });

  it('no date in the future (partial dates count from their first day)', () => {
    expect(check('incident', { date: '2026', date_precision: 'year' }).errors).toEqual([]);
    expect(check('incident', { date: '2026-05-01' }).errors).toEqual([]);
    expect(check('incident', { date: '2026-05-02' }).errors).toEqual([['future-date', 'date']]);
    expect(check('incident', { date: '2027', date_precision: 'year' }).errors).toEqual([['future-date', 'date']]);
    expect(check('source', { retrieved_date: '2026-06' }).errors).toEqual([['future-date', 'retrieved_date']]);
  });

  it('a date matches its precision field', () => {
    expect(check('incident', { date: '2017-07', date_precision: 'month' }).errors).toEqual([]);
    expect(check('incident', { date: '2017-07', date_precision: 'day' }).errors).toEqual([['date-precision', 'date']]);
    expect(check('incident', { date: '2017-04', date_precision: 'quarter' }).errors).toEqual([]);
    expect(check('incident', { date: '2017-05', date_precision: 'quarter' }).errors).toEqual([['date-precision', 'date']]);
    expect(check('aggregate-observation', { period_start: '2023', period_precision: 'month' }).errors).toEqual([['date-precision', 'period_start']]);
    expect(check('cooperation-action', { start_date: '2019-03-02' }).errors).toEqual([['date-precision', 'start_date']]);
  });

  it('negative incident counts are warnings, not errors (MMP split-incident corrections)', () => {
    const split = check('incident', { incident_type: 'split-incident', survivors: -2 });
    expect(split).toMatchObject({ errors: [], warnings: [['negative-count', 'survivors']] });
    expect(check('incident', { missing: -2 }).messages[0]).toContain('incident_type is not split-incident');
    // Counts that may not be negative fail the schema instead, with no extra warning.
    expect(check('court-case', { defendants: -1 })).toMatchObject({ errors: [['constraint-error', 'defendants']], warnings: [] });
  });

  it('a record with none of its type\'s usual themes gets a warning; one usual theme is enough; sources are exempt', () => {
    expect(check('incident', { themes: ['cooperation'] })).toMatchObject({ errors: [], warnings: [['theme-mismatch', 'themes']] });
    expect(check('incident', { themes: ['safety-dignity', 'cooperation'] }).warnings).toEqual([]);
    expect(check('source', { themes: ['safety-dignity'] }).warnings).toEqual([]);
  });

  it('schema combinations read as one message: a fee needs an amount; a suppressed aggregate has no value', () => {
    const fee = check('fee-observation', { amount: undefined });
    expect(fee.errors).toEqual([['constraint-error', null]]);
    expect(fee.messages[0]).toBe('row 1: needs a value in at least one of `amount`, `amount_min`, `amount_max`, `amount_usd`, `amount_as_stated`');
    expect(check('aggregate-observation', { value: undefined, suppressed: true, suppression_rule: 'lt10' }).errors).toEqual([]);
    const missing = check('aggregate-observation', { value: undefined });
    expect(missing.messages).toEqual(['row 1, field `value`: is empty, but a value is required unless `suppressed` is true']);
    const both = check('aggregate-observation', { suppressed: true });
    expect(both.messages).toEqual(['row 1, field `value`: 10 is not allowed when `suppressed` is true: leave it empty']);
  });

  it('rules see typed values only: a cell that failed to convert is not checked again', () => {
    expect(rulesFor('incident', { today }).map((r) => r.code)).toContain('dead-missing-total');
  });
});
