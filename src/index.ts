/**
 * smuggling-evidence: a shared, typed, validated evidence base on migrant smuggling.
 * This file is the table of contents of the public API; it holds no logic.
 * Node-only helpers (file paths, fs streams) are in `smuggling-evidence/node`.
 */

// The model: themes, record types, schemas, fields and their vocabularies.
export { themes, getTheme, isThemeId, type Theme, type ThemeId } from './model/themes.js';
export { recordTypes, isRecordType, idPrefix, type RecordType } from './model/record-types.js';
export { getSchema, getValidator, getAjv } from './model/registry.js';
export { getFields, getField, labelOf, type FieldInfo, type ScalarKind } from './model/fields.js';
export { isPartialDate } from './model/formats.js';
export type * from './model/types.generated.js';
