import { sharedDef } from '../model/record-type.js';
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
  vocab('theme', sharedDef('theme')),
  vocab('route', sharedDef('route')),
  vocab('protocol-article', sharedDef('protocol_article')),
  vocab('unit', sharedDef('unit')),
  vocab('region', sharedDef('region')),
  vocab('country', sharedDef('country'), {
    head: ['Region', 'Sub-region'],
    cells: (code) => (sharedDef('country')['x-m49'][code] ?? ['', '']).map((r: string) => (r ? '`' + r + '`' : '')),
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
