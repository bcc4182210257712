import common from '../../schemas/common.schema.json';
import countries from '../../schemas/countries.schema.json';
import type { FieldInfo } from '../model/fields.js';

/** A vocabulary shared by several fields, printed once in the codebook's appendix. */
export interface SharedVocabulary {
  id: string;
  title: string;
  description: string;
  codes: readonly (string | number)[];
  labels: Readonly<Record<string, string>>;
  /** Extra columns per code (e.g. a country's UN M49 region and sub-region). */
  extra?: { head: string[]; cells: (code: string) => string[] };
}

const defs = (common as any).$defs;
const cdefs = (countries as any).$defs;

const vocab = (id: string, def: any, extra?: SharedVocabulary['extra']): SharedVocabulary => ({
  id,
  title: def.title,
  description: def.description,
  codes: def.enum,
  labels: def['x-labels'] ?? {},
  ...(extra ? { extra } : {}),
});

/**
 * The shared vocabularies, in appendix order.
 *
 * @example sharedVocabularies.map((v) => v.id) // ['theme', 'route', ..., 'country']
 */
export const sharedVocabularies: readonly SharedVocabulary[] = [
  vocab('theme', defs.theme),
  vocab('route', defs.route),
  vocab('protocol-article', defs.protocol_article),
  vocab('unit', defs.unit),
  vocab('region', cdefs.region),
  vocab('country', cdefs.country, {
    head: ['Region', 'Sub-region'],
    cells: (code) => (cdefs.country['x-m49'][code] ?? ['', '']).map((r: string) => (r ? '`' + r + '`' : '')),
  }),
];

/**
 * The shared vocabulary a field's codes come from, if any (same codes, same order).
 *
 * @example sharedVocabularyOf(getField('incident', 'country')!)?.id // 'country'
 */
export function sharedVocabularyOf(field: FieldInfo): SharedVocabulary | undefined {
  if (!field.enum) return undefined;
  const key = JSON.stringify(field.enum);
  return sharedVocabularies.find((v) => JSON.stringify(v.codes) === key);
}
