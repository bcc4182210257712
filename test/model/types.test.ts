import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getValidator, recordTypes } from 'smuggling-evidence';
import type { CourtCase, EvidenceRecord, Incident, RecordOf, Source } from 'smuggling-evidence';
import { generateTypes, generatedTypesPath } from '../../scripts/gen-types.js';

describe('src/model/types.generated.ts', () => {
  it('is what scripts/gen-types.ts generates from schemas/ (run `npm run gen` after editing a schema)', () => {
    const expected = generateTypes();
    const actual = readFileSync(generatedTypesPath, 'utf8');
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = e.findIndex((l, i) => l !== a[i]);
    const hint =
      line === -1 && a.length === e.length
        ? ''
        : `src/model/types.generated.ts is out of date: run \`npm run gen\`. First difference at line ${line + 1}:\n` +
          `  checked in: ${a[line] ?? '(end of file)'}\n  generated:  ${e[line] ?? '(end of file)'}`;
    expect(actual === expected, hint).toBe(true);
  });

  it('declares one interface per record type', () => {
    const text = readFileSync(generatedTypesPath, 'utf8');
    for (const t of recordTypes) {
      const name = t.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
      expect(text, name).toContain(`export interface ${name} {`);
    }
  });
});

// A record the TypeScript types accept must also be one the schema accepts: the
// `satisfies` checks fail `tsc --noEmit`, the validator checks fail at run time.
const incident = {
  id: 'inc-mmp-2019.MMP01047',
  record_type: 'incident',
  themes: ['safety-dignity'],
  source_ids: ['src-iom-mmp'],
  source_quality: 4,
  sensitivity: 'public',
  date: '2019-07-25',
  date_precision: 'day',
  country: 'LBY',
  region: 'mediterranean',
  route: 'central-mediterranean',
  dead: 69,
  missing: 81,
  dead_and_missing: 150,
  survivors: 134,
  count_convention: 'minimum',
  cause_of_death: ['drowning'],
  transport_mode: 'sea',
} satisfies Incident;

const courtCase = {
  id: 'case-example',
  themes: ['legal-capacity'],
  source_ids: ['src-unodc-sherloc'],
  sensitivity: 'public',
  country: 'ITA',
  stage: 'judgment',
  charges: ['som-6-1-a'],
  defendants: 3,
  defendants_acquitted: 3,
} satisfies RecordOf<'court-case'>;

const source = {
  id: 'src-unodc-glosom-2018',
  themes: ['evidence-base'],
  sensitivity: 'public',
  title: 'Global Study on Smuggling of Migrants 2018',
  publisher: 'UNODC',
  publisher_type: 'un',
  source_type: 'academic-study',
  year: 2018,
} satisfies Source;

// @ts-expect-error: 'central-med' is not a route code, so the type rejects it.
const badRoute: Incident = { ...incident, route: 'central-med' };
// @ts-expect-error: counts are numbers, not strings.
const badCount: Incident = { ...incident, dead: '69' };
// @ts-expect-error: records are closed, like the schemas (additionalProperties: false).
const extra: CourtCase = { ...courtCase, defendant_names: ['X'] };

describe('generated types agree with the schemas', () => {
  it.each([
    ['incident', incident],
    ['court-case', courtCase],
    ['source', source],
  ] as const)('a %s literal accepted by its type is valid', (type, record) => {
    const validate = getValidator(type);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the values the types reject are also rejected by the schemas', () => {
    expect(getValidator('incident')(badRoute)).toBe(false);
    expect(getValidator('incident')(badCount)).toBe(false);
    expect(getValidator('court-case')(extra)).toBe(false);
  });

  it('EvidenceRecord covers every record type', () => {
    const all: EvidenceRecord[] = [incident, courtCase, source];
    expect(all).toHaveLength(3);
  });
});
