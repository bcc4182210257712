/**
 * The validators generated for the page (Ajv standalone code, annotations left out) judge
 * records exactly as the core's Ajv does: same verdict, same errors (path, keyword,
 * params), on every example record and on copies with each field broken. Runs in Node.
 */
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCSV, getValidator, recordTypes, type RecordType } from '../../src/index.js';
import { root } from './browser.js';

let generated: Record<string, any>;
const dir = mkdtempSync(join(tmpdir(), 'se-validators-'));

beforeAll(async () => {
  // The generated module calls require() for Ajv's runtime helpers; bundle it as the page build does.
  await build({ entryPoints: [join(root, 'web/gen/validators.js')], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'v.mjs'), logLevel: 'error' });
  generated = await import(pathToFileURL(join(dir, 'v.mjs')).href);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const brokenValues: unknown[] = ['not-a-valid-value', -1, 1.5, '', null, ['x'], { a: 1 }, '2017-02-30', 99999];

function verdict(v: any, record: unknown) {
  const ok = v(record);
  return { ok, errors: (v.errors ?? []).map((e: any) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).sort() };
}

describe('generated page validators', () => {
  it.each(readdirSync(join(root, 'examples/data')).map((f) => [f]))('agree with the core on %s and its broken copies', (file) => {
    const { records, type } = fromCSV(readFileSync(join(root, 'examples/data', file)));
    expect(recordTypes).toContain(type);
    const core = getValidator(type as RecordType);
    const page = generated[(type as string).replace(/-/g, '_')];
    let compared = 0;
    for (const record of records) {
      expect(verdict(page, record)).toEqual(verdict(core, record));
      for (const field of Object.keys(record)) {
        for (const bad of brokenValues) {
          const copy = { ...record, [field]: bad };
          expect(verdict(page, copy), `${file} ${field}=${JSON.stringify(bad)}`).toEqual(verdict(core, copy));
          compared++;
        }
      }
      const extra = { ...record, unknown_field: 1 };
      expect(verdict(page, extra)).toEqual(verdict(core, extra));
    }
    expect(compared).toBeGreaterThan(0);
  });
});
