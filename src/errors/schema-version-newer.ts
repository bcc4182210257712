import type { ErrorType } from './types.js';
import { show, where } from './format.js';

/**
 * A record written for a newer major schema version than this library's.
 *
 * @example schemaVersionNewer.message(schemaVersionNewer.example)
 */
export const schemaVersionNewer: ErrorType = {
  code: 'schema-version-newer',
  title: 'Record written for a newer major schema version',
  description:
    'The record\'s `schema_version` has a higher major version than the schemas this library ships. A major version ' +
    'may rename or remove fields and codes, so the record cannot be read as if it followed these schemas: upgrade ' +
    'smuggling-evidence, or correct `schema_version` if it was mistyped. Older versions and newer minor versions of ' +
    'the same major are read as they are (minor versions only add).',
  level: 'cell',
  severity: 'error',
  example: { row: 2, field: 'schema_version', value: '7.3.0', expected: 'major version 1 or lower (this library reads schema 1.1.0)' },
  message: (p) => `${where(p)}: ${show(p.value)} is newer than this library's schemas; expected ${p.expected}`,
};
