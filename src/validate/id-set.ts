/**
 * A set of record ids in bounded memory: each id is kept as a 64-bit hash (two 32-bit
 * hashes) in typed arrays with a sequence number saying where it was first seen, so
 * checking the ids of a multi-gigabyte file costs 12 bytes per slot (about 16 per id)
 * and never keeps the id strings, or the chunks they were sliced from, alive. Two
 * different ids share a hash with probability about n²/2⁶⁵ (under 10⁻⁶ for five
 * million ids); such a pair would be reported as a duplicate.
 *
 *   createIdSet(): { add(id, seq): number | undefined; has(id): boolean; reserve(n); size }
 */

/** A set of ids. */
export interface IdSet {
  /** Add an id with its sequence number (e.g. its row); when already there, returns the first one's. */
  add(id: string, seq: number): number | undefined;
  has(id: string): boolean;
  /** Make room for `n` ids at once (avoids growing step by step on a big file). */
  reserve(n: number): void;
  readonly size: number;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// The two hashes of the last id, kept in module state so hashing allocates nothing.
let ha = 0;
let hb = 0;

function hashes(s: string): void {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  // Never 0 in the first hash, so 0 marks an empty slot.
  ha = fmix(a) || 1;
  hb = fmix(b);
}

/**
 * A fresh, empty id set.
 *
 * @example const ids = createIdSet(); ids.add('inc-1', 2); ids.add('inc-1', 9) // 2
 */
export function createIdSet(): IdSet {
  let cap = 1024;
  let h1 = new Uint32Array(cap);
  let h2 = new Uint32Array(cap);
  let seqs = new Uint32Array(cap);
  let size = 0;

  function slot(a: number, b: number): number {
    let i = (a ^ b) & (cap - 1);
    while (h1[i] !== 0 && (h1[i] !== a || h2[i] !== b)) i = (i + 1) & (cap - 1);
    return i;
  }

  function resize(next: number): void {
    const [o1, o2, os] = [h1, h2, seqs];
    cap = next;
    h1 = new Uint32Array(cap);
    h2 = new Uint32Array(cap);
    seqs = new Uint32Array(cap);
    for (let k = 0; k < o1.length; k++) {
      if (o1[k] === 0) continue;
      const i = slot(o1[k], o2[k]);
      h1[i] = o1[k];
      h2[i] = o2[k];
      seqs[i] = os[k];
    }
  }

  return {
    add(id, seq) {
      hashes(id);
      const i = slot(ha, hb);
      if (h1[i] !== 0) return seqs[i];
      h1[i] = ha;
      h2[i] = hb;
      seqs[i] = seq;
      // Linear probing stays fast up to 3/4 full.
      if (++size * 4 > cap * 3) resize(cap * 2);
      return undefined;
    },
    has(id) {
      hashes(id);
      return h1[slot(ha, hb)] !== 0;
    },
    reserve(n) {
      let next = cap;
      while (n * 4 > next * 3) next *= 2;
      if (next > cap) resize(next);
    },
    get size() {
      return size;
    },
  };
}
