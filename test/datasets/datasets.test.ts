import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDataset } from '../../src/catalogue/node-load-dataset.js';
import { checkDatasetDigests, datasetFolders, datasetsDir } from '../../src/catalogue/node-dataset-files.js';
import { getValidator } from '../../src/model/registry.js';
import { recordTypes, type RecordType } from '../../src/model/record-types.js';
import type { AggregateObservation } from '../../src/model/types.generated.js';
import { externalDir, hasExternal, repoRoot } from '../adapters/external.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { validateDataset } from '../../src/validate/validate-dataset.js';

const dir = datasetsDir();
// Reference fields → the record type whose ids they must name, within the same dataset.
const references: Record<string, RecordType> = { source_ids: 'source', case_ids: 'court-case', cooperation_ids: 'cooperation-action', fee_ids: 'fee-observation' };

describe('shipped datasets', () => {
  it('are the four documented ones', () => {
    expect(datasetFolders(dir)).toEqual(['annual-figures', 'istanbul-2017', 'published-facts', 'synthetic-demo']);
  });

  for (const name of datasetFolders(dir)) {
    describe(name, () => {
      it('declares true bytes and sha256 hashes for every file', () => {
        expect(checkDatasetDigests(path.join(dir, name))).toEqual([]);
      });

      it('is a Data Package v2 with licence, sources, version and a record type per resource', () => {
        const pkg = JSON.parse(readFileSync(path.join(dir, name, 'datapackage.json'), 'utf8'));
        expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
        expect(pkg).toMatchObject({ name, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
        expect(pkg.licenses.length).toBeGreaterThan(0);
        expect(pkg.sources.length).toBeGreaterThan(0);
        expect(pkg.contributors.length).toBeGreaterThan(0);
        for (const r of pkg.resources) {
          expect(r).toMatchObject({ path: `${r.recordType}.csv`, format: 'csv', recordType: r['x-record-type'] });
          expect(r.schema.fields.length).toBeGreaterThan(0);
        }
        expect(readFileSync(path.join(dir, name, 'README.md'), 'utf8').length).toBeGreaterThan(200);
      });

      it('passes validateDataset, read with the library loader (schemas, rules, ids, foreign keys)', () => {
        const pkg = JSON.parse(readFileSync(path.join(dir, name, 'datapackage.json'), 'utf8'));
        const resources = pkg.resources.map((r: any) => ({
          name: r.path,
          type: r.recordType,
          data: fromCSV(readFileSync(path.join(dir, name, r.path)), { type: r.recordType }),
        }));
        const report = validateDataset(resources);
        expect(report.errors).toEqual([]);
        expect(report.valid).toBe(true);
      });

      it('validates: every record against its schema, unique ids, and every reference resolves', async () => {
        const data = await loadDataset(name);
        const ids = new Map<string, Set<string>>();
        for (const [type, records] of Object.entries(data)) ids.set(type, new Set(records!.map((r) => r.id as string)));
        for (const [type, records] of Object.entries(data) as [RecordType, readonly object[]][]) {
          const validate = getValidator(type);
          expect(ids.get(type)!.size, `${type}: ids are unique`).toBe(records.length);
          for (const r of records) {
            if (!validate(r)) throw new Error(`${name}/${type} ${String((r as { id?: unknown }).id)}: ${JSON.stringify(validate.errors?.[0])}`);
            for (const [field, target] of Object.entries(references)) {
              for (const ref of ((r as Record<string, unknown>)[field] as string[] | undefined) ?? []) {
                expect(ids.get(target)?.has(ref), `${name}: ${String((r as { id?: unknown }).id)}.${field} → ${ref}`).toBe(true);
              }
            }
          }
        }
      });
    });
  }

  it('istanbul-2017 holds the conference facts of the IOM report', async () => {
    const data = await loadDataset('istanbul-2017');
    const coop = data['cooperation-action']!.find((r) => r.id === 'coop-istanbul-2017')!;
    expect(coop).toMatchObject({ action_type: 'regional-conference', start_date: '2017-07-05', end_date: '2017-07-06', venue_country: 'TUR', organiser_countries: ['TUR'], facilitators: ['iom'], participants: 70 });
    expect(coop.requesting_country).toBeUndefined();
    expect(data['cooperation-action']![1]).toMatchObject({ id: 'coop-vienna-2017-side-event', venue_country: 'AUT', organiser_countries: ['TUR'], countries: ['TUR'] });
    expect(coop.themes).toEqual(['legal-capacity', 'safety-dignity', 'business-model', 'evidence-base', 'cooperation']);
    expect(data.source!.map((s) => s.source_type)).toEqual(['conference-report', 'conference-report']);
    expect(data['capacity-building']![0]).toMatchObject({ activity_type: 'conference', host_country: 'TUR' });
  });

  it('synthetic-demo says "synthetic" in its name, title, description and every record', async () => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'synthetic-demo/datapackage.json'), 'utf8'));
    for (const text of [pkg.name, pkg.title, pkg.description]) expect(text.toLowerCase()).toContain('synthetic');
    const data = await loadDataset('synthetic-demo');
    expect(Object.keys(data).sort()).toHaveLength(recordTypes.length);
    for (const records of Object.values(data)) for (const r of records!) expect(String(r.notes)).toMatch(/^Synthetic record/);
  });

  it('synthetic-demo regenerates byte for byte from its seed', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'se-synth-'));
    execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--size', '200', '--seed', '2017', '--out', out], { cwd: repoRoot, stdio: 'ignore' });
    expect(checkDatasetDigests(out)).toEqual([]);
    const shipped = JSON.parse(readFileSync(path.join(dir, 'synthetic-demo/datapackage.json'), 'utf8')).resources.map((r: any) => r.hash);
    const again = JSON.parse(readFileSync(path.join(out, 'datapackage.json'), 'utf8')).resources.map((r: any) => r.hash);
    expect(again).toEqual(shipped);
  }, 60_000);
});

