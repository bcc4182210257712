import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getFields, recordTypes } from 'smuggling-evidence';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = spawnCli;

describe('smuggling-evidence template', () => {
  it.each(recordTypes)('template %s prints the headers in schema order', (type) => {
    const r = run('template', type);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(getFields(type).map((f) => f.name).join(',') + '\n');
  });

  const examples = join(root, 'examples/data/incident.csv');
  it.skipIf(!existsSync(examples))('template incident --example --out file adds the example rows', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'se-template-')), 'incident.csv');
    const r = run('template', 'incident', '--example', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(getFields('incident').map((f) => f.name).join(','));
    expect(lines.length).toBeGreaterThan(1);
  });

  it('template with an unknown or no type exits 2 and lists the types', () => {
    expect(run('template', 'case')).toMatchObject({ status: 2, stderr: expect.stringMatching(/unknown record type "case"; use one of incident, court-case/) });
    expect(run('template').status).toBe(2);
  });
});
