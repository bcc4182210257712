// datasets/published-facts, read with the library's own loader: the headline counts are
// recomputed from the records (not read from a summary), the sources cross-check, every record
// cites a source, and the dataset is exactly what its script writes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/catalogue/node-load-dataset.js';
import { datasetsDir } from '../../src/catalogue/node-dataset-files.js';
import { repoRoot } from '../adapters/external.js';

type Row = Record<string, any>;
let data: Record<string, Row[]>;
const byIndicator = (indicator: string, date?: string) =>
  data['aggregate-observation'].filter((r) => r.indicator === indicator && (!date || r.period_start === date));
const actions = (source: string) => data['treaty-action'].filter((r) => r.source_ids.includes(source));
const sum = (rows: Row[]) => rows.reduce((n, r) => n + r.value, 0);

beforeAll(async () => {
  data = (await loadDataset('published-facts')) as Record<string, Row[]>;
});

describe('published-facts: Smuggling Protocol status', () => {
  it('has 152 parties and 112 signatories as at 2024-04-26 (UNTC)', () => {
    const parties = byIndicator('treaty-parties', '2024-04-26');
    const signatories = byIndicator('treaty-signatories', '2024-04-26');
    expect(parties.map((r) => r.value)).toEqual([152]);
    expect(signatories.map((r) => r.value)).toEqual([112]);
    for (const r of [...parties, ...signatories]) expect(r).toMatchObject({ treaty: 'som-protocol', unit: 'treaty-participants', source_ids: ['src-untc-xviii-12-b-2024'] });
  });

  it('lists 40 distinct first parties in UN News (2003-11), matching its total and Art. 22 (40th instrument)', () => {
    const first = actions('src-un-news-2003-11-84492');
    const states = new Set(first.map((r) => r.country));
    expect(states.size).toBe(40);
    expect(first).toHaveLength(40);
    expect(byIndicator('treaty-parties', '2003-11').map((r) => r.value)).toEqual([states.size]);
    expect(first.find((r) => r.country === 'AZE')!.notes).toMatch(/40th/);
    expect(first.find((r) => r.country === 'SRB')!.acting_as).toBe('Serbia and Montenegro');
  });

  it('holds the 29 Tractatenblad 2010 rows read: 24 signatures, 25 consents (20 type R, 5 accessions)', () => {
    const trb = actions('src-nl-trb-2010-318');
    expect(new Set(trb.map((r) => r.country)).size).toBe(29);
    expect(trb.filter((r) => r.action === 'signature')).toHaveLength(24);
    const consents = trb.filter((r) => r.action !== 'signature');
    expect(consents).toHaveLength(25);
    expect(consents.filter((r) => r.notation === 'R').every((r) => r.action === 'ratification-acceptance-approval')).toBe(true);
    expect(consents.filter((r) => r.notation === 'R')).toHaveLength(20);
    expect(consents.filter((r) => r.action === 'accession').map((r) => r.country).sort()).toEqual(['ATG', 'BHR', 'BLZ', 'CAF', 'COD']);
    // A consent never precedes its own signature, and the treaty never enters into force before the consent.
    for (const c of consents) {
      const signed = trb.find((r) => r.country === c.country && r.action === 'signature');
      if (signed) expect(signed.action_date <= c.action_date, c.id).toBe(true);
      expect(c.in_force_date > c.action_date, c.id).toBe(true);
    }
  });

  it('cross-checks: every Tractatenblad State bound by 30 Oct 2003 (the 40th instrument) is among the UN News 40', () => {
    const first = new Set(actions('src-un-news-2003-11-84492').map((r) => r.country));
    const early = actions('src-nl-trb-2010-318').filter((r) => r.action !== 'signature' && r.action_date <= '2003-10-30');
    expect(early.length).toBe(12);
    for (const r of early) {
      expect(first.has(r.country), r.country).toBe(true);
      expect(r.in_force_date).toBe('2004-01-28');
    }
  });
});

