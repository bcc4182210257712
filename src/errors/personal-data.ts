import type { ErrorType } from './types.js';
import { where } from './format.js';

/**
 * Free text that looks like personal data. The message names the field and the kind, never the value.
 *
 * @example personalData.message(personalData.example)
 */
export const personalData: ErrorType = {
  code: 'personal-data',
  title: 'Possible personal data',
  description:
    'A free-text field (`notes`, `location_text`, `court`, a title, a URL) holds something that looks like personal ' +
    'data: an e-mail address, a phone number, a passport-like or docket-like number, or a date of birth. Records ' +
    'about smuggling must not identify migrants, witnesses or defendants, so check the text and remove it. This is a ' +
    'warning (patterns can be wrong); the message never repeats the text, and `report` withholds the cell.',
  level: 'cell',
  severity: 'warning',
  example: { row: 5, field: 'notes', note: 'an e-mail address, a phone number' },
  message: (p) => `${where(p)}: may hold personal data (${p.note ?? 'a personal detail'}); check and remove it (the text is not shown)`,
};
