import type { MessageParams } from './types.js';

// Helpers shared by the message templates, so every message names things the same way.

const MAX = 80;

/**
 * A value as a message shows it: text in single quotes (shortened when long), other
 * values as JSON. Invisible characters are made visible so ' sea' and 'sea' differ.
 *
 * @example show('abc') // "'abc'"
 */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    let s = value.length > MAX ? value.slice(0, MAX - 1) + '…' : value;
    s = s.replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n');
    return `'${s}'`;
  }
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > MAX ? json.slice(0, MAX - 1) + '…' : json;
}

/**
 * "row 14, field `dead`", "row 14", "field `dead`" or "the file".
 *
 * @example where({ row: 14, field: 'dead' }) // 'row 14, field `dead`'
 */
export function where(p: MessageParams): string {
  const parts: string[] = [];
  if (p.row != null) parts.push(`row ${p.row}`);
  if (p.field != null) parts.push(`field \`${p.field}\``);
  return parts.length ? parts.join(', ') : 'the file';
}

/**
 * " (note)" or "".
 *
 * @example noteOf({ note: 'did you mean `dead`?' }) // ' (did you mean `dead`?)'
 */
export function noteOf(p: MessageParams): string {
  return p.note ? ` (${p.note})` : '';
}
