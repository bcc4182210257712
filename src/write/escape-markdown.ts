/**
 * Text from data, made inert in the format it is written into (browser-safe):
 *
 *   escapeMarkdown(text)   inline Markdown text: no HTML, no links, no emphasis, no table cell breaks, one line
 *   markdownCode(text)     an inline code span that holds any text (also inside a table)
 *   markdownLink(text, url)  a link only when `url` is http(s); otherwise the escaped text alone
 *   escapeHtml(text)       HTML text and attribute values
 *
 * Markdown renderers pass raw HTML through (`<script>`, `<img onerror>`) and turn `[x](javascript:…)` into links,
 * so every text a report takes from a dataset (titles, publishers, attributions, messages that echo a cell) goes
 * through one of these.
 */

/**
 * Text as inert inline Markdown: HTML special characters as entities, Markdown punctuation backslash-escaped,
 * line breaks as spaces.
 *
 * @example escapeMarkdown('<script>x</script> [a](javascript:b) | c') // '&lt;script&gt;x&lt;/script&gt; \\[a\\](javascript:b) \\| c'
 */
export function escapeMarkdown(text: unknown): string {
  return String(text ?? '')
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    // What starts a block only at the start of a line: a heading, a list item, a rule.
    .replace(/^(\s*)([#+=-]|\d+[.)])/, '$1\\$2');
}

/**
 * Any text as one inline code span: the fence is longer than any run of backticks inside, `|` is escaped so a
 * table cell holds it, line breaks become spaces.
 *
 * @example markdownCode('a`b') // '``a`b``'
 */
export function markdownCode(text: unknown): string {
  const s = String(text ?? '').replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}

/**
 * True for an absolute http(s) URL without spaces or angle brackets: the only links a report writes.
 *
 * @example isSafeUrl('javascript:alert(1)') // false
 */
export function isSafeUrl(url: unknown): url is string {
  if (typeof url !== 'string' || /[\s<>"'`\\]/.test(url)) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A Markdown link when `url` is a safe http(s) URL, else the escaped text (and the URL as code, so it is seen).
 *
 * @example markdownLink('CC BY 4.0', 'https://creativecommons.org/licenses/by/4.0/')
 */
export function markdownLink(text: unknown, url: unknown): string {
  const label = escapeMarkdown(text);
  if (isSafeUrl(url)) return `[${label}](<${url.replace(/[()]/g, (c) => encodeURIComponent(c))}>)`;
  return url ? `${label} (${markdownCode(url)})` : label;
}

/**
 * An autolink `<url>` for a safe URL, else the URL as code.
 *
 * @example markdownUrl('https://example.org') // '<https://example.org>'
 */
export function markdownUrl(url: unknown): string {
  return isSafeUrl(url) ? `<${url}>` : markdownCode(url);
}

/**
 * Text for HTML (element content and quoted attribute values).
 *
 * @example escapeHtml('<a href="x">') // '&lt;a href=&quot;x&quot;&gt;'
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
