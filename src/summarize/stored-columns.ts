// The column types of a column store (column-store.ts) as Arquero reads them: `length`,
// `at(row)` and iteration, over typed codes or numbers rather than a plain array per column.

/** A column of an Arquero table read through `at(row)`; `null` where there is no value. */
export abstract class StoredColumn {
  abstract readonly length: number;
  abstract at(row: number): unknown;
  *[Symbol.iterator](): Iterator<unknown> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
  /** The values as a plain array (a copy). */
  toArray(): unknown[] {
    const out = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.at(i);
    return out;
  }
}

/** Numbers, NaN for no value (read as null). */
export class NumberColumn extends StoredColumn {
  constructor(readonly values: Float64Array) {
    super();
  }
  get length(): number {
    return this.values.length;
  }
  at(row: number): number | null {
    const v = this.values[row];
    return v === v ? v : null;
  }
}

/** Codes into a dictionary of distinct values (code 0 is null). */
export class CodedColumn extends StoredColumn {
  constructor(
    readonly codes: Uint8Array | Uint16Array,
    readonly dictionary: readonly unknown[],
  ) {
    super();
  }
  get length(): number {
    return this.codes.length;
  }
  at(row: number): unknown {
    return this.dictionary[this.codes[row]];
  }
}

/** A column no record fills. */
export class EmptyColumn extends StoredColumn {
  constructor(readonly length: number) {
    super();
  }
  at(): null {
    return null;
  }
}

/** Plain values (a column with too many distinct values for codes). */
export class PlainColumn extends StoredColumn {
  constructor(readonly values: readonly unknown[]) {
    super();
  }
  get length(): number {
    return this.values.length;
  }
  at(row: number): unknown {
    return this.values[row];
  }
}
