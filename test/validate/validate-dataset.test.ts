import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fromCSV } from '../../src/read/from-csv.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';
import { referenceFields, referencedTypes } from '../../src/validate/references.js';

const examples = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const today = '2026-05-01';
const inc = (id: string, src = 'src-a') => ({ id, themes: ['safety-dignity'], source_ids: [src], sensitivity: 'public', date: '2017', date_precision: 'year', country: 'ITA', count_convention: 'minimum' });
const source = (id: string) => ({ id, themes: ['evidence-base'], sensitivity: 'public', title: 'T', publisher: 'P', publisher_type: 'un', source_type: 'survey', year: 2020 });

describe('reference fields come from the schemas', () => {
  it('finds every field whose pattern is another type\'s id pattern', () => {
    expect(referenceFields('court-case').map((r) => [r.field, r.target])).toEqual([
      ['source_ids', 'source'],
      ['appeal_of', 'court-case'],
      ['national_provisions', 'legal-provision'],
      ['fee_ids', 'fee-observation'],
      ['cooperation_ids', 'cooperation-action'],
    ]);
    expect(referenceFields('cooperation-action').map((r) => r.target)).toEqual(['source', 'court-case']);
    expect([...referencedTypes(['incident'])]).toEqual(['source']);
  });
});

describe('validateDataset', () => {
  it('the examples in examples/data form a valid dataset: every reference resolves', () => {
    const resources = readdirSync(examples)
      .filter((f) => f.endsWith('.csv'))
      .map((name) => ({ name, data: fromCSV(readFileSync(examples + name)) }));
    const report = validateDataset(resources, { today });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ valid: true, type: 'dataset', stats: { files: resources.length } });
    expect(resources.length).toBe(9);
    expect(report.stats.rows).toBe(resources.reduce((n, r) => n + r.data.records.length, 0));
  });

  it('reports references to records that are not in the dataset, on their row and file', () => {
    const report = validateDataset(
      [
        { name: 'source.json', type: 'source', data: [source('src-a')] },
        { name: 'incident.json', type: 'incident', data: [inc('inc-1'), inc('inc-2', 'src-b')] },
      ],
      { today },
    );
    expect(report.errors.map((e) => [e.file, e.row, e.field, e.code, e.value])).toEqual([['incident.json', 2, 'source_ids', 'foreign-key', 'src-b']]);
    expect(report.files?.map((f) => [f.file, f.stats.invalid])).toEqual([['source.json', 0], ['incident.json', 1]]);
  });

  it('ids are unique per type across files, and the message says where the first one is', () => {
    const report = validateDataset(
      [
        { name: 'source.json', type: 'source', data: [source('src-a')] },
        { name: 'a.json', type: 'incident', data: [inc('inc-1'), inc('inc-2')] },
        { name: 'b.json', type: 'incident', data: [inc('inc-3'), inc('inc-2')] },
      ],
      { today },
    );
    expect(report.errors.map((e) => [e.file, e.row, e.code])).toEqual([['b.json', 2, 'primary-key']]);
    expect(report.errors[0].message).toContain('row 2 in a.json');
  });

  it('a table whose type cannot be told is an error, and none of its rows counts as valid', () => {
    const report = validateDataset([{ name: 'mystery.json', data: [{ a: 1 }, { a: 2 }] }], { today });
    expect(report.errors.map((e) => [e.file, e.code])).toEqual([['mystery.json', 'unknown-type']]);
    expect(report.stats).toMatchObject({ rows: 2, valid: 0, invalid: 2 });
  });

  it('keeps rows == valid + invalid over the whole dataset', () => {
    const report = validateDataset([{ name: 'i.json', type: 'incident', data: [inc('inc-1', 'src-x'), inc('inc-2')] }], { today });
    expect(report.stats.rows).toBe(report.stats.valid + report.stats.invalid);
  });
});
