import { describe, expect, it } from 'vitest';
import { describeDataset, listDatasets, loadDatasetFrom } from '../../src/catalogue/catalogue.js';
import { loadDataset } from '../../src/catalogue/node-load-dataset.js';
import { datasetsDir } from '../../src/catalogue/node-dataset-files.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

describe('catalogue', () => {
  it('lists the shipped datasets with their record types', () => {
    const list = listDatasets();
    expect(list.map((d) => d.name)).toEqual(['annual-figures', 'istanbul-2017', 'published-facts', 'synthetic-demo']);
    expect(list.find((d) => d.name === 'istanbul-2017')!.recordTypes).toEqual(['source', 'cooperation-action', 'capacity-building']);
    expect(list.find((d) => d.name === 'synthetic-demo')!.recordTypes).toHaveLength(9);
  });

  it('describes licence, sources, version, files and a citation', () => {
    const d = describeDataset('annual-figures');
    expect(d.licence).toBe('CC-BY-4.0');
    expect(d.version).toBe('1.1.0');
    expect(d.sources.map((s) => s.title).join(' ')).toMatch(/Frontex.*IOM GDI.*Missing Migrants/);
    expect(d.citation).toMatch(/Annual figures.*version 1\.1\.0.*Licence CC-BY-4\.0.*Sources: .*Frontex/);
    expect(d.resources.every((r) => /^sha256:[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    d.title = 'changed';
    expect(describeDataset('annual-figures').title).not.toBe('changed');
  });

  it('names the available datasets when asked for an unknown one', async () => {
    expect(() => describeDataset('nope')).toThrow(/unknown dataset "nope".*istanbul-2017/);
    await expect(loadDataset('nope')).rejects.toThrow(/unknown dataset "nope"/);
  });

  it('loads lazily, a fresh copy each call, with typed values', async () => {
    const a = await loadDataset('istanbul-2017');
    const coop = a['cooperation-action']![0];
    expect(coop.participants).toBe(70);
    expect(coop.themes).toHaveLength(5);
    coop.participants = 1;
    const b = await loadDataset('istanbul-2017');
    expect(b['cooperation-action']![0].participants).toBe(70);
  });

  it('loads through any reader (browsers: fetch), reading only the dataset asked for', async () => {
    const asked: string[] = [];
    const data = await loadDatasetFrom('istanbul-2017', (p) => {
      asked.push(p);
      if (p !== 'source.csv') return readFileSync(path.join(datasetsDir(), 'istanbul-2017', p), 'utf8');
      return 'id,record_type,themes,sensitivity,title,publisher,publisher_type,source_type,year\nsrc-x,source,evidence-base,public,"\'=not a formula",IOM,un,dataset,2018\n';
    });
    expect(asked).toEqual(['source.csv', 'cooperation-action.csv', 'capacity-building.csv']);
    expect(data.source).toEqual([
      { id: 'src-x', record_type: 'source', themes: ['evidence-base'], sensitivity: 'public', title: '=not a formula', publisher: 'IOM', publisher_type: 'un', source_type: 'dataset', year: 2018 },
    ]);
  });

  it('refuses a damaged file with the loader message, naming the file', async () => {
    await expect(loadDatasetFrom('istanbul-2017', () => 'id\nsrc-x\n')).rejects.toThrow(/^istanbul-2017\/source\.csv: .*themes/);
  });
});
