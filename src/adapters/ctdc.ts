import type { RecordOf } from '../model/types.generated.js';
import { getValidator } from '../model/registry.js';
import { compact, startRun, type AdapterRun } from './adapter-run.js';
import { detectLayout, resolveColumns, rowReader } from './column-aliases.js';
import { countryCode } from './countries.js';
import { runPlan, type Decoding, type TablePlan } from './table-passes.js';
import type { RowSink } from './table-reader.js';
import type { AdapterInput, AdapterReport, AdapterResult, AdapterWarning } from './types.js';

type Observation = RecordOf<'aggregate-observation'>;

/** Options for {@link importCtdc}. */
export interface CtdcOptions {
  /** Smallest count published; counts from 1 to `threshold - 1` are suppressed. Default 10 (rule `lt10`). */
  threshold?: 10;
}

// CTDC codebook names first; then the snake_case renames of the derived sample we test on.
const aliases = {
  year: ['yearOfRegistration', 'registration_year'],
  gender: ['gender'],
  age: ['ageBroad', 'age_range'],
  citizenship: ['citizenship'],
  exploitation: ['CountryOfExploitation', 'countryOfExploitation', 'country_of_exploitation'],
};
const layouts = [
  { name: 'ctdc-global', signature: ['yearOfRegistration', 'gender', 'ageBroad', 'citizenship'] },
  { name: 'ctdc-derived-sample', signature: ['registration_year', 'gender', 'age_range', 'citizenship'] },
];

// CTDC's missing-value conventions: `-99` (IOM case data), `Unknown` (hotline data), blank.
const isMissing = (v: string) => v === '' || v === '-99' || /^unknown$/i.test(v) || v === '00';
const sexCodes: Record<string, string> = { female: 'female', male: 'male' };
const ageBands = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'];

/**
 * Import victim-level rows in the CTDC global (synthetic / k-anonymised) layout as
 * `aggregate-observation` counts of registered victims by year and country of exploitation:
 * a total, and counts by sex, by age band and by citizenship. Counts of 1-9 are suppressed
 * (`suppressed: true`, `suppression_rule: 'lt10'`), and where one cell of a breakdown would be
 * recoverable from the total, the next-smallest cell is suppressed too (`secondary`).
 * Each row counts as mapped once it is counted; `records` holds the cells.
 *
 * @example importCtdc(bytes).records.filter(r => r.suppressed).every(r => r.value === undefined) // true
 */
export function importCtdc(input: AdapterInput, _options: CtdcOptions = {}): AdapterResult<Observation> {
  const records: Observation[] = [];
  const { source, report } = runPlan(input, ctdcPlan((r) => records.push(r)));
  return { records, source, report };
}

/** What a streamed CTDC import gives besides its records. */
export interface CtdcOutcome {
  source: RecordOf<'source'>;
  report: AdapterReport;
  warningCount: number;
}

/**
 * The CTDC import as reads of the file: one that settles the encoding, one that counts rows into cells (memory
 * follows the cells, not the rows). The records go to `emit` at the end, once suppression is applied.
 *
 * @example runPlan(bytes, ctdcPlan((r) => out.push(r)))
 */
