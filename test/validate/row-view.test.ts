// The filler of the record the rules see, compiled and as the loop that runs where code
// cannot be compiled (a Content-Security-Policy page): both set exactly the named columns,
// blank and failed cells as undefined, and leave the others alone.
import { describe, expect, it } from 'vitest';
import { rowViewFiller } from '../../src/validate/row-view.js';

const values = [['inc-1', 'inc-2', null], Float64Array.from([4, NaN, 7]), ['a', 'b', 'c'], Float64Array.from([1, 2, 3])];
const failed = [undefined, undefined, undefined, Uint8Array.from([0, 0, 1])];

describe('rowViewFiller', () => {
  for (const compile of [true, false]) {
    it(compile ? 'compiled' : 'as a loop', () => {
      // Column 2 is not read by anyone (''): its field keeps whatever it held.
      const fill = rowViewFiller(['id', 'dead', '', 'missing'], compile);
      const view: Record<string, unknown> = { id: undefined, dead: undefined, notes: 'kept', missing: undefined };
      fill(view, values, failed, 0);
      expect(view).toEqual({ id: 'inc-1', dead: 4, notes: 'kept', missing: 1 });
      fill(view, values, failed, 1);
      expect(view).toEqual({ id: 'inc-2', dead: undefined, notes: 'kept', missing: 2 });
      fill(view, values, failed, 2);
      expect(view).toEqual({ id: undefined, dead: 7, notes: 'kept', missing: undefined });
    });
  }
});
