import { trigrams, trigramSimilarity } from './similarity.js';

type Incident = Record<string, unknown>;

/** One candidate pair: the same incident in two files, with how closely each field agreed. */
export interface IncidentLink {
  a_id: string;
  b_id: string;
  /** 0–1: the weighted agreement of date, place, counts, cause, route and text. */
  score: number;
  /** Which fields agreed and how closely, e.g. `date 1 d; 0.4 km; dead_and_missing 12=12; cause same; text 0.91`. */
  reasons: string;
}

/** Options of {@link linkIncidents}. */
export interface LinkOptions {
  /** Largest date difference in days for a candidate (default 31: reported vs incident dates, revisions). */
  maxDays?: number;
  /** Largest distance in km between two points for a candidate (default 300). */
  maxKm?: number;
  /** Pairs scoring below this are not written (default 0.5). */
  minScore?: number;
  /** Keep only the best pair of each record, one-to-one (default true). */
  oneToOne?: boolean;
}

interface Prepared {
  id: string;
  day: number | undefined;
  /** Days of uncertainty of the date: 0 for a day, 15 for a month, 183 for a year. */
  slack: number;
  lat?: number;
  lon?: number;
  country: string;
  total: number | undefined;
  causes: string[];
  route: string;
  text: Map<string, number>;
}

const DAY = 86_400_000;

function prepare(r: Incident, i: number): Prepared {
  const date = typeof r.date === 'string' ? r.date : '';
  const [y, m, d] = date.split('-').map(Number);
  const slack = d ? 0 : m ? 15 : 183;
  const day = y ? Math.floor(Date.UTC(y, (m || 7) - 1, d || (m ? 15 : 1)) / DAY) : undefined;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const total = num(r.dead_and_missing) ?? (num(r.dead) !== undefined || num(r.missing) !== undefined ? (num(r.dead) ?? 0) + (num(r.missing) ?? 0) : undefined);
  return {
    id: typeof r.id === 'string' ? r.id : `row-${i + 1}`,
    day,
    slack,
    lat: num(r.latitude),
    lon: num(r.longitude),
    country: typeof r.country === 'string' ? r.country : 'UNK',
    total,
    causes: Array.isArray(r.cause_of_death) ? (r.cause_of_death as string[]) : [],
    route: typeof r.route === 'string' ? r.route : '',
    text: trigrams(typeof r.location_text === 'string' ? r.location_text : ''),
  };
}

function km(a: Prepared, b: Prepared): number | undefined {
  if (a.lat === undefined || a.lon === undefined || b.lat === undefined || b.lon === undefined) return undefined;
  const rad = Math.PI / 180;
  const s = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(s)));
}

// Weights: the date and the place carry most of the evidence, the count breaks ties between the
// several incidents of one busy day and place, cause and route rule out the rest.
function compare(a: Prepared, b: Prepared, maxKm: number): { score: number; reasons: string } | undefined {
  const parts: string[] = [];
  let score = 0;
  let weight = 0;
  const add = (w: number, s: number) => {
    score += w * s;
    weight += w;
  };
  const days = Math.max(0, Math.abs(a.day! - b.day!) - a.slack - b.slack);
  add(3, Math.exp(-days / 4));
  parts.push(`date ${days} d`);
  const dist = km(a, b);
  if (dist !== undefined) {
    if (dist > maxKm) return undefined;
    add(3, dist < 1 ? 1 : Math.exp(-dist / 25));
    parts.push(`${dist < 10 ? dist.toFixed(1) : Math.round(dist)} km`);
  } else if (a.country !== 'UNK' && b.country !== 'UNK') {
    add(1.5, a.country === b.country ? 1 : 0);
    parts.push(a.country === b.country ? `country ${a.country}` : `country ${a.country}≠${b.country}`);
  }
  if (a.total !== undefined && b.total !== undefined) {
    const diff = Math.abs(a.total - b.total);
    add(2.5, diff === 0 ? 1 : Math.max(0, 1 - diff / Math.max(2, 0.5 * Math.max(a.total, b.total))));
    parts.push(`dead_and_missing ${a.total}${diff ? '≠' : '='}${b.total}`);
  }
  if (a.causes.length && b.causes.length) {
    const same = a.causes.filter((c) => b.causes.includes(c)).length;
    add(1, same / Math.max(a.causes.length, b.causes.length));
    parts.push(same ? (same === a.causes.length && same === b.causes.length ? 'cause same' : 'cause overlaps') : 'cause differs');
  }
  if (a.route && b.route) {
    add(0.5, a.route === b.route ? 1 : 0);
    parts.push(a.route === b.route ? 'route same' : 'route differs');
  }
  if (a.text.size && b.text.size) {
    const t = trigramSimilarity(a.text, b.text);
    add(1.5, t);
    parts.push(`text ${t.toFixed(2)}`);
  }
  return { score: score / weight, reasons: parts.join('; ') };
}

