import type { FieldInfo } from '../model/fields.js';
import { formatCell } from '../write/format-cell.js';
import { code } from './blocks.js';
import { sharedVocabularyOf } from './vocabularies.js';

// Bounds this large are technical limits (2^53), not something a reader needs.
const meaningful = (n: number | undefined): n is number => n !== undefined && Math.abs(n) < 1e15;

function scalarText(f: FieldInfo): string {
  if (f.const !== undefined) return 'text';
  if (f.format === 'partial-date') return 'partial date (YYYY, YYYY-MM or YYYY-MM-DD)';
  if (f.format === 'uri') return 'URL';
  if (f.enum) return f.kind === 'integer' ? 'code (whole number)' : 'code';
  return { string: 'text', integer: 'whole number', number: 'number', boolean: '`true` / `false`' }[f.kind];
}

/**
 * The "Type" cell of a field: kind, list-ness and the constraints a contributor must
 * respect (range, length, pattern, number of items).
 *
 * @example typeText(getField('incident', 'geo_precision')!) // 'code (whole number)'
 */
export function typeText(f: FieldInfo): string {
  const parts = [f.list ? `list of ${scalarText(f)}, separated by ${code(';')}` : scalarText(f)];
  const { minimum: min, maximum: max } = f;
  if (meaningful(min) && meaningful(max)) parts.push(`${min} to ${max}`);
  else if (meaningful(min)) parts.push(`≥ ${min}`);
  else if (meaningful(max)) parts.push(`≤ ${max}`);
  const each = f.list ? 'each ' : '';
  if (f.pattern && f.format !== 'partial-date' && !f.enum) parts.push(`${each}matching ${code(f.pattern)}`);
  if (f.maxLength !== undefined && !f.enum && f.format !== 'partial-date') parts.push(`${each}up to ${f.maxLength} characters`);
  if (f.minItems) parts.push(`at least ${f.minItems} item${f.minItems > 1 ? 's' : ''}`);
  if (f.maxItems !== undefined) parts.push(`at most ${f.maxItems} items`);
  return parts.join('; ');
}

/**
 * The "Allowed values" cell: each code with its label, or a link to a shared vocabulary.
 *
 * @example allowedText(getField('incident', 'transport_mode')!) // '`land` Land<br>`sea` Sea<br>...'
 */
export function allowedText(f: FieldInfo): string {
  if (f.const !== undefined) return `always ${code(f.const)}`;
  const shared = sharedVocabularyOf(f);
  if (shared) return `[${shared.title}](#vocabulary-${shared.id}) (${shared.codes.length} codes)`;
  const codes = f.enum ?? (f.labels ? Object.keys(f.labels) : undefined);
  if (!codes) return '';
  return codes.map((c) => (f.labels?.[String(c)] ? `${code(c)} ${f.labels[String(c)]}` : code(c))).join('<br>');
}

/**
 * The "Unit" cell: what a count counts and under which count convention.
 *
 * @example unitText(getField('incident', 'dead')!, true) // 'persons; convention in `count_convention`'
 */
export function unitText(f: FieldInfo, hasCountConvention: boolean): string {
  if (!f.unit) return '';
  return hasCountConvention && f.kind === 'integer' ? `${f.unit}; convention in ${code('count_convention')}` : f.unit;
}

/**
 * The "Example" cell: the example as it is written in a CSV cell.
 *
 * @example exampleText(getField('incident', 'themes')!) // '`safety-dignity;evidence-base`'
 */
export function exampleText(f: FieldInfo): string {
  return f.example === undefined ? '' : code(formatCell(f.example));
}
