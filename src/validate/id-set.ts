/**
 * A set of record ids in bounded memory: each id is kept as a 64-bit hash (two 32-bit
 * hashes) in a typed array with a sequence number saying where it was first seen, so
 * checking the ids of a multi-gigabyte file costs 12 bytes per slot (about 16 per id)
 * and never keeps the id strings, or the chunks they were sliced from, alive. The three
 * words of a slot lie side by side in one array (one cache miss per probe of a big table). Two
 * different ids share a hash with probability about n²/2⁶⁵ (under 10⁻⁶ for five
 * million ids); such a pair would be reported as a duplicate.
 *
 *   createIdSet(): { add(id, seq): number | undefined; addRun(…); has(id): boolean; reserve(n); size }
 */

/** A set of ids. */
export interface IdSet {
  /** Add an id with its sequence number (e.g. its row); when already there, returns the first one's. */
  add(id: string, seq: number): number | undefined;
  has(id: string): boolean;
  /**
   * Add `ids[from..to)` in order, id i with sequence `base + rows[i]`, as `add` does one by
   * one; `first[i]` gets the first one's sequence for a repeat, -1 otherwise (and for a
   * value that is not a string, which is not added).
   */
  addRun?(ids: readonly unknown[], from: number, to: number, base: number, rows: Int32Array, first: Float64Array): void;
  /** Make room for `n` ids at once (avoids growing step by step on a big file). */
  reserve(n: number): void;
  readonly size: number;
  /** The ids' hashes, two words each (for another thread's set to look up with `hasPair`). */
  pairs(): Uint32Array;
  /** Is an id of these two hash words in the set? */
  hasPair(a: number, b: number): boolean;
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
// Where addRun's touching loads go, so that they are not optimised away.
let sink = 0;

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
  // Slot i is words 3i (first hash, 0 = empty), 3i + 1 (second hash) and 3i + 2 (sequence):
  // one array, so a probe touches one cache line, not one in each of three arrays.
  let slots = new Uint32Array(cap * 3);
  let size = 0;
  // The hashes of a run of ids (see addRun), reused from run to run.
  let runA = new Uint32Array(0);
  let runB = new Uint32Array(0);

  /** Word index of the slot holding (a, b), or of the empty slot where it would go. */
  function slot(a: number, b: number): number {
    const mask = cap - 1;
    let i = (a ^ b) & mask;
    let w = i * 3;
    while (slots[w] !== 0 && (slots[w] !== a || slots[w + 1] !== b)) {
      i = (i + 1) & mask;
      w = i * 3;
    }
    return w;
  }

  function resize(next: number): void {
    const old = slots;
    cap = next;
    slots = new Uint32Array(cap * 3);
    for (let k = 0; k < old.length; k += 3) {
      if (old[k] === 0) continue;
      const w = slot(old[k], old[k + 1]);
      slots[w] = old[k];
      slots[w + 1] = old[k + 1];
      slots[w + 2] = old[k + 2];
    }
  }

  return {
    add(id, seq) {
      hashes(id);
      const w = slot(ha, hb);
      if (slots[w] !== 0) return slots[w + 2];
      slots[w] = ha;
      slots[w + 1] = hb;
      slots[w + 2] = seq;
      // Linear probing stays fast up to 3/4 full.
      if (++size * 4 > cap * 3) resize(cap * 2);
      return undefined;
    },
    addRun(ids, from, to, base, rows, first) {
      const n = to - from;
      if (runA.length < n) {
        runA = new Uint32Array(n);
        runB = new Uint32Array(n);
      }
      for (let k = 0; k < n; k++) {
        const id = ids[from + k];
        if (typeof id !== 'string') continue;
        hashes(id);
        runA[k] = ha;
        runB[k] = hb;
      }
      // Touch each id's first slot before probing: these loads do not wait on one another,
      // so the cache misses of a big table overlap instead of coming one after another.
      let touched = 0;
      for (let k = 0; k < n; k++) touched |= slots[((runA[k] ^ runB[k]) & (cap - 1)) * 3];
      sink ^= touched;
      for (let k = 0; k < n; k++) {
        const i = from + k;
        first[i] = -1;
        if (typeof ids[i] !== 'string') continue;
        const a = runA[k];
        const b = runB[k];
        const w = slot(a, b);
        if (slots[w] !== 0) {
          first[i] = slots[w + 2];
          continue;
        }
        slots[w] = a;
        slots[w + 1] = b;
        slots[w + 2] = base + rows[i];
        if (++size * 4 > cap * 3) resize(cap * 2);
      }
    },
    has(id) {
      hashes(id);
      return slots[slot(ha, hb)] !== 0;
    },
    pairs() {
      const out = new Uint32Array(size * 2);
      let j = 0;
      for (let w = 0; w < slots.length; w += 3) {
        if (slots[w] === 0) continue;
        out[j++] = slots[w];
        out[j++] = slots[w + 1];
      }
      return out;
    },
    hasPair(a, b) {
      return slots[slot(a, b)] !== 0;
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
