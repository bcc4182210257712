import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromArrow } from 'arquero';
import { tableFromIPC } from '@uwdata/flechette';
import { isRecordType, type RecordType } from 'smuggling-evidence';
import { toArrow } from '../../src/write/to-arrow.js';
import { toCSV } from '../../src/write/to-csv.js';
import { toJSON } from '../../src/write/to-json.js';
import { toNDJSON } from '../../src/write/to-ndjson.js';
import { allTypes, fixtureRecords, readCSV } from './fixtures.js';

const dropNulls = (rows: Record<string, unknown>[]) =>
  rows.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && v !== undefined)));

function throughAll(records: Record<string, unknown>[], type: RecordType) {
  const csv = readCSV(toCSV(records, type).text, type);
  const json = JSON.parse(toJSON(csv, type).text);
  const ndjson = toNDJSON(json, type).text.trim().split('\n').map((l) => JSON.parse(l));
  const bytes = toArrow(ndjson, type).bytes;
  const arrow = dropNulls(fromArrow(bytes).objects() as Record<string, unknown>[]);
  const flechette = dropNulls(tableFromIPC(bytes).toArray() as Record<string, unknown>[]);
  return { csv, json, ndjson, arrow, flechette };
}

describe.each(allTypes)('round trip csv → json → ndjson → arrow (%s)', (type) => {
  const records = fixtureRecords(type);
  const out = throughAll(records, type);
  it('CSV gives back every record unchanged, formula-like text included', () => expect(out.csv).toEqual(records));
  it('JSON gives back every record unchanged', () => expect(out.json).toEqual(records));
  it('NDJSON gives back every record unchanged', () => expect(out.ndjson).toEqual(records));
  it('Arrow read with arquero fromArrow gives back every record unchanged', () => expect(out.arrow).toEqual(records));
  it('Arrow read with flechette tableFromIPC gives back every record unchanged', () => expect(out.flechette).toEqual(records));
});

const examples = fileURLToPath(new URL('../../examples/data/', import.meta.url));
const exampleFiles = existsSync(examples) ? readdirSync(examples).filter((f) => f.endsWith('.csv')) : [];

describe.skipIf(exampleFiles.length === 0)('round trip of every examples/data/*.csv record', () => {
  it.each(exampleFiles)('%s survives csv → json → ndjson → arrow', (file) => {
    const type = file.replace(/\.csv$/, '');
    if (!isRecordType(type)) throw new Error(`examples/data/${file} is not named after a record type`);
    const records = readCSV(readFileSync(examples + file, 'utf8'), type);
    expect(records.length).toBeGreaterThan(0);
    const all = toCSV(records, type, { includeRestricted: true });
    const back = readCSV(all.text, type);
    const out = throughAll(back, type);
    expect(back).toEqual(records);
    for (const rows of Object.values(out)) {
      expect(rows).toEqual(records.filter((r) => !['restricted', 'confidential'].includes(r.sensitivity as string)));
    }
  });
});
