import common from '../../schemas/common.schema.json';
import { recordSchemas } from './schemas.js';
import { recordTypes, type RecordType } from './record-types.js';

/** Id of one of the five themes. */
export type ThemeId = 'legal-capacity' | 'safety-dignity' | 'business-model' | 'evidence-base' | 'cooperation';

/** A theme of the IOM report on the 2017 Istanbul conference on countering migrant smuggling. */
export interface Theme {
  /** Stable id, e.g. `business-model`. */
  id: ThemeId;
  /** The report's letter for it, `a` to `e`. */
  letter: 'a' | 'b' | 'c' | 'd' | 'e';
  /** The report's title for the theme. */
  title: string;
  /** What evidence the theme asks for. */
  description: string;
  /** Record types that mainly serve the theme (from each schema's `x-themes`). */
  recordTypes: RecordType[];
}

const descriptions: Record<ThemeId, string> = {
  'legal-capacity':
    'National laws measured against the Smuggling Protocol, and the training, legislative assistance and equipment that let police, prosecutors, judges and border agencies apply them.',
  'safety-dignity':
    'Deaths, disappearances, rescues, abuses and the protection and assistance given to smuggled migrants (Protocol Art. 16), so that enforcement does not cost lives or rights.',
  'business-model':
    'How smuggling networks are organised and paid: fees, payment methods, roles, organised criminal groups, and the investigations and prosecutions that dismantle them.',
  'evidence-base':
    'Data and research on smuggling: sources, statistics and their quality, so that policy rests on evidence rather than anecdote.',
  cooperation:
    'Joint investigations, mutual legal assistance, extradition, information exchange and agreements between States and agencies along the routes.',
};

const labels = (common as any).$defs.theme['x-labels'] as Record<ThemeId, string>;
const ids = (common as any).$defs.theme.enum as ThemeId[];

/**
 * The five themes, in the report's order (a) to (e).
 *
 * @example themes.map(t => t.id) // ['legal-capacity', 'safety-dignity', ...]
 */
export const themes: readonly Theme[] = Object.freeze(
  ids.map((id, i) => ({
    id,
    letter: 'abcde'[i] as Theme['letter'],
    title: labels[id].replace(/^\([a-e]\)\s*/, ''),
    description: descriptions[id],
    recordTypes: recordTypes.filter((t) => ((recordSchemas[t] as any)['x-themes'] as string[]).includes(id)),
  })),
);

/** True when `value` is a theme id. */
export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (ids as string[]).includes(value);
}

/** The theme with this id, or undefined. */
export function getTheme(id: string): Theme | undefined {
  return themes.find((t) => t.id === id);
}
