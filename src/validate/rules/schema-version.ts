import { getField } from '../../model/fields.js';
import { majorOf, schemaVersion } from '../../model/schema-version.js';
import { reading, type Rule } from './types.js';

const libraryMajor = majorOf(schemaVersion)!;

/**
 * `schema_version` with a major newer than the library's schemas: an error, since a major
 * version may rename or remove fields. Older versions and newer minors of this major pass.
 *
 * @example schemaVersionRule.prepare('incident', { today: '2026-05-01' })?.({ schema_version: '7.3.0' }, found)
 */
export const schemaVersionRule: Rule = {
  code: 'schema-version-newer',
  prepare(type) {
    if (!getField(type, 'schema_version')) return undefined;
    return reading(['schema_version'], (r, found) => {
      const major = majorOf(r.schema_version);
      if (major !== undefined && major > libraryMajor) {
        found.push({ field: 'schema_version', value: r.schema_version, expected: `major version ${libraryMajor} or lower (this library reads schema ${schemaVersion})` });
      }
    });
  },
};