export function ctdcPlan(emit: (record: Observation) => void, limit = Infinity): TablePlan<CtdcOutcome> {
  let outcome: CtdcOutcome | undefined;
  const convert = (decoding: Decoding): RowSink => {
    let header: string[] = [];
    let columns: Record<string, number> = {};
    let layout: (typeof layouts)[number] | undefined;
    let run: AdapterRun | undefined;
    const pending: AdapterWarning[] = [];
    const cells = new Map<string, { key: Omit<Observation, 'id' | 'value'>; id: string; n: number; group: string }>();
    const count = (id: string, group: string, key: Omit<Observation, 'id' | 'value'>) => {
      const c = cells.get(id) ?? { key, id, n: 0, group };
      c.n++;
      cells.set(id, c);
    };
    let source: RecordOf<'source'>;
    // One row counted into its cells, or why it cannot be.
    const countRow = (cell: (name: string) => string): string | undefined => {
      const year = cell('year');
      if (isMissing(year)) return `column "${header[columns.year]}" is missing ("${year}"): a count needs its year`;
      if (!/^(19|20)\d\d$/.test(year)) return `column "${header[columns.year]}" = "${year}": expected a year such as 2017`;
      const expl = cell('exploitation');
      const country = isMissing(expl) ? 'UNK' : countryCode(expl);
      if (!country) return `column "${header[columns.exploitation]}" = "${expl}": expected an ISO 3166 country code`;
      const cit = cell('citizenship');
      const nationality = isMissing(cit) ? 'UNK' : countryCode(cit);
      if (!nationality) return `column "${header[columns.citizenship]}" = "${cit}": expected an ISO 3166 country code`;
      if (cit === '00') run!.tally('citizenship "00" read as missing');
      const sex = sexCodes[cell('gender').toLowerCase()] ?? 'other-or-unknown';
      const ageText = cell('age').replace(/-+/g, '-');
      const age = isMissing(cell('age')) ? 'unknown' : ageBands.includes(ageText) ? ageText : undefined;
      if (!age) return `column "${header[columns.age]}" = "${cell('age')}": expected a CTDC age band such as 0--8, 18--20 or 48+`;

      const base = {
        record_type: 'aggregate-observation',
        themes: ['evidence-base', 'safety-dignity'],
        source_ids: [source.id],
        sensitivity: 'public',
        indicator: 'trafficking-victims-identified',
        unit: 'persons',
        period_start: year,
        period_precision: 'year',
        country,
        count_convention: 'reported',
        reporting_entity: 'Counter Trafficking Data Collaborative (CTDC)',
      } as Omit<Observation, 'id' | 'value'>;
      const stem = `agg-ctdc-${year}-${country.toLowerCase()}`;
      count(`${stem}-total`, `${stem}-total`, base);
      count(`${stem}-sex-${sex}`, `${stem}-sex`, { ...base, breakdown_sex: sex as Observation['breakdown_sex'] });
      count(`${stem}-age-${age.replace('+', 'plus')}`, `${stem}-age`, { ...base, breakdown_age: age as Observation['breakdown_age'] });
      count(`${stem}-nat-${nationality.toLowerCase()}`, `${stem}-nat`, { ...base, breakdown_nationality: nationality as Observation['breakdown_nationality'] });
      run!.report.mapped++;
      return undefined;
    };
    return {
      header(h) {
        header = h;
        layout = detectLayout(header, layouts);
        if (!layout) throw new Error(`not a CTDC file: expected the columns yearOfRegistration, gender, ageBroad, citizenship, CountryOfExploitation (got "${header.slice(0, 6).join(', ')}…")`);
        columns = resolveColumns(header, aliases);
        run = startRun('ctdc', layout.name, decoding.encoding, [...decoding.warnings, ...pending], { limit });
        source = ctdcSource(layout.name);
      },
      problem(w) {
        if (run) run.warn(w);
        else pending.push(w);
      },
      row(r, row) {
        run!.read();
        const reason = countRow(rowReader(r, columns));
        if (reason) run!.reject(row, reason);
      },
      end() {
        // After every CSV warning, as when the whole file was read first.
        if (layout!.name === 'ctdc-derived-sample') run!.warn({ message: 'third-party recoding of CTDC data (snake_case columns): not an official CTDC file' });
        const records = suppress([...cells.values()]).map(({ id, key, n, rule }) =>
          compact({ id, ...key, value: rule ? undefined : n, suppressed: rule ? true : undefined, suppression_rule: rule }) as Observation,
        );
        // Cells are built from checked codes only, so a schema failure here is a bug, not bad input.
        const validate = getValidator('aggregate-observation');
        for (const r of records) if (!validate(r)) throw new Error(`internal: CTDC cell ${(r as Observation).id} does not validate: ${validate.errors?.[0]?.message}`);
        for (const r of records) emit(r);
        outcome = { source, report: run!.finish(), warningCount: run!.warningCount };
      },
    };
  };
  return { reads: [() => undefined, convert], result: () => outcome! };
}

type Cell = { id: string; key: Omit<Observation, 'id' | 'value'>; n: number; group: string; rule?: 'lt10' | 'secondary' };

// Primary suppression hides 1-9. A breakdown whose total is published then must not have exactly
// one hidden cell, or total minus the rest gives it back: hide the next-smallest cell as well.
function suppress(cells: Cell[]): Cell[] {
  for (const c of cells) if (c.n >= 1 && c.n <= 9) c.rule = 'lt10';
  const groups = new Map<string, Cell[]>();
  for (const c of cells) if (!c.group.endsWith('-total')) groups.set(c.group, [...(groups.get(c.group) ?? []), c]);
  for (const group of groups.values()) {
    const hidden = group.filter((c) => c.rule);
    const open = group.filter((c) => !c.rule).sort((a, b) => a.n - b.n);
    if (hidden.length === 1 && open.length) open[0].rule = 'secondary';
  }
  return cells;
}

/**
 * The `source` record CTDC imports cite.
 *
 * @example ctdcSource('ctdc-global').id // 'src-ctdc-global'
 */
export function ctdcSource(layout: string): RecordOf<'source'> {
  const derived = layout === 'ctdc-derived-sample';
  return compact({
    id: derived ? 'src-ctdc-derived-sample' : 'src-ctdc-global',
    record_type: 'source',
    themes: ['evidence-base'],
    sensitivity: 'public',
    title: derived ? 'CTDC Global Dataset, recoded sample (third party, not an official CTDC file)' : 'CTDC Global Dataset (k-anonymised / synthetic victim-level data)',
    publisher: 'Counter Trafficking Data Collaborative (IOM and partners)',
    publisher_type: 'un',
    source_type: 'administrative-data',
    year: 2021,
    url: 'https://www.ctdatacollaborative.org/',
    licence: 'CTDC terms of use',
    attribution: 'Counter-Trafficking Data Collaborative (CTDC)',
    known_biases: ['identified-cases-only', 'non-random-sample'],
    notes: 'Registered victims of trafficking from case management and hotline data: identified cases only, not prevalence.',
  }) as RecordOf<'source'>;
}
