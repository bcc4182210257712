import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from '../../scripts/gen-errors-doc.js';
import { errorTypes } from '../../src/errors/index.js';

const doc = fileURLToPath(new URL('../../docs/errors.md', import.meta.url));

describe('docs/errors.md', () => {
  it('is what scripts/gen-errors-doc.ts renders from the catalogue (run it after changing src/errors/)', () => {
    expect(readFileSync(doc, 'utf8')).toBe(renderErrorsDoc());
  });
  it('documents every code', () => {
    const text = renderErrorsDoc();
    for (const e of errorTypes) expect(text).toContain(`## ${e.code}`);
  });
});
