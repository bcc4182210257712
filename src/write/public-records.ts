/**
 * Sensitivity codes whose records stay out of public outputs (Protocol Art. 10(2)).
 *
 * @example withheldSensitivities.includes('restricted') // true
 */
export const withheldSensitivities: readonly string[] = Object.freeze(['restricted', 'confidential']);

/** Records split into what may be published and how many were held back. */
export interface PublicRecords<R> {
  /** The records to write, in input order. */
  records: R[];
  /** How many `restricted` or `confidential` records were left out. */
  withheld: number;
}

/**
 * Leave out records marked `restricted` or `confidential`, unless `includeRestricted`.
 * Every public output (CSV, JSON, NDJSON, Arrow, templates) goes through this.
 *
 * @example publicRecords([{ sensitivity: 'restricted' }, { sensitivity: 'public' }]).withheld // 1
 */
export function publicRecords<R extends object>(records: Iterable<R>, includeRestricted = false): PublicRecords<R> {
  const out: R[] = [];
  let withheld = 0;
  for (const r of records) {
    if (!includeRestricted && withheldSensitivities.includes((r as { sensitivity?: string }).sensitivity as string)) withheld++;
    else out.push(r);
  }
  return { records: out, withheld };
}
