/**
 * The version of the schemas in `schemas/` (semver). A record's `schema_version` with a newer
 * major than this is an error (`schema-version-newer`); an older major or any minor of this
 * major is read as is, since minor versions only add. Bump the minor for additive changes and
 * the major for removals or renames (docs/versioning.md).
 *
 * @example schemaVersion // '1.1.0'
 */
export const schemaVersion = '1.1.0';

/** The major version number of a semver string, or undefined when it is not one. */
export function majorOf(version: unknown): number | undefined {
  if (typeof version !== 'string') return undefined;
  const m = /^([0-9]+)\.[0-9]+\.[0-9]+$/.exec(version);
  return m ? Number(m[1]) : undefined;
}
