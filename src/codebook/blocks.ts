/**
 * The codebook as format-neutral blocks. Inline text uses a small subset of
 * Markdown (`code`, **bold**, [text](#anchor)) that both renderers understand.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

/**
 * Text inside backticks, with backticks in it replaced so the span stays whole.
 *
 * @example code('TUR') // '`TUR`'
 */
export const code = (text: string | number): string => '`' + String(text).replace(/`/g, "'") + '`';