describe('annual-figures', () => {
  it('reproduces the Frontex and MMP figures of the PROVENANCE files', async () => {
    const records = (await loadDataset('annual-figures'))['aggregate-observation']!;
    const sum = (f: (r: AggregateObservation) => boolean) => records.filter(f).reduce((s, r) => s + (r.value ?? 0), 0);
    const frontex = (y: string) => (r: AggregateObservation) => r.indicator === 'ibc-detections' && String(r.period_start).startsWith(y);
    expect(sum(frontex('2015'))).toBe(1822102);
    expect(sum(frontex('2023'))).toBe(381319);
    expect(sum((r) => frontex('2023')(r) && r.route === 'central-mediterranean')).toBe(158026);
    expect(sum(frontex('2025'))).toBe(50226);
    const mmp = (y: string) => (r: AggregateObservation) => r.indicator === 'dead-and-missing' && r.period_start === y;
    expect(sum((r) => mmp('2019')(r) && r.region === 'mediterranean')).toBe(1885);
    expect(sum((r) => mmp('2021')(r) && r.region === 'mediterranean')).toBe(2048);
    expect(sum((r) => mmp('2016')(r) && r.route === 'central-mediterranean')).toBe(4574);
    expect(sum(mmp('2021'))).toBe(5895);
  });

  it.skipIf(!hasExternal)('is exactly what scripts/build-annual-figures.ts makes from the raw files', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'se-annual-'));
    execFileSync('npx', ['tsx', 'scripts/build-annual-figures.ts', externalDir, out], { cwd: repoRoot, stdio: 'ignore' });
    const hashes = (d: string) => JSON.parse(readFileSync(path.join(d, 'datapackage.json'), 'utf8')).resources.map((r: any) => r.hash);
    expect(hashes(out)).toEqual(hashes(path.join(dir, 'annual-figures')));
  }, 120_000);
});
