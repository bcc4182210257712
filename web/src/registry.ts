/**
 * The page's stand-in for src/model/registry.ts (swapped in by the bundler, web/build.mjs):
 * the same exports, but validators are the Ajv standalone functions generated at build
 * time (web/gen/validators.js), so nothing is compiled in the browser and the page runs
 * under `Content-Security-Policy: default-src 'self'` (no 'unsafe-eval').
 * Keep its exports those of the core registry (the build fails on a missing one). It cannot
 * simply re-export the core module: that pulls Ajv's compiler in (+37 kB gzip, measured).
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { recordSchemas, type JsonSchema } from '../../src/model/schemas.js';
import { isRecordType, type RecordType } from '../../src/model/record-types.js';
// @ts-ignore generated JavaScript without types
import * as generated from '../gen/validators.js';
// @ts-ignore generated JavaScript without types
import { formats } from '../gen/formats.js';

export const annotationKeywords = ['x-labels', 'x-unit', 'x-protocol', 'x-themes', 'x-record-type', 'x-id-prefix', 'x-m49'];

export type RecordValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

const noCompiler = () => {
  throw new Error('Ajv compiles nothing in the validator page (its CSP forbids new Function): validators are precompiled in web/gen/validators.js');
};

/**
 * What the page has of the Ajv instance: its formats (the same functions the precompiled
 * validators call), and nothing that compiles; those methods throw a clear error.
 */
export function getAjv(): any {
  return { formats, opts: {}, compile: noCompiler, getSchema: noCompiler, addSchema: noCompiler, validate: noCompiler };
}

export function getSchema(type: RecordType): JsonSchema {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  return recordSchemas[type];
}

export function getValidator(type: RecordType): RecordValidator {
  if (!isRecordType(type)) throw new TypeError(`Unknown record type "${type}"`);
  return (generated as Record<string, RecordValidator>)[type.replace(/-/g, '_')];
}

export type { ErrorObject };
