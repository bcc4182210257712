import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themes, recordTypes, idPrefix } from 'smuggling-evidence';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('starts with the two fresh-clone commands', () => {
    const head = readme.split('\n').slice(0, 8).join('\n');
    expect(head).toContain('npm ci && npm start');
    expect(head).toContain('npm ci && npm test');
  });

  it.each(themes.map((t) => [t.id, t] as const))('theme table row for %s matches the schemas', (id, theme) => {
    const row = readme.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
    expect(row, `no README row for theme ${id}`).toBeDefined();
    expect(row).toContain(`(${theme.letter})`);
    expect(row!.split('|').at(-2)!.trim()).toBe(theme.recordTypes.join(', '));
  });

  it.each(recordTypes.map((t) => [t]))('record type table lists %s with its id prefix', (type) => {
    expect(readme).toContain(`| \`${type}\` | \`${idPrefix(type)}-\` |`);
  });
});
