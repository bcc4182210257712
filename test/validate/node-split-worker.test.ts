// The worker thread of split files: started ahead by the CLI (warmSplitWorker) only for a file
// that will be split, then taken by the next part and kept, idle, for the one after.
import { availableParallelism } from 'node:os';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idleWorker, runPart, SPLIT_MIN_BYTES, warmSplitWorker } from '../../src/validate/node-split-worker.js';
import { ensureBuilt } from '../helpers/built-cli.js';

let dir: string;
beforeAll(() => {
  ensureBuilt(); // the worker's script is dist/node-worker.js
  dir = mkdtempSync(join(tmpdir(), 'se-split-worker-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sized = (name: string, bytes: number) => {
  const file = join(dir, name);
  writeFileSync(file, '');
  truncateSync(file, bytes);
  return file;
};

describe.skipIf(availableParallelism() < 2)('warmSplitWorker', () => {
  it('starts no worker for small files, JSON files or paths that are not files', () => {
    warmSplitWorker([sized('small.csv', 1000), sized('big.json', SPLIT_MIN_BYTES + 1), dir, join(dir, 'missing.csv')]);
    expect(idleWorker()).toBe(false);
  });

  it('starts one for a CSV file big enough to split; the next part runs on it, and it waits again after', async () => {
    warmSplitWorker([sized('big.csv', SPLIT_MIN_BYTES + 1)]);
    expect(idleWorker()).toBe(true);
    const file = join(dir, 'part.csv');
    const header = 'id,record_type,themes,source_ids,date,country,dead\n';
    writeFileSync(file, header + 'inc-1,incident,evidence-base,src-1,2019-01-01,ITA,1\ninc-2,incident,evidence-base,src-1,2019-01-02,ITA,2\n');
    const start = header.length + 'inc-1,incident,evidence-base,src-1,2019-01-01,ITA,1\n'.length;
    const pending = runPart({ path: file, header: header.length, start, options: { type: 'incident', today: '2026-12-01' } }, () => {});
    expect(idleWorker()).toBe(false); // taken by the part
    const part = await pending;
    expect(idleWorker()).toBe(true); // parked again for the next
    expect(part?.rows).toBe(1);
    expect(part?.type).toBe('incident');
  });
});
