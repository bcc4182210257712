/**
 * registerSchemas(ajv): make a caller's own Ajv (draft 2020-12, strict or not) able to
 * compile our schemas: the annotation keywords (`x-labels`, `x-unit`, …, every `x-`
 * keyword the shipped schemas use), the `partial-date` format and the shared schemas
 * (`common`, `countries`) that record schemas reference. Standard formats (`uri`) come
 * from ajv-formats, which the caller adds as usual.
 */
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { isPartialDate } from './formats.js';
import { annotationKeywords } from './registry.js';
import { recordSchemas, sharedSchemas } from './schemas.js';

// Every `x-` keyword in the shipped schemas, so a keyword added to a schema is registered
// without a second list to keep in step.
function xKeywords(node: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) xKeywords(item, found);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('x-')) found.add(key);
      // Under `properties` the keys are field names, not keywords: walk their schemas only.
      if (key === 'properties' && value && typeof value === 'object') for (const field of Object.values(value)) xKeywords(field, found);
      else xKeywords(value, found);
    }
  }
  return found;
}

/** The annotation keywords our schemas use: ignored by validation, read by the codebook and loaders. */
export const schemaKeywords: readonly string[] = [
  ...xKeywords([...sharedSchemas, ...Object.values(recordSchemas)], new Set(annotationKeywords)),
].sort();

/**
 * Add our annotation keywords, the `partial-date` format and the shared schemas to an Ajv
 * 2020 instance; then `ajv.compile(schema)` works for any record schema in `schemas/`, in
 * strict mode. Safe to call twice. Returns the same instance.
 *
 * @example
 * const ajv = registerSchemas(addFormats(new Ajv2020({ strict: true })));
 * const validate = ajv.compile(incidentSchema);
 */
export function registerSchemas<A extends Ajv2020>(ajv: A): A {
  // RULES.keywords, not getKeyword: a keyword without a definition (an annotation) only shows there.
  for (const keyword of schemaKeywords) if (!ajv.RULES.keywords[keyword]) ajv.addKeyword(keyword);
  ajv.addFormat('partial-date', { type: 'string', validate: isPartialDate });
  for (const schema of sharedSchemas) if (!ajv.getSchema(schema.$id)) ajv.addSchema(schema);
  return ajv;
}
