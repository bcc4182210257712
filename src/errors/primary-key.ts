import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * An id used by two records of the same type.
 *
 * @example primaryKey.message(primaryKey.example)
 */
export const primaryKey: ErrorType = {
  code: 'primary-key',
  title: 'Duplicate id',
  description:
    'Two records of the same type have the same `id`. Ids are stable and never reused, so one of them must get a new ' +
    'id. In a dataset the check spans every file of the type.',
  level: 'row',
  severity: 'error',
  example: { row: 12, field: 'id', value: 'inc-mmp-2016-001', note: 'the record on row 4' },
  message: (p) => `${where(p)}: ${show(p.value)} is already the id of ${p.note ?? 'another record'}`,
};
