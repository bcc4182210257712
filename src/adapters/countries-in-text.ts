import { countryCode } from './countries.js';

// Places MMP location texts name instead of their country, on borders where it matters.
const places: Record<string, string> = {
  texas: 'USA', arizona: 'USA', california: 'USA', 'baja california': 'MEX', 'new mexico': 'USA', ceuta: 'ESP', melilla: 'ESP', 'canary islands': 'ESP',
};

/**
 * The countries a location text names, in the order it names them ("between Yantala, Niger and
 * Tripoli, Libya" → NER, LBY): the longest run of up to six words that is a country name (or a
 * US border state, Ceuta, Melilla) is taken at each position. Only capitalised names count, so
 * common words are never read as countries; two-letter capitals other than US and UK are skipped.
 *
 * @example countriesInText('Drina river, near Roćević, Bosnia and Herzegovina - Serbia border') // ['BIH', 'SRB']
 */
export function countriesInText(text: string): string[] {
  const words = [...text.matchAll(/[\p{L}’'.]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].replace(/\.+$/, '').length }));
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(text[words[i].start])) continue;
    for (let n = Math.min(6, words.length - i); n >= 1; n--) {
      const phrase = text.slice(words[i].start, words[i + n - 1].end);
      if (/[,;()/:]/.test(phrase)) continue;
      if (/^[A-Z]{2}$/.test(phrase) && phrase !== 'US' && phrase !== 'UK') continue;
      const code = places[phrase.toLowerCase()] ?? countryCode(phrase);
      if (code && code !== 'UNK') {
        if (!found.includes(code)) found.push(code);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
