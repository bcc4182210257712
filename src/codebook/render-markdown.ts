import type { Block } from './blocks.js';

// A table cell is one line; `|` would end it.
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');

/**
 * Render codebook blocks as GitHub-flavoured Markdown.
 *
 * @example renderMarkdown([{ kind: 'heading', level: 1, text: 'Codebook' }]) // '# Codebook\n'
 */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') {
      if (b.id) out.push(`<a id="${b.id}"></a>`);
      out.push(`${'#'.repeat(b.level)} ${b.text}`, '');
    } else if (b.kind === 'paragraph') {
      out.push(b.text, '');
    } else if (b.kind === 'list') {
      out.push(...b.items.map((i) => `- ${i}`), '');
    } else {
      out.push(`| ${b.head.map(cell).join(' | ')} |`, `|${b.head.map(() => ' --- ').join('|')}|`);
      out.push(...b.rows.map((r) => `| ${r.map(cell).join(' | ')} |`), '');
    }
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
