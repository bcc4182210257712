/**
 * Writes docs/codebook.md from the JSON Schemas. test/codebook/codebook-file.test.ts
 * fails when the checked-in file differs from what this script generates, so run
 * `npm run gen:docs` after editing a schema.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codebook } from '../src/codebook/codebook.js';

const target = fileURLToPath(new URL('../docs/codebook.md', import.meta.url));
writeFileSync(target, codebook({ format: 'md' }));
console.log(`wrote ${target}`);
