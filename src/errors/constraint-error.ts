import type { ErrorType } from './types.js';
import { noteOf, show, where } from './format.js';

/**
 * A value of the right type that breaks a rule of its field.
 *
 * @example constraintError.message(constraintError.example)
 */
export const constraintError: ErrorType = {
  code: 'constraint-error',
  title: 'Constraint error',
  description:
    'A value has the right type but breaks a rule of its field: a required field is empty, a code is not in the ' +
    'field\'s vocabulary (codes are case-sensitive: `sea`, not `Sea`), an id does not have the right prefix, a number ' +
    'is out of range, a text is too long, a list has repeated or too many items, or fields that go together do not ' +
    '(a fee needs at least one amount; a suppressed aggregate has no value, any other has one). The message says ' +
    'what is accepted; the codebook lists every code with its label.',
  level: 'cell',
  severity: 'error',
  example: { row: 9, field: 'transport_mode', value: 'Sea', expected: 'one of land, sea, air, mixed, unknown', note: "did you mean 'sea'?" },
  message: (p) =>
    p.value === undefined && p.field == null
      ? `${where(p)}: ${p.expected ?? 'breaks a rule of the record type'}${noteOf(p)}`
      : p.value === undefined
      ? `${where(p)}: is empty, but ${p.expected ?? 'a value is required'}${noteOf(p)}`
      : `${where(p)}: ${show(p.value)} is not ${p.expected ?? 'allowed'}${noteOf(p)}`,
};
