/**
 * Finding a code (an `enum` or `const` string of the schema) in a span of the file's text
 * without cutting the span out: a hash of its characters picks the candidates, one
 * character comparison confirms. The value kept is then the schema's own string, which
 * keeps no chunk of the file alive.
 *
 *   codeMatcher(codes)(text, from, to): string | undefined
 */

/** Finds the code spelled by `text[from, to)`, or undefined. */
export type CodeMatcher = (text: string, from: number, to: number) => string | undefined;

function hashOf(text: string, from: number, to: number): number {
  let h = to - from;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return h;
}

/**
 * A matcher for a fixed list of codes (compared exactly: case and spaces count).
 *
 * @example codeMatcher(['darien', 'balkans'])('x,balkans,y', 2, 9) // 'balkans'
 */
export function codeMatcher(codes: readonly string[]): CodeMatcher {
  const byHash = new Map<number, string[]>();
  for (const code of new Set(codes)) {
    const h = hashOf(code, 0, code.length);
    const list = byHash.get(h);
    if (list) list.push(code);
    else byHash.set(h, [code]);
  }
  return (text, from, to) => {
    const list = byHash.get(hashOf(text, from, to));
    if (list === undefined) return undefined;
    const n = to - from;
    outer: for (let j = 0; j < list.length; j++) {
      const code = list[j];
      if (code.length !== n) continue;
      for (let k = 0; k < n; k++) if (code.charCodeAt(k) !== text.charCodeAt(from + k)) continue outer;
      return code;
    }
    return undefined;
  };
}

/**
 * The codes as a trie over their characters (ASCII codes only), for readers that find the
 * end of a cell and its code in one pass: from node 0, `next[node * 128 + char]` is the
 * next node (-1: no code goes on so), and `code[node]` the code that ends there.
 *
 * @example const t = codeTrie(['ab']); t.code[t.next[t.next['a'.charCodeAt(0)] * 128 + 98]] // 'ab'
 */
export interface CodeTrie {
  next: Int32Array;
  code: (string | undefined)[];
}

/** A trie of the ASCII codes in `codes`; undefined when one is not ASCII (then use `codeMatcher`). */
export function codeTrie(codes: readonly string[]): CodeTrie | undefined {
  const unique = [...new Set(codes)];
  if (unique.some((c) => /[^\x20-\x7e]/.test(c))) return undefined;
  const size = unique.reduce((n, c) => n + c.length, 1);
  const next = new Int32Array(size * 128).fill(-1);
  const code: (string | undefined)[] = new Array(size).fill(undefined);
  let nodes = 1;
  for (const c of unique) {
    let node = 0;
    for (let i = 0; i < c.length; i++) {
      const at = node * 128 + c.charCodeAt(i);
      if (next[at] < 0) next[at] = nodes++;
      node = next[at];
    }
    code[node] = c;
  }
  return { next: next.slice(0, nodes * 128), code: code.slice(0, nodes) };
}
