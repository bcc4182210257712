import { describe, expect, it } from 'vitest';
import { spawnCli } from '../helpers/built-cli.js';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = spawnCli;

describe('smuggling-evidence codebook', () => {
  it('codebook prints the same Markdown as the checked-in docs/codebook.md', () => {
    const r = run('codebook');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'docs/codebook.md'), 'utf8'));
  });

  it('codebook --format html --out file writes a standalone page', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'se-codebook-')), 'codebook.html');
    const r = run('codebook', '--format', 'html', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>[\s\S]*<h2 id="type-incident">Incident<\/h2>/);
  });

  it('codebook --format pdf exits 2 naming the formats', () => {
    expect(run('codebook', '--format', 'pdf')).toMatchObject({ status: 2, stderr: expect.stringMatching(/--format must be one of md, html/) });
  });
});
