import { isRecordType, recordTypes, type RecordType } from '../model/record-types.js';
import { buildCodebook } from './build-codebook.js';
import { renderHTML } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';

/** Options of {@link codebook}. */
export interface CodebookOptions {
  /** `'md'` (GitHub-flavoured Markdown) or `'html'` (a standalone page). Default `'md'`. */
  format?: 'md' | 'html';
  /** Record types to describe, in this order. Default: all eight. */
  types?: readonly RecordType[];
}

/**
 * The codebook, generated from the schemas: per theme the record types serving it;
 * per record type a table of its fields (name, label and meaning, type, whether
 * required, allowed codes with labels, unit and count convention, an example, the
 * Protocol article); then the shared vocabularies (countries, regions, routes...).
 *
 * @example writeFileSync('codebook.md', codebook())
 */
export function codebook(options: CodebookOptions = {}): string {
  const { format = 'md', types = recordTypes } = options;
  for (const t of types) if (!isRecordType(t)) throw new TypeError(`Unknown record type "${t}"`);
  if (format !== 'md' && format !== 'html') throw new TypeError(`Unknown codebook format "${format}"; use md or html`);
  const blocks = buildCodebook(types);
  return format === 'html' ? renderHTML(blocks) : renderMarkdown(blocks);
}