/**
 * Candidate pairs of the same incident in two lists (another vintage, another source), found
 * without ids or URLs: blocking on date (± `maxDays`) and place (± `maxKm`, or the same country
 * without coordinates), then a weighted comparison of date, coordinates, dead and missing,
 * cause, route and location text. Returns pairs scoring at least `minScore`, best first; by
 * default each record is in at most one pair (greedy on score). Linear in the input plus the
 * candidates of each block: 10–20 thousand records a side take a few seconds.
 *
 * @example linkIncidents(mmp2020, mmp2022)[0] // { a_id: 'inc-mmp-2020-…', b_id: 'inc-mmp-2022-…', score: 0.97, reasons: 'date 1 d; 0.0 km; …' }
 */
export function linkIncidents(a: readonly object[], b: readonly object[], options: LinkOptions = {}): IncidentLink[] {
  const maxDays = options.maxDays ?? 31;
  const maxKm = options.maxKm ?? 300;
  const minScore = options.minScore ?? 0.5;
  const pa = (a as Incident[]).map(prepare);
  const pb = (b as Incident[]).map(prepare);
  // Block B by week: a candidate is in the weeks the date window of an A record covers.
  const weeks = new Map<number, number[]>();
  pb.forEach((r, j) => {
    if (r.day === undefined) return;
    for (let w = Math.floor((r.day - r.slack) / 7); w <= Math.floor((r.day + r.slack) / 7); w++) {
      let list = weeks.get(w);
      if (!list) weeks.set(w, (list = []));
      list.push(j);
    }
  });
  const pairs: IncidentLink[] = [];
  for (const x of pa) {
    if (x.day === undefined) continue;
    const seen = new Set<number>();
    for (let w = Math.floor((x.day - x.slack - maxDays) / 7); w <= Math.floor((x.day + x.slack + maxDays) / 7); w++) {
      for (const j of weeks.get(w) ?? []) {
        if (seen.has(j)) continue;
        seen.add(j);
        const y = pb[j];
        if (Math.abs(x.day - y.day!) - x.slack - y.slack > maxDays) continue;
        if (x.lat !== undefined && y.lat !== undefined && Math.abs(x.lat - y.lat) * 111 > maxKm) continue;
        if ((x.lat === undefined || y.lat === undefined) && x.country !== y.country && x.country !== 'UNK' && y.country !== 'UNK') continue;
        const c = compare(x, y, maxKm);
        if (c && c.score >= minScore) pairs.push({ a_id: x.id, b_id: y.id, score: Math.round(c.score * 1000) / 1000, reasons: c.reasons });
      }
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.a_id.localeCompare(q.a_id) || p.b_id.localeCompare(q.b_id));
  if (options.oneToOne === false) return pairs;
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  return pairs.filter((p) => {
    if (usedA.has(p.a_id) || usedB.has(p.b_id)) return false;
    usedA.add(p.a_id);
    usedB.add(p.b_id);
    return true;
  });
}
