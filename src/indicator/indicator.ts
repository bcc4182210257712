import { sdg1073, type Sdg1073Options, type Sdg1073Row } from './sdg-10-7-3.js';

/** The named indicators {@link indicator} computes. */
export const indicatorNames = Object.freeze(['sdg-10.7.3'] as const);

/** A named indicator. */
export type IndicatorName = (typeof indicatorNames)[number];

/**
 * A named indicator computed from records. `sdg-10.7.3`: people dead and missing in the process
 * of migration (custodian IOM), by year and one geography scheme, from incident records.
 *
 * @example indicator('sdg-10.7.3', incidents, { geography: 'unsd' })
 */
export function indicator(name: 'sdg-10.7.3', records: readonly object[], options?: Sdg1073Options): Sdg1073Row[];
export function indicator(name: IndicatorName, records: readonly object[], options: Sdg1073Options = {}): Sdg1073Row[] {
  if (name === 'sdg-10.7.3') return sdg1073(records, options);
  throw new Error(`unknown indicator "${name as string}": use one of ${indicatorNames.join(', ')}`);
}
