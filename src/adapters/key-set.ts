/**
 * A set of row keys in bounded memory, for the first read of a streamed import: each key is kept as a 64-bit
 * hash (two 32-bit hashes) in typed arrays, 8 bytes a slot, and never as a string, so five million ids cost
 * 64 MB instead of the strings and the chunks they were sliced from. Two different keys share a hash with
 * probability about n²/2⁶⁵ (under 10⁻⁶ for five million keys): the second would be taken for a repeat by the
 * first read, which only ever makes the second read track that key exactly (see mmpPlan), never reject it.
 *
 *   createKeySet(): { add(key): boolean; readonly size: number }
 */

/** A set of keys. */
export interface KeySet {
  /** Add a key; true when it (or a key with the same hash) was already there. */
  add(key: string): boolean;
  readonly size: number;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A fresh, empty key set.
 *
 * @example const keys = createKeySet(); keys.add('7'); keys.add('7') // true
 */
export function createKeySet(): KeySet {
  let cap = 1024;
  let h1 = new Uint32Array(cap);
  let h2 = new Uint32Array(cap);
  let size = 0;
  const slot = (a: number, b: number) => {
    let i = (a ^ b) & (cap - 1);
    while (h1[i] !== 0 && (h1[i] !== a || h2[i] !== b)) i = (i + 1) & (cap - 1);
    return i;
  };
  const grow = () => {
    const [o1, o2] = [h1, h2];
    cap *= 2;
    h1 = new Uint32Array(cap);
    h2 = new Uint32Array(cap);
    for (let k = 0; k < o1.length; k++) {
      if (o1[k] === 0) continue;
      const i = slot(o1[k], o2[k]);
      h1[i] = o1[k];
      h2[i] = o2[k];
    }
  };
  return {
    add(key) {
      let a = 0x811c9dc5;
      let b = 0x9747b28c ^ key.length;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 13;
      }
      a = fmix(a) || 1; // never 0: 0 marks an empty slot
      b = fmix(b);
      const i = slot(a, b);
      if (h1[i] !== 0) return true;
      h1[i] = a;
      h2[i] = b;
      // Linear probing stays fast up to 3/4 full.
      if (++size * 4 > cap * 3) grow();
      return false;
    },
    get size() {
      return size;
    },
  };
}
