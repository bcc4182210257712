// Personal data in free text: warnings with field and kind (never the value), and report withholds the cells.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import fc from 'fast-check';
import { findPersonalData, personalDataKinds } from '../../src/validate/rules/personal-data-patterns.js';
import { validateRecords } from '../../src/validate/validate-records.js';
import { ensureBuilt, repoRoot, runCli } from '../helpers/built-cli.js';
import { exampleRecords } from '../helpers/hostile-records.js';

const hits: [string, string][] = [
  ['write to ali.veli@example.org for details', 'an e-mail address'],
  ['survivor reached on +90 532 123 45 67', 'a phone number'],
  ['carried passport no. U12345678', 'a passport-like number'],
  ['see case 123/2019 before the court', 'a docket-like case number'],
  ['docket no. CR-2017-0042', 'a docket-like case number'],
  ['the captain, born 12/03/1990, was arrested', 'a date of birth'],
  ['DOB: 1990-03-12', 'a date of birth'],
];
const misses = [
  '120 miles south of Lampedusa, 110 km north of Libya',
  'UN Sales No. E.18.IV.9, ISBN 978-92-1-133029-4',
  'Outside Mandalay Passport Office, 2435+2XJ, 12th St',
  'Carrera 5 N° 2-56 del barrio 26 de febrero',
  '1,022 dead and missing in 2015; 750 dead',
  'Court of Appeal of Palermo, 2nd section',
];

describe('findPersonalData', () => {
  it('skips only texts no pattern can match: every match holds a digit or an @', () => {
    const unit = fc.constantFrom(...'aZ 0@.+-/:#()\n', 'born ', 'passport no. ', 'case ', 'DOB: ', '+90 ', 'née le ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        for (const k of personalDataKinds) {
          const m = k.pattern.exec(text);
          if (m) expect(m[0]).toMatch(/[0-9@]/);
        }
      }),
      { numRuns: 2000 },
    );
    for (const [text] of hits) expect(text).toMatch(/[0-9@]/);
  });

  it.each(hits)('%j → %s', (text, kind) => expect(findPersonalData(text)).toContain(kind));
  it.each(misses)('%j → nothing', (text) => expect(findPersonalData(text)).toEqual([]));
});

describe('the personal-data warning', () => {
  it('names row, field and kind, never the value, and leaves the record valid', () => {
    const records = exampleRecords('incident').slice(0, 2);
    records[1] = { ...records[1], notes: hits[0][0], location_text: hits[1][0] };
    const report = validateRecords(records, 'incident', { today: '2026-06-01' });
    const w = report.warnings.filter((x) => x.code === 'personal-data');
    expect(w.every((x) => x.row === 2)).toBe(true);
    expect(w.map((x) => x.field).sort()).toEqual(['location_text', 'notes']);
    for (const x of w) {
      expect(x.message).not.toContain('example.org');
      expect(x.message).not.toContain('532');
      expect(x.value).toBeUndefined();
    }
    expect(report.stats.invalid).toBe(0);
  });
  it('real example data raises none', () => {
    for (const t of ['incident', 'court-case', 'source', 'legal-provision'] as const) {
      const report = validateRecords(fromCSV(readFileSync(join(repoRoot, `examples/data/${t}.csv`)), { type: t }));
      expect(report.warnings.filter((x) => x.code === 'personal-data')).toEqual([]);
    }
  });
});

describe('report withholds flagged cells', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'se-pii-'));
  }, 200_000);
  it('the note with an e-mail address never reaches report.md or a chart', () => {
    const pkg = join(dir, 'pkg');
    mkdirSync(pkg);
    copyFileSync(join(repoRoot, 'examples/data/source.csv'), join(pkg, 'source.csv'));
    const text = readFileSync(join(repoRoot, 'examples/data/source.csv'), 'utf8').replace('Missing Migrants Project: global figures (incident-level data export)', 'Export sent by ali.veli@example.org');
    writeFileSync(join(pkg, 'source.csv'), text);
    writeFileSync(join(pkg, 'datapackage.json'), JSON.stringify({ name: 'pii', resources: [{ name: 'source', path: 'source.csv' }] }));
    const out = join(dir, 'out');
    const r = runCli(['report', pkg, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 cells withheld (possible personal data)');
    for (const f of readdirSync(out)) expect(readFileSync(join(out, f), 'utf8')).not.toContain('example.org');
    const md = readFileSync(join(out, 'report.md'), 'utf8');
    expect(md).toContain('withheld: may hold personal data');
    expect(md).toMatch(/may hold personal data \(an e-mail address\)/);
  });
});
