// Devices and FIFOs are refused before they are opened: reading /dev/zero never ends and
// opening a FIFO blocks until a writer comes. Every command says so in one line, exit 2.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCSV, loadNDJSON, streamFile, validateFile } from 'smuggling-evidence/node';
import { assertRegularFile } from '../../src/read/node-regular-file.js';
import { ensureBuilt, runCli } from '../helpers/built-cli.js';

let dir: string;
let fifo: string;
let zero: string;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'se-special-'));
  fifo = join(dir, 'pipe.csv');
  execFileSync('mkfifo', [fifo]);
  zero = join(dir, 'zero.csv');
  symlinkSync('/dev/zero', zero);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('assertRegularFile', () => {
  it('refuses a FIFO and a device (through a symlink), leaves files, folders and missing paths to the read', () => {
    expect(() => assertRegularFile(fifo)).toThrow(/pipe\.csv is not a regular file/);
    expect(() => assertRegularFile(zero)).toThrow(/zero\.csv is not a regular file/);
    expect(() => assertRegularFile(join(dir, 'missing.csv'))).not.toThrow();
    expect(() => assertRegularFile(dir)).not.toThrow();
  });

  it('the library loaders refuse them too', async () => {
    await expect(loadCSV(zero)).rejects.toThrow(/not a regular file/);
    await expect(loadNDJSON(fifo)).rejects.toThrow(/not a regular file/);
    await expect(validateFile(fifo, { type: 'incident' })).rejects.toThrow(/not a file/);
    await expect((async () => { for await (const _ of streamFile(zero)) void _; })()).rejects.toThrow(/not a regular file/);
  });
});

describe('every command refuses a device or FIFO with one line and exit 2', () => {
  const commands = (f: string) => [
    ['validate', f, '--type', 'incident'],
    ['summarize', f, '--type', 'incident'],
    ['convert', f, '--type', 'incident', '--to', 'json'],
    ['import', 'missing-migrants', f, '--out', join(dir, 'out.csv')],
  ];
  it.each(['pipe.csv', 'zero.csv'])('%s', (name) => {
    for (const args of commands(join(dir, name))) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr).toMatch(/not a (regular )?file/);
    }
  });
});
