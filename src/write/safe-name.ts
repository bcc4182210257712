/**
 * safeName(name): string
 *
 * A name from data (a descriptor's `name`, a chart name) made safe as one file or folder name: letters, digits,
 * `.`, `-` and `_` only, no leading dot or dash, at most 100 characters; `dataset` when nothing is left. So
 * `../../x` can never lead a write out of `--out`. Browser-safe.
 *
 * @example safeName('../../x') // 'x'
 */
export function safeName(name: unknown): string {
  const cleaned = String(name ?? '')
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/[.-]+$/, '')
    .slice(0, 100);
  return cleaned || 'dataset';
}
