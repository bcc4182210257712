import { describe, expect, it } from 'vitest';
import { recordTypes } from 'smuggling-evidence';
import { toDataPackage, type DatasetDescription } from '../../src/write/to-data-package.js';
import { errorsOf, validateDataPackage } from './frictionless-profiles.js';

const dataset: DatasetDescription = {
  name: 'examples',
  title: 'Example records',
  version: '1.0.0',
  licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
  contributors: [{ title: 'smuggling-evidence contributors', roles: ['creator'] }],
  sources: [{ title: 'IOM Missing Migrants Project', path: 'https://missingmigrants.iom.int' }],
  resources: recordTypes.map((type) => ({ type, path: `data/${type}.csv` })),
};

describe('toDataPackage', () => {
  it('toDataPackage(dataset) is a valid Data Package v2 descriptor', () => {
    const pkg = toDataPackage(dataset);
    const ok = validateDataPackage(pkg);
    expect(ok, errorsOf(validateDataPackage)).toBe(true);
  });

  it('toDataPackage(dataset) makes each file a table resource with its record type\'s Table Schema', () => {
    const pkg = toDataPackage(dataset);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
    const incident = pkg.resources.find((r) => r.name === 'incident')!;
    expect(incident).toMatchObject({ type: 'table', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', 'x-record-type': 'incident' });
    expect(incident.schema.primaryKey).toEqual(['id']);
  });

  it('toDataPackage(dataset) points foreign keys at the resource names the dataset chose', () => {
    const pkg = toDataPackage({ name: 'x', resources: [{ type: 'incident', path: 'i.csv' }, { type: 'source', path: 's.csv', name: 'sources' }] });
    expect(pkg.resources[0].schema.foreignKeys?.[0].reference).toEqual({ resource: 'sources', fields: ['id'] });
  });

  it('toDataPackage(dataset) refuses two resources with the same name', () => {
    expect(() => toDataPackage({ name: 'x', resources: [{ type: 'incident', path: 'a.csv' }, { type: 'incident', path: 'b.csv' }] })).toThrow(
      /two resources are named "incident"/,
    );
  });

  it('the fixture profile rejects a path that climbs out of the package (the check can fail)', () => {
    const pkg = toDataPackage({ name: 'x', resources: [{ type: 'incident', path: '../secret.csv' }] });
    expect(validateDataPackage(pkg)).toBe(false);
  });
});
