// Seeded synthetic incident CSV for the benchmark (mulberry32, like perf-baseline.md).
// Every row is a valid `incident` record; the file says it is synthetic in every `notes` cell.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export function mulberry32(seed) {
  return function () {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const countries = ['ITA', 'GRC', 'ESP', 'LBY', 'TUN', 'TUR', 'MAR', 'DZA', 'EGY', 'MEX', 'USA', 'GTM', 'NER', 'SDN', 'YEM', 'DJI', 'AFG', 'IRN', 'BGD', 'MMR', 'PAN', 'COL', 'FRA', 'GBR', 'MLT', 'CYP', 'SEN', 'MRT', 'GMB', 'HRV', 'SRB', 'BIH', 'BLR', 'POL', 'LTU', 'HTI', 'DOM', 'CUB', 'COM', 'MYT'];
const routes = ['central-mediterranean', 'eastern-mediterranean', 'western-mediterranean', 'western-african-atlantic', 'western-balkans', 'us-mexico-border', 'horn-of-africa-to-yemen', 'darien'];
const themes = ['safety-dignity', 'business-model', 'evidence-base', 'safety-dignity;evidence-base', 'business-model;safety-dignity'];
const causes = ['drowning', 'hazardous-transport', 'harsh-conditions', 'violence', 'sickness', 'mixed-or-unknown'];
const header = 'id,record_type,themes,source_ids,source_quality,sensitivity,date,date_precision,country,route,dead,missing,survivors,count_convention,cause_of_death,smuggler_involvement,notes';

/** Write `rows` synthetic incident rows to `path`; resolves to the byte count. */
export async function writeIncidentCSV(path, rows, seed = 20240601) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const out = createWriteStream(path);
  let bytes = 0;
  let buf = header + '\n';
  for (let i = 0; i < rows; i++) {
    const y = 2014 + Math.floor(rnd() * 11);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const dead = rnd() < 0.88 ? 0 : Math.floor(Math.exp(rnd() * 4));
    const missing = rnd() < 0.9 ? 0 : Math.floor(Math.exp(rnd() * 3));
    const survivors = Math.floor(Math.exp(rnd() * 5));
    const note = rnd() < 0.5 ? '"Synthetic benchmark row, not real data; boat, ""dinghy"", reported"' : 'Synthetic benchmark row';
    buf += `inc-bench-${i},incident,${pick(themes)},src-bench,${1 + Math.floor(rnd() * 5)},public,${date},day,${pick(countries)},${pick(routes)},${dead},${missing},${survivors},minimum,${pick(causes)},${pick(['confirmed', 'suspected', 'unknown'])},${note}\n`;
    if (buf.length > 1 << 20) {
      bytes += Buffer.byteLength(buf);
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  bytes += Buffer.byteLength(buf);
  out.end(buf);
  await once(out, 'finish');
  return bytes;
}
