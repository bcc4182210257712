/**
 * What personal data looks like in free text, as plain data: the kinds `personal-data` reports and their patterns.
 * Patterns are linear (no nested quantifiers) and run on texts the schemas bound to a few thousand characters.
 *
 *   personalDataKinds: { kind, label, pattern }[]
 *   findPersonalData(text, urlField?): kinds found (never the matched text)
 */

/** One kind of personal data. */
export interface PersonalDataKind {
  kind: 'email' | 'phone' | 'passport' | 'docket' | 'date-of-birth';
  label: string;
  pattern: RegExp;
  /** Also looked for in URL fields (most patterns would match ids in paths). */
  inUrls: boolean;
}

/**
 * The kinds, most specific first.
 *
 * @example personalDataKinds.map((k) => k.kind) // ['email', 'date-of-birth', 'passport', 'docket', 'phone']
 */
export const personalDataKinds: readonly PersonalDataKind[] = Object.freeze([
  { kind: 'email', label: 'an e-mail address', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/, inUrls: true },
  {
    kind: 'date-of-birth',
    label: 'a date of birth',
    pattern: /\b(?:born(?: on)?|date of birth|d\.?o\.?b\.?|n[ée]e? le|geb(?:oren|\.)(?: am)?|fecha de nacimiento)\s*[:\-]?\s*(?:\d{1,4}[./-]\d{1,2}|\d{1,2}\s+[A-Za-z]{3,}|[A-Za-z]{3,}\s+\d{1,2}|\d{4}\b)/i,
    inUrls: false,
  },
  { kind: 'passport', label: 'a passport-like number', pattern: /\b(?:passport(?: (?:no|number))?\.?\s*[:#]?\s*[A-Z]{0,2}\d[A-Z0-9]{5,8}\b|[A-Z]{1,2}\d{7,8}\b)/i, inUrls: false },
  {
    kind: 'docket',
    label: 'a docket-like case number',
    // "case 123/2019", "docket no. CR-2017-0042", "n° 1234/17" (a slash after a bare "no": not a street number).
    pattern: /\b(?:(?:case|docket|file|dossier|aktenzeichen|az|r\.?g\.?)(?:\s+(?:no|nr|number))?\.?\s*[:#]?\s*[A-Z]{0,4}[\s-]?\d{1,6}\s?[/.-]\s?\d{2,6}|(?:n[°º]|no|nr)\.?\s*\d{1,6}\/\d{2,4})\b/i,
    inUrls: false,
  },
  { kind: 'phone', label: 'a phone number', pattern: /(?:^|[^\w+])(?:\+|00)[1-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}(?!\w)/, inUrls: true },
]);

// Keep in step with the patterns above: each one matches only text holding one of these.
const ANY_NEEDED = /[0-9@]/;

/**
 * False when a text cannot hold any kind (no digit, no `@`): the common case, answered
 * without building a result.
 *
 * @example mayHoldPersonalData('Synthetic benchmark row') // false
 */
export function mayHoldPersonalData(text: string): boolean {
  return ANY_NEEDED.test(text);
}

/**
 * The kinds of personal data a text seems to hold (labels only: the match itself is never returned).
 *
 * @example findPersonalData('contact ali@example.org, +90 532 123 45 67') // ['an e-mail address', 'a phone number']
 */
export function findPersonalData(text: string, urlField = false): string[] {
  // Every kind needs a digit or an `@`: a text with neither is clean without running a pattern.
  if (!mayHoldPersonalData(text)) return [];
  const out: string[] = [];
  for (const k of personalDataKinds) if ((!urlField || k.inUrls) && k.pattern.test(text)) out.push(k.label);
  return out;
}
