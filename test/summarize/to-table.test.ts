import { describe, expect, it } from 'vitest';
import { recordTypeOf, toTable } from '../../src/summarize/index.js';
import { incidents } from './fixtures.js';

describe('toTable', () => {
  it('has one column per schema field, typed from the schema, never guessed', () => {
    const t = toTable([{ ...incidents[0], source_record_id: '00123', latitude: 35.5 }], 'incident');
    expect(t.columnNames().slice(0, 4)).toEqual(['id', 'record_type', 'schema_version', 'themes']);
    const row = t.object(0) as Record<string, unknown>;
    expect(row.source_record_id).toBe('00123'); // codes keep their zeros
    expect(row.date).toBe('2019-03-01'); // dates stay the validated strings, not Date objects
    expect(row.dead).toBe(5);
    expect(row.latitude).toBe(35.5);
    expect(row.themes).toEqual(['safety-dignity', 'business-model']); // list fields stay arrays
    expect(row.survivors).toBeNull(); // absent → null
  });

  it('remembers its record type', () => {
    expect(recordTypeOf(toTable(incidents, 'incident'))).toBe('incident');
  });

  it('refuses an untyped value, naming record, field, value and what was expected', () => {
    expect(() => toTable([{ ...incidents[0] }, { ...incidents[1], dead: '12' }], 'incident')).toThrow(
      'toTable(incident): record 2 (id inc-b), field "dead": got "12" (string), expected a whole number.',
    );
    expect(() => toTable([{ ...incidents[0], themes: 'safety-dignity;business-model' }], 'incident')).toThrow(
      /field "themes": got "safety-dignity;business-model" \(string\), expected a list \(array\) of string values/,
    );
    expect(() => toTable([{ ...incidents[0], dead: 2.5 }], 'incident')).toThrow(/expected a whole number/);
    expect(() => toTable([{ ...incidents[0] }], 'incidents' as any)).toThrow(/unknown record type "incidents"/);
  });
});
