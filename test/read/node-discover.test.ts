import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverDataset, typeFromName } from '../../src/read/node-discover.js';

const fixtures = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));

describe('typeFromName', () => {
  it.each([
    ['incident.csv', 'incident'],
    ['incidents.csv', 'incident'],
    ['incidents-2015.csv', 'incident'],
    ['court-case.ndjson', 'court-case'],
    ['court_cases.json', 'court-case'],
    ['Source.CSV', 'source'],
    ['sources.jsonl', 'source'],
    ['incidental.csv', undefined],
    ['data.csv', undefined],
  ])('%s → %s', (name, type) => expect(typeFromName(name)).toBe(type));
});

describe('discoverDataset', () => {
  it('lists the data files of a folder, typed by name, skipping other files', async () => {
    const { files } = await discoverDataset(fixtures + 'dataset');
    expect(files.map((f) => [f.name, f.format, f.type])).toEqual([
      ['cooperation-action.ndjson', 'ndjson', 'cooperation-action'],
      ['court-case.csv', 'csv', 'court-case'],
      ['incidents-2015.csv', 'csv', 'incident'],
      ['incidents-2016.csv', 'csv', 'incident'],
      ['source.csv', 'csv', 'source'],
    ]);
  });
  it('reads a descriptor: x-record-type, resource name, inline data, and refuses paths leaving the folder', async () => {
    const layout = await discoverDataset(fixtures + 'package/datapackage.json');
    expect(layout.files.map((f) => [f.name, f.type, !!f.data, f.problem ?? null])).toEqual([
      ['data/src.csv', 'source', false, null],
      ['data/inc.csv', 'incident', false, null],
      ['more-incidents (inline data)', 'incident', true, null],
      ['../incident-valid.csv', 'incident', false, expect.stringMatching(/leaves the package folder/)],
    ]);
  });
  it('uses the datapackage.json of a folder that has one', async () => {
    expect((await discoverDataset(fixtures + 'package')).descriptor).toMatch(/datapackage\.json$/);
  });
  it('a missing path is a ReadError', async () => {
    await expect(discoverDataset(fixtures + 'nope')).rejects.toThrow(/no such file or folder/);
  });
});
