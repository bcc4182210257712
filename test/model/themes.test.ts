import { describe, expect, it } from 'vitest';
import { getSchema, getTheme, isThemeId, recordTypes, themes } from 'smuggling-evidence';

describe('themes', () => {
  it('are the five themes of the Istanbul conference report, in the order (a) to (e)', () => {
    expect(themes.map((t) => [t.letter, t.id])).toEqual([
      ['a', 'legal-capacity'],
      ['b', 'safety-dignity'],
      ['c', 'business-model'],
      ['d', 'evidence-base'],
      ['e', 'cooperation'],
    ]);
  });

  it("carry the report's titles, without the letter", () => {
    expect(themes.map((t) => t.title)).toEqual([
      'Legal frameworks and capacity-building',
      'Countering smuggling while ensuring the safety and dignity of migrants',
      'Dismantling the business model: organized criminal networks',
      'Strengthening the evidence base',
      'Regional and international cooperation',
    ]);
  });

  it('each have a description of the evidence they ask for', () => {
    for (const t of themes) expect(t.description.length, t.id).toBeGreaterThan(40);
    expect(new Set(themes.map((t) => t.description)).size).toBe(5);
  });

  it('are each served by at least one record type, as the schemas declare in x-themes', () => {
    for (const t of themes) {
      expect(t.recordTypes.length, t.id).toBeGreaterThan(0);
      for (const type of t.recordTypes) expect(getSchema(type)['x-themes'], `${type} → ${t.id}`).toContain(t.id);
    }
    for (const type of recordTypes) {
      for (const id of getSchema(type)['x-themes']) {
        expect(getTheme(id)?.recordTypes, `${type} declares ${id}`).toContain(type);
      }
    }
  });

  it('map the record types to the themes they mainly serve', () => {
    expect(getTheme('legal-capacity')?.recordTypes).toEqual(expect.arrayContaining(['legal-provision', 'capacity-building', 'court-case']));
    expect(getTheme('safety-dignity')?.recordTypes).toContain('incident');
    expect(getTheme('business-model')?.recordTypes).toEqual(expect.arrayContaining(['fee-observation', 'court-case']));
    expect(getTheme('evidence-base')?.recordTypes).toEqual(expect.arrayContaining(['source', 'aggregate-observation']));
    expect(getTheme('cooperation')?.recordTypes).toContain('cooperation-action');
  });

  it('are frozen, so no caller can change them for everyone', () => {
    expect(Object.isFrozen(themes)).toBe(true);
  });
});

describe('getTheme / isThemeId', () => {
  it('getTheme finds a theme by id', () => {
    expect(getTheme('cooperation')?.letter).toBe('e');
    expect(getTheme('evidence-base')?.title).toBe('Strengthening the evidence base');
  });

  it('getTheme returns undefined for a letter, a label or an unknown id', () => {
    for (const x of ['e', 'Cooperation', '(e) Regional and international cooperation', 'legal_capacity', '']) {
      expect(getTheme(x), x).toBeUndefined();
    }
  });

  it('isThemeId accepts the five ids only', () => {
    for (const t of themes) expect(isThemeId(t.id)).toBe(true);
    for (const x of ['a', 'smuggling', 'Legal-capacity', 3, null, undefined, {}]) expect(isThemeId(x), String(x)).toBe(false);
  });
});
