import { describe, expect, it } from 'vitest';
import { publicRecords } from '../../src/write/public-records.js';

const records = [
  { id: 'a', sensitivity: 'public' },
  { id: 'b', sensitivity: 'restricted' },
  { id: 'c', sensitivity: 'confidential' },
  { id: 'd' },
];

describe('publicRecords', () => {
  it('publicRecords(records) keeps public records (and records without sensitivity) in order, counting the rest', () => {
    expect(publicRecords(records)).toEqual({ records: [records[0], records[3]], withheld: 2 });
  });

  it('publicRecords(records, true) keeps every record', () => {
    expect(publicRecords(records, true)).toEqual({ records, withheld: 0 });
  });
});
