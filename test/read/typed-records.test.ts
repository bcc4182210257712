// The library's types reach the records: a loader told `type: 'incident'` returns
// `Incident` records, so `records[0].dead` is `number | undefined` with no cast. The
// expectTypeOf lines are checked by `npm run typecheck` (tsc covers test/); the expect
// lines check that the values behind those types are what the file holds.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  fromCSV,
  fromJSON,
  fromNDJSON,
  isRecordType,
  streamCSV,
  toTable,
  validateRecords,
  type CourtCase,
  type Incident,
  type LoadResult,
  type RecordType,
  type Source,
} from 'smuggling-evidence';
import { loadCSV, loadDataset, loadJSON } from 'smuggling-evidence/node';

const file = new URL('../../examples/data/incident.csv', import.meta.url);

describe('loaders typed by the record type', () => {
  it('loadCSV(f, { type: "incident" }) gives Incident records: dead is number | undefined', async () => {
    const loaded = await loadCSV(file, { type: 'incident' });
    expectTypeOf(loaded).toEqualTypeOf<LoadResult<Incident>>();
    expectTypeOf(loaded.records[0].dead).toEqualTypeOf<number | undefined>();
    expectTypeOf(loaded.records[0].themes).toEqualTypeOf<Incident['themes']>();
    expect(loaded.records[0].dead).toBe(750);
    expect(loaded.records[0].themes).toEqual(['safety-dignity', 'evidence-base']);
  });

  it('every loader follows the type it is given', async () => {
    const csv = 'id,themes,source_ids,sensitivity,title\nsrc-a,evidence-base,src-a,public,A report\n';
    expectTypeOf(fromCSV(csv, { type: 'source' }).records).toEqualTypeOf<Source[]>();
    const json = fromJSON('[{"id":"case-1","themes":["cooperation"],"source_ids":["src-a"],"sensitivity":"public"}]', { type: 'court-case' });
    expectTypeOf(json.records).toEqualTypeOf<CourtCase[]>();
    expect(json.records[0].id).toBe('case-1');
    expectTypeOf(fromNDJSON('{"id":"inc-1"}\n', { type: 'incident' }).records[0]).toEqualTypeOf<Incident>();
    expectTypeOf(await loadJSON(new URL('../fixtures/validate/incident.json', import.meta.url), { type: 'incident' })).toEqualTypeOf<LoadResult<Incident>>();
    for await (const batch of streamCSV([csv], { type: 'source' })) {
      expectTypeOf(batch.records).toEqualTypeOf<Source[]>();
      expect(batch.records[0].title).toBe('A report');
    }
  });

  it('without a type known when compiling, records stay plain objects', () => {
    const csv = 'id,dead\ninc-1,4\n';
    expectTypeOf(fromCSV(csv).records[0]).toEqualTypeOf<Record<string, unknown>>();
    const name: string = 'incident'; // e.g. from a command line
    if (!isRecordType(name)) throw new Error('not a record type');
    const chosen: RecordType = name;
    expectTypeOf(fromCSV(csv, { type: chosen }).records[0]).toEqualTypeOf<Record<string, unknown>>();
    expect(fromCSV(csv, { type: chosen }).records[0]).toEqual({ id: 'inc-1', dead: 4 });
  });

  it('typed results go to validateRecords and toTable without a cast', async () => {
    const loaded = await loadCSV(file, { type: 'incident' });
    expect(validateRecords(loaded).valid).toBe(true);
    expect(toTable(loaded.records, 'incident').array('dead')).toContain(750);
    // @ts-expect-error: 'incidents' is not a record type
    expect(() => toTable(loaded.records, 'incidents')).toThrow(/unknown record type "incidents"/);
  });

  it('loadDataset gives each record type its interface', async () => {
    const data = await loadDataset('istanbul-2017');
    expectTypeOf(data.source).toEqualTypeOf<Source[] | undefined>();
    expect(data.source?.every((s) => typeof s.title === 'string')).toBe(true);
  });
});
