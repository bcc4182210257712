import type { Block } from './blocks.js';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Inline markup to HTML: `code`, **bold**, [text](#anchor) and the <br> we emit ourselves. */
function inline(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) return `<code>${escape(part.slice(1, -1))}</code>`;
      return escape(part)
        .replace(/&lt;br&gt;/g, '<br>')
        .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
        .replace(/\[([^\]]+)\]\((#[\w-]+)\)/g, '<a href="$2">$1</a>');
    })
    .join('');
}

const style = `body{font:15px/1.5 system-ui,sans-serif;max-width:80rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:1rem 0;font-size:13px}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f3f3f3;position:sticky;top:0}code{background:#f5f5f5;padding:0 2px;border-radius:2px}`;

/**
 * Render codebook blocks as a standalone HTML page (no scripts, no external resources).
 *
 * @example renderHTML(buildCodebook()).startsWith('<!doctype html>') // true
 */
export function renderHTML(blocks: readonly Block[]): string {
  const body = blocks.map((b) => {
    if (b.kind === 'heading') return `<h${b.level}${b.id ? ` id="${b.id}"` : ''}>${inline(b.text)}</h${b.level}>`;
    if (b.kind === 'paragraph') return `<p>${inline(b.text)}</p>`;
    if (b.kind === 'list') return `<ul>\n${b.items.map((i) => `<li>${inline(i)}</li>`).join('\n')}\n</ul>`;
    const head = `<tr>${b.head.map((h) => `<th>${inline(h)}</th>`).join('')}</tr>`;
    const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('\n');
    return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Codebook: smuggling-evidence</title>
<style>${style}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
