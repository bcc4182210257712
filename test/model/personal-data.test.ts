// No record may hold personal data (names, aliases, document or phone numbers, exact
// birth dates, addresses, biometrics, photos) of migrants, witnesses or defendants.
// The guard is structural: no property may be named like one, and no object may accept
// arbitrary keys (a free-form object is where such data would creep in).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getFields, recordTypes } from 'smuggling-evidence';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = path.join(repoRoot, 'schemas');
const schemas = readdirSync(schemaDir)
  .filter((f) => f.endsWith('.schema.json'))
  .map((f) => [f, JSON.parse(readFileSync(path.join(schemaDir, f), 'utf8'))] as const);

/** Words that, as a whole word of a field name, mark personal data. */
const personalWords = new Set([
  'name', 'names', 'firstname', 'lastname', 'surname', 'surnames', 'forename', 'maiden', 'alias', 'aliases', 'nickname', 'nicknames',
  'pseudonym', 'birth', 'birthday', 'birthdate', 'dob', 'passport', 'passports', 'visa', 'phone', 'phones', 'telephone', 'mobile', 'msisdn',
  'imei', 'email', 'emails', 'address', 'addresses', 'street', 'postcode', 'zipcode', 'handle', 'handles', 'username', 'usernames',
  'biometric', 'biometrics', 'fingerprint', 'fingerprints', 'photo', 'photos', 'photograph', 'selfie', 'face', 'dna', 'initials',
  'signature', 'ssn', 'iban', 'whatsapp', 'facebook', 'telegram', 'instagram', 'twitter', 'tiktok', 'licence_plate', 'plate',
]);
/** Word pairs that mark personal data although each word alone is harmless. */
const personalPairs = [
  'first_name', 'last_name', 'given_name', 'family_name', 'full_name', 'document_number', 'document_no', 'id_number', 'id_no',
  'national_id', 'id_card', 'social_media', 'exact_age', 'age_exact', 'age_years', 'date_of', 'place_of', 'contact_details',
  'contact_info', 'ip_address', 'home_town', 'account_number',
];

/** `firstName`, `first-name` and `first_name` all become `['first', 'name']`. */
function words(key: string): string[] {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Why a property name could hold personal data, or undefined. */
function personalName(key: string): string | undefined {
  const w = words(key);
  const hit = w.find((x) => personalWords.has(x));
  if (hit) return `"${key}" contains "${hit}"`;
  const joined = `_${w.join('_')}_`;
  const pair = personalPairs.find((p) => joined.includes(`_${p}_`));
  if (pair) return `"${key}" contains "${pair}"`;
  return undefined;
}

/**
 * Every problem in a schema document: property (and `$defs`) names that could hold
 * personal data, and objects that accept keys nobody declared.
 */
function findPersonalData(schema: unknown, where = '#'): string[] {
  const problems: string[] = [];
  // Subschemas under if/then/else/not/allOf/anyOf/oneOf constrain the enclosing object
  // (e.g. `then: { properties: { value: false } }`); they do not declare a new one.
  const constraints = new Set(['if', 'then', 'else', 'not', 'allOf', 'anyOf', 'oneOf', 'dependentSchemas']);
  const visit = (node: unknown, at: string, constraint = false) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`, constraint));
    if (!node || typeof node !== 'object') return;
    const s = node as Record<string, unknown>;
    const declaresType = s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object'));
    const isObject = declaresType || (s.properties !== undefined && !constraint);
    if (isObject && s.additionalProperties !== false) problems.push(`${at}: free-form object (additionalProperties is not false)`);
    if (s.additionalProperties !== undefined && s.additionalProperties !== false) {
      problems.push(`${at}: additionalProperties allows undeclared keys`);
    }
    if (s.patternProperties !== undefined) problems.push(`${at}: patternProperties allows undeclared keys`);
    for (const container of ['properties', '$defs', 'definitions'] as const) {
      const children = s[container];
      if (!children || typeof children !== 'object') continue;
      for (const [key, child] of Object.entries(children)) {
        const why = personalName(key);
        if (why) problems.push(`${at}/${container}/${key}: ${why}`);
        visit(child, `${at}/${container}/${key}`);
      }
    }
    for (const [key, child] of Object.entries(s)) {
      if (['properties', '$defs', 'definitions', 'enum', 'examples', 'const', 'default', 'x-labels', 'x-m49'].includes(key)) continue;
      visit(child, `${at}/${key}`, constraints.has(key) || (constraint && key !== 'items'));
    }
  };
  visit(schema, where);
  return problems;
}

describe('personal data', () => {
  it.each(schemas.map(([f, s]) => [f, s]))('%s has no property that could hold personal data and no free-form object', (file, schema) => {
    expect(findPersonalData(schema, file)).toEqual([]);
  });

  it.each(recordTypes.map((t) => [t]))('%s: every resolved field is a scalar or list of scalars with an innocuous name', (type) => {
    for (const f of getFields(type)) {
      expect(personalName(f.name), `${type}.${f.name}`).toBeUndefined();
      expect(['string', 'integer', 'number', 'boolean'], `${type}.${f.name}`).toContain(f.kind);
    }
  });

  it('the check catches personal-data fields and free-form objects in a bad schema', () => {
    const bad = {
      $id: 'https://example.org/bad.schema.json',
      type: 'object',
      additionalProperties: false,
      properties: {
        id: { type: 'string' },
        first_name: { type: 'string' },
        smugglerAlias: { type: 'string' },
        date_of_birth: { type: 'string' },
        passport_no: { type: 'string' },
        contact: { type: 'object', properties: { phoneNumber: { type: 'string' } } },
        extra: { type: 'object', additionalProperties: true },
        tags: { type: 'array', items: { type: 'object', additionalProperties: { type: 'string' } } },
        exact_age: { type: 'integer' },
        social_media_handle: { type: 'string' },
      },
      $defs: { person_name: { type: 'string' } },
      then: { properties: { witness_phone: { type: 'string' } } },
      anyOf: [{ properties: { meta: { type: 'object' } } }],
    };
    const problems = findPersonalData(bad, 'bad');
    for (const expected of [
      'bad/properties/first_name',
      'bad/properties/smugglerAlias',
      'bad/properties/date_of_birth',
      'bad/properties/passport_no',
      'bad/properties/contact: free-form object',
      'bad/properties/contact/properties/phoneNumber',
      'bad/properties/extra: additionalProperties allows undeclared keys',
      'bad/properties/tags/items: additionalProperties allows undeclared keys',
      'bad/properties/exact_age',
      'bad/properties/social_media_handle',
      'bad/$defs/person_name',
      'bad/then/properties/witness_phone',
      'bad/anyOf/0/properties/meta: free-form object',
    ]) {
      expect(problems.some((p) => p.startsWith(expected)), `expected a problem at ${expected}; got:\n${problems.join('\n')}`).toBe(true);
    }
    expect(problems.some((p) => p.startsWith('bad/properties/id'))).toBe(false);
  });

  it('the check leaves aggregate, coded fields alone', () => {
    const good = {
      type: 'object',
      additionalProperties: false,
      properties: {
        breakdown_age: { type: 'string', enum: ['child', 'adult'] },
        instrument_title: { type: 'string' },
        publisher: { type: 'string' },
        defendants: { type: 'integer' },
        location_text: { type: 'string' },
        value: { type: 'integer' },
        suppressed: { type: 'boolean' },
      },
      if: { properties: { suppressed: { const: true } }, required: ['suppressed'] },
      then: { properties: { value: false } },
      else: { properties: { value: true }, required: ['value'] },
    };
    expect(findPersonalData(good)).toEqual([]);
  });
});