describe('published-facts: fees', () => {
  it('has the 25 published fee rows, each citing a source and saying how it was read', () => {
    const fees = data['fee-observation'];
    expect(fees).toHaveLength(25);
    for (const f of fees) {
      expect(f.source_ids.length, f.id).toBeGreaterThan(0);
      expect(['read-in-primary', 'read-in-secondary', 'partial-excerpt', 'weak-secondary']).toContain(f.verification);
    }
    // Twelve GloSOM figures read through one news summary; the truncated one carries no amount.
    const glosom = fees.filter((f) => f.source_ids[0] === 'src-unodc-glosom-2018');
    expect(glosom).toHaveLength(12);
    expect(glosom.every((f) => f.cited_via?.[0] === 'src-tellerreport-2019-11-08')).toBe(true);
    const truncated = fees.find((f) => f.verification === 'partial-excerpt')!;
    expect([truncated.amount, truncated.amount_min, truncated.amount_max]).toEqual([undefined, undefined, undefined]);
    expect(fees.find((f) => f.statistic === 'share-in-band')).toMatchObject({ respondent_share_percent: 74, amount_min: 1000, amount_max: 5000 });
    expect(new Set(fees.map((f) => f.currency))).toEqual(new Set(['USD', 'EUR', 'GBP']));
  });
});

describe('published-facts: UK prosecution series and GloSOM', () => {
  it('keeps CPS offences charged (England and Wales) by section and year, as answered', () => {
    const s25 = data['aggregate-observation'].filter((r) => r.id.startsWith('agg-uk-cps-offences-20') && r.id.endsWith('-s25'));
    expect(s25.map((r) => r.value)).toEqual([309, 291, 139, 249, 155]);
    expect(sum(s25)).toBe(1143);
    const fy = data['aggregate-observation'].filter((r) => r.period_type === 'financial-year' && r.id.endsWith('-s25-1'));
    expect(fy).toHaveLength(10);
    expect(sum(fy)).toBe(3569);
    for (const r of [...s25, ...fy]) expect(r).toMatchObject({ unit: 'offences', indicator: 'prosecutions', jurisdiction: 'England and Wales' });
  });

  it('keeps the Home Office 311 charges and 292 convictions (2018-2020) in their own units', () => {
    expect(byIndicator('charges').map((r) => [r.value, r.unit])).toEqual([[311, 'charges']]);
    expect(byIndicator('convictions').filter((r) => r.unit === 'convictions').map((r) => r.value)).toEqual([292]);
    expect(byIndicator('convictions').filter((r) => r.unit === 'defendants').map((r) => r.value)).toEqual([84]);
  });

  it('keeps persons prosecuted 1985-1994 (495 in all) and GloSOM 2016 as a range', () => {
    const prosecuted = data['aggregate-observation'].filter((r) => r.id.startsWith('agg-uk-prosecuted-s25-1-'));
    expect(prosecuted).toHaveLength(10);
    expect(sum(prosecuted)).toBe(495);
    expect(byIndicator('migrants-smuggled')[0]).toMatchObject({ value: 2500000, count_convention: 'minimum' });
    expect(byIndicator('smuggling-revenue')[0]).toMatchObject({ value_min: 5500000000, value_max: 7000000000, unit: 'usd' });
  });
});

describe('published-facts as a dataset', () => {
  it('every record cites a source record of the dataset, and every cited_via resolves', () => {
    const ids = new Set(data.source.map((s) => s.id));
    for (const [type, rows] of Object.entries(data)) {
      for (const r of rows) {
        if (type !== 'source') expect(r.source_ids?.length, r.id).toBeGreaterThan(0);
        for (const id of [...(r.source_ids ?? []), ...(r.cited_via ?? [])]) expect(ids.has(id), `${r.id} → ${id}`).toBe(true);
      }
    }
    const cited = new Set(Object.values(data).flatMap((rows) => rows.flatMap((r) => [...(r.source_ids ?? []), ...(r.cited_via ?? [])])));
    for (const id of ids) expect(cited.has(id), `${id} is cited`).toBe(true);
  });

  it('is exactly what scripts/build-published-facts.ts writes', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'published-facts-')), 'published-facts');
    execFileSync('npx', ['tsx', 'scripts/build-published-facts.ts', out], { cwd: repoRoot, stdio: 'ignore' });
    const hashes = (d: string) => JSON.parse(readFileSync(path.join(d, 'datapackage.json'), 'utf8')).resources.map((r: any) => r.hash);
    expect(hashes(out)).toEqual(hashes(path.join(datasetsDir(), 'published-facts')));
  });
});
