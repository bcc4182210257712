import { describe, expect, it } from 'vitest';
import { getFields, getSchema, recordTypes, themes } from 'smuggling-evidence';
import { codebook } from '../../src/codebook/codebook.js';

const md = codebook();

describe('codebook', () => {
  it('codebook() has a section per theme listing the record types that serve it', () => {
    for (const t of themes) {
      const section = md.split(`<a id="theme-${t.id}"></a>`)[1].split('<a id=')[0];
      for (const type of t.recordTypes) expect(section).toContain(`(#type-${type})`);
    }
  });

  it('codebook() has a table row for every field of every record type, in schema order', () => {
    for (const type of recordTypes) {
      const section = md.split(`<a id="type-${type}"></a>`)[1].split(/<a id="(?:type-|vocabularies)/)[0];
      const names = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
      expect(names).toEqual(getFields(type).map((f) => f.name));
      expect(section).toContain(`## ${getSchema(type).title}`);
    }
  });

  it('codebook() gives codes with their labels, units, examples and Protocol articles', () => {
    expect(md).toContain('`drowning` Drowning');
    expect(md).toMatch(/\| `dead` \|.*\| persons; convention in `count_convention` \| `4` \|/);
    expect(md).toMatch(/\| `conveyance` \|.*\| Art\. 10\(1\)\(a\), 10\(1\)\(d\) \|/);
  });

  it('codebook() lists each shared vocabulary once, countries with their M49 region', () => {
    expect(md).toContain('[Country (ISO 3166-1 alpha-3)](#vocabulary-country) (251 codes)');
    expect(md).toMatch(/^\| `TUR` \| T.rkiye \| `asia` \| `western-asia` \|$/m);
  });

  it('codebook({format: "html"}) is a standalone page with the same sections and escaped text', () => {
    const html = codebook({ format: 'html' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<h2 id="type-incident">Incident</h2>');
    expect(html).toContain('<code>drowning</code> Drowning');
    expect(html).not.toMatch(/<script/i);
  });

  it('codebook({types}) describes only the types asked for', () => {
    const one = codebook({ types: ['source'] });
    expect(one).toContain('<a id="type-source"></a>');
    expect(one).not.toContain('<a id="type-incident"></a>');
  });

  it('codebook({format: "pdf"}) throws, naming the formats', () => {
    expect(() => codebook({ format: 'pdf' as never })).toThrow(/use md or html/);
  });
});
