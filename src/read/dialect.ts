/**
 * CSV dialect sniffing from the first text of a file.
 *
 *   sniffDelimiter(sample: string): ',' | ';' | '\t' | '|'
 *   detectNewline(sample: string): '\r\n' | '\n' | '\r'
 *
 * The header line decides the delimiter: field names never contain one, while data
 * cells do (list cells hold `;` even in comma files). Quoted text is skipped.
 */

/** Delimiters the loaders recognise. */
export type Delimiter = ',' | ';' | '\t' | '|';

const candidates: Delimiter[] = [',', ';', '\t', '|'];

/** Count each candidate outside quotes, in the first `lines` lines of `sample`. */
function countLines(sample: string, lines: number): Record<Delimiter, number>[] {
  const out: Record<Delimiter, number>[] = [];
  let counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
  let inQuotes = false;
  for (let i = 0; i < sample.length && out.length < lines; i++) {
    const c = sample[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (c === '\r' && sample[i + 1] === '\n') i++;
      out.push(counts);
      counts = { ',': 0, ';': 0, '\t': 0, '|': 0 };
    } else if (!inQuotes && c in counts) counts[c as Delimiter]++;
  }
  if (out.length < lines) out.push(counts);
  return out;
}

/**
 * The delimiter of a CSV text: the candidate found most often in the header line;
 * ties are settled by which candidate splits the next lines into as many cells.
 * Default `,` (a one-column file).
 *
 * @example sniffDelimiter('id;dead;missing\ninc-1;4;1\n') // ';'
 */
export function sniffDelimiter(sample: string): Delimiter {
  const lines = countLines(sample, 20);
  const header = lines[0];
  const best = Math.max(...candidates.map((d) => header[d]));
  if (best === 0) return ',';
  const tied = candidates.filter((d) => header[d] === best);
  if (tied.length === 1) return tied[0];
  // Ties: prefer the candidate whose count stays the same on the following lines.
  const rest = lines.slice(1);
  const score = (d: Delimiter) => rest.filter((l) => l[d] === header[d]).length;
  return tied.reduce((a, b) => (score(b) > score(a) ? b : a));
}

/**
 * The line ending used first in `sample` (reported, never needed: the reader accepts
 * CRLF, LF and CR alike, as Python's csv module does).
 *
 * @example detectNewline('a,b\r\n1,2\r\n') // '\r\n'
 */
export function detectNewline(sample: string): '\r\n' | '\n' | '\r' {
  const lf = sample.indexOf('\n');
  const cr = sample.indexOf('\r');
  if (cr === -1) return '\n';
  if (lf === -1 || cr < lf - 1) return '\r';
  return cr === lf - 1 ? '\r\n' : '\n';
}
