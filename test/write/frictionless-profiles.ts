// The Frictionless v2 profiles kept as fixtures (see test/fixtures/frictionless/README.md),
// compiled with a separate draft-07 Ajv: they are not ours and must not touch getAjv().
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';

const addFormats = ((formatsPlugin as any).default ?? formatsPlugin) as (ajv: Ajv) => Ajv;
const load = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/frictionless/${name}`, import.meta.url), 'utf8'));

const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));
ajv.addSchema(load('tableschema.json'));
ajv.addSchema(load('datapackage.json'));

export const validateTableSchema = ajv.getSchema('https://datapackage.org/profiles/2.0/tableschema.json') as ValidateFunction;
export const validateDataPackage = ajv.getSchema('https://datapackage.org/profiles/2.0/datapackage.json') as ValidateFunction;
export const errorsOf = (v: ValidateFunction) => ajv.errorsText(v.errors, { separator: '\n' });
