// Measures `link` on two MMP vintages: the 2020 "Web ID" and the 2022 "Main ID" exports share no
// id, but many incidents keep their report URL. Pairs whose URL occurs once in each file are the
// truth; the URLs are then removed from both inputs and the linker is scored against that truth.
// Usage: npx tsx scripts/measure-linking.ts [external-dir]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMissingMigrants } from '../src/adapters/missing-migrants.js';
import { linkIncidents, type LinkOptions } from '../src/link/link-incidents.js';

type Incident = Record<string, unknown>;

/** Precision and recall of the links against the URL truth set. */
export interface LinkingFigures {
  a: number;
  b: number;
  truth: number;
  /** Links that involve a record of the truth set (the only ones that can be judged). */
  judged: number;
  correct: number;
  precision: number;
  recall: number;
  seconds: number;
}

function urlsOf(r: Incident): string[] {
  return [...new Set([...(Array.isArray(r.source_urls) ? (r.source_urls as string[]) : []), ...(typeof r.source_url === 'string' ? [r.source_url] : [])])];
}

/** URL → record id, for URLs that occur in exactly one record of the file. */
function uniqueUrls(records: Incident[]): Map<string, string> {
  const count = new Map<string, number>();
  const owner = new Map<string, string>();
  for (const r of records) for (const u of urlsOf(r)) {
    count.set(u, (count.get(u) ?? 0) + 1);
    owner.set(u, r.id as string);
  }
  return new Map([...owner].filter(([u]) => count.get(u) === 1));
}

/** Pairs (a id → b id) whose URL is unique in both files; records pointing two ways are left out. */
export function urlTruth(a: Incident[], b: Incident[]): Map<string, string> {
  const ua = uniqueUrls(a);
  const ub = uniqueUrls(b);
  const pairs = new Map<string, Set<string>>();
  const back = new Map<string, Set<string>>();
  for (const [u, ida] of ua) {
    const idb = ub.get(u);
    if (!idb) continue;
    (pairs.get(ida) ?? pairs.set(ida, new Set()).get(ida)!).add(idb);
    (back.get(idb) ?? back.set(idb, new Set()).get(idb)!).add(ida);
  }
  const truth = new Map<string, string>();
  for (const [ida, ids] of pairs) {
    const [idb] = ids;
    if (ids.size === 1 && back.get(idb)!.size === 1) truth.set(ida, idb);
  }
  return truth;
}

const withoutUrls = (r: Incident): Incident => {
  const { source_url: _u, source_urls: _us, ...rest } = r;
  return rest;
};

/**
 * Link two record lists with their URLs removed and score the links against the URL truth.
 *
 * @example measureLinking(mmp2020, mmp2022).precision
 */
export function measureLinking(a: Incident[], b: Incident[], options: LinkOptions = {}): LinkingFigures {
  const truth = urlTruth(a, b);
  const truthB = new Set(truth.values());
  const started = performance.now();
  const links = linkIncidents(a.map(withoutUrls), b.map(withoutUrls), options);
  const seconds = (performance.now() - started) / 1000;
  const judged = links.filter((l) => truth.has(l.a_id) || truthB.has(l.b_id));
  const correct = judged.filter((l) => truth.get(l.a_id) === l.b_id).length;
  return { a: a.length, b: b.length, truth: truth.size, judged: judged.length, correct, precision: correct / judged.length, recall: correct / truth.size, seconds };
}

/** The figures as the lines the docs quote. */
export function formatLinking(f: LinkingFigures): string {
  return [
    `records: ${f.a} (2020 Web ID) × ${f.b} (2022 Main ID); truth pairs (URL unique in both): ${f.truth}`,
    `links judged ${f.judged}, correct ${f.correct}: precision ${f.precision.toFixed(4)}, recall ${f.recall.toFixed(4)}`,
    `linking took ${f.seconds.toFixed(1)} s`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = process.argv[2] ?? path.join(root, '../shared/data/external');
  const load = (f: string) => importMissingMigrants(readFileSync(path.join(dir, f))).records as unknown as Incident[];
  const a = load('mmp-2020-webid/MissingMigrants-Global-2020-01-08T14-05-32.csv');
  const b = load('mmp-2022-mainid/Missing_Migrants_Global_Figures.csv');
  console.log(formatLinking(measureLinking(a, b)));
}
