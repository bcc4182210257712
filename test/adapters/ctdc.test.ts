import { beforeAll, describe, expect, it } from 'vitest';
import { importCtdc } from '../../src/adapters/ctdc.js';
import { getValidator } from '../../src/model/registry.js';
import { external, hasExternal } from './external.js';

describe.skipIf(!hasExternal)('importCtdc on the derived sample', () => {
  // Read in beforeAll: collecting the suite must not touch the file (it may be absent).
  let records: ReturnType<typeof importCtdc>['records'];
  let report: ReturnType<typeof importCtdc>['report'];
  let source: ReturnType<typeof importCtdc>['source'];
  beforeAll(() => {
    ({ records, report, source } = importCtdc(external('ctdc-derived-sample/human_traffick_sample_dataset.csv')));
  });

  it('counts every row and says the file is not official', () => {
    expect(report.layout).toBe('ctdc-derived-sample');
    expect(report.read).toBe(104);
    expect(report.read).toBe(report.mapped + report.rejected);
    expect(report.warnings.some((w) => /not an official CTDC file/.test(w.message))).toBe(true);
    expect(source.id).toBe('src-ctdc-derived-sample');
  });

  it('aggregates to valid counts whose published totals add up to the rows', () => {
    const validate = getValidator('aggregate-observation');
    for (const r of records) expect(validate(r)).toBe(true);
    const totals = records.filter((r) => r.id.endsWith('-total'));
    const hidden = totals.filter((r) => r.suppressed).length;
    const shown = totals.reduce((s, r) => s + (r.value ?? 0), 0);
    expect(shown).toBeLessThanOrEqual(104);
    expect(hidden).toBeGreaterThan(0);
    // 2017, exploited in China: 13 Cambodian women (read from the file).
    expect(records.find((r) => r.id === 'agg-ctdc-2017-chn-total')?.value).toBe(13);
  });

  it('applies the small-cell rule: 1-9 never published, and no single hidden cell recoverable', () => {
    for (const r of records) {
      if (r.value !== undefined) expect(r.value).toBeGreaterThanOrEqual(10);
      if (r.suppressed) expect(r.value).toBeUndefined();
      if (r.suppression_rule === 'lt10') expect(r.suppressed).toBe(true);
    }
    const groups = new Map<string, typeof records>();
    for (const r of records.filter((x) => !x.id.endsWith('-total'))) {
      const g = r.id.replace(/-(sex|age|nat)-.*$/, '-$1');
      groups.set(g, [...(groups.get(g) ?? []), r]);
    }
    for (const [g, cells] of groups) {
      const total = records.find((r) => r.id === g.replace(/-(sex|age|nat)$/, '-total'))!;
      if (cells.filter((c) => c.suppressed).length === 1) expect(total.suppressed).toBe(true);
    }
  });

  it('treats -99 and "00" as missing, never as a country', () => {
    expect(records.some((r) => r.breakdown_nationality === 'UNK')).toBe(true);
  });
});

describe('importCtdc on the codebook layout', () => {
  const header = 'yearOfRegistration,Datasource,gender,ageBroad,citizenship,CountryOfExploitation';
  it('reads codebook column names, -99 and Unknown as missing', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `2019,Case Management,${i < 11 ? 'Male' : 'Unknown'},18--20,${i < 11 ? 'UA' : '-99'},PL`);
    const { records, report } = importCtdc([header, ...rows, '-99,Hotline,Female,48+,US,US'].join('\n'));
    expect(report.layout).toBe('ctdc-global');
    expect(report).toMatchObject({ read: 13, mapped: 12, rejected: 1 });
    expect(report.reasons[0]).toMatchObject({ row: 14, reason: expect.stringMatching(/yearOfRegistration.*"-99"/) });
    expect(records.find((r) => r.id === 'agg-ctdc-2019-pol-total')).toMatchObject({ value: 12, country: 'POL', period_start: '2019', unit: 'persons' });
    expect(records.find((r) => r.id === 'agg-ctdc-2019-pol-sex-other-or-unknown')).toMatchObject({ suppressed: true, suppression_rule: 'lt10' });
    expect(records.find((r) => r.id === 'agg-ctdc-2019-pol-nat-unk')?.suppressed).toBe(true);
    // 11 men would give the 1 hidden person away (12 - 11): that cell is hidden too.
    expect(records.find((r) => r.id === 'agg-ctdc-2019-pol-sex-male')).toMatchObject({ breakdown_sex: 'male', suppressed: true, suppression_rule: 'secondary' });
    expect(records.find((r) => r.id === 'agg-ctdc-2019-pol-sex-male')?.value).toBeUndefined();
    expect(records.find((r) => r.id === 'agg-ctdc-2019-pol-age-18-20')).toMatchObject({ value: 12 });
  });
});
