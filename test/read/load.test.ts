import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '../../src/read/load.js';
import * as node from '../../src/read/node-load.js';
import { collect } from '../../src/read/stream.js';

const fixtures = fileURLToPath(new URL('../fixtures/validate/', import.meta.url));
const csvPath = fixtures + 'incident-valid.csv';
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/incident.csv') res.end(readFileSync(csvPath));
    else if (req.url === '/incident.ndjson') res.end(readFileSync(fixtures + 'incident.ndjson'));
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('core loaders (browser-safe): URL and Blob', () => {
  it('loadCSV reads a URL', async () => {
    const r = await core.loadCSV(`${base}/incident.csv`);
    expect(r.records).toHaveLength(3);
    expect(r.type).toBe('incident');
  });
  it('loadNDJSON reads a URL', async () => {
    const r = await core.loadNDJSON(`${base}/incident.ndjson`);
    expect(r.rows.map((x) => x.row)).toEqual([1, 2, 4, 5]);
  });
  it('loadCSV reads a Blob / File', async () => {
    const file = new File([readFileSync(csvPath)], 'incident.csv', { type: 'text/csv' });
    const r = await core.loadCSV(file);
    expect(r.records[0].id).toBe('inc-t1');
  });
  it('loadJSON reads a Blob', async () => {
    const r = await core.loadJSON(new Blob(['[{"id":"inc-1"}]']));
    expect(r.records).toEqual([{ id: 'inc-1' }]);
  });
  it('a missing URL is a ReadError naming the status', async () => {
    await expect(core.loadCSV(`${base}/nope.csv`)).rejects.toThrow(/HTTP 404/);
  });
});

describe('Node loaders: also file paths and file: URLs', () => {
  it('loadCSV reads a path, a file: URL and an http URL alike', async () => {
    const a = await node.loadCSV(csvPath);
    const b = await node.loadCSV(pathToFileURL(csvPath));
    const c = await node.loadCSV(`${base}/incident.csv`);
    expect(b.records).toEqual(a.records);
    expect(c.records).toEqual(a.records);
  });
  it('a missing file is a ReadError, not a stack trace', async () => {
    await expect(node.loadCSV(fixtures + 'nope.csv')).rejects.toThrow(/no such file or folder/);
  });
  it('streamFile streams a file by its extension', async () => {
    const r = await collect(node.streamFile(csvPath));
    expect(r.records).toEqual((await node.loadCSV(csvPath)).records);
    await expect(collect(node.streamFile(fixtures + 'dataset/README.md'))).rejects.toThrow(/cannot tell the format/);
  });
});
