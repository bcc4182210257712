import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { codebook } from '../../src/codebook/codebook.js';

it('docs/codebook.md is what the schemas generate (run `npm run gen:docs` after editing a schema)', () => {
  const checkedIn = readFileSync(new URL('../../docs/codebook.md', import.meta.url), 'utf8');
  expect(checkedIn === codebook({ format: 'md' }), 'docs/codebook.md is out of date: run `npm run gen:docs`').toBe(true);
});
