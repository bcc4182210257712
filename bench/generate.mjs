// Seeded synthetic files for the benchmark (mulberry32, like perf-baseline.md).
// Every row says it is synthetic in its `notes` cell; no row describes a real person.
//
//   node bench/generate.mjs [rows=1000000] [file=bench/.out/incident.csv] [--invalid] [--mmp]
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

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

async function writeLines(path, first, rows, line) {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  let bytes = 0;
  let buf = first + '\n';
  for (let i = 0; i < rows; i++) {
    buf += line(i) + '\n';
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

/**
 * Write `rows` synthetic incident rows to `path`; resolves to the byte count. With
 * `invalid`, every row carries two errors (an unknown route code, an impossible date),
 * the way a badly mapped export fails.
 */
export async function writeIncidentCSV(path, rows, { seed = 20240601, invalid = false } = {}) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  return writeLines(path, header, rows, (i) => {
    const y = 2014 + Math.floor(rnd() * 11);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const date = invalid ? `${y}-02-30` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const dead = rnd() < 0.88 ? 0 : Math.floor(Math.exp(rnd() * 4));
    const missing = rnd() < 0.9 ? 0 : Math.floor(Math.exp(rnd() * 3));
    const survivors = Math.floor(Math.exp(rnd() * 5));
    const note = rnd() < 0.5 ? '"Synthetic benchmark row, not real data; boat, ""dinghy"", reported"' : 'Synthetic benchmark row';
    const route = invalid ? 'atlantis-crossing' : pick(routes);
    return `inc-bench-${i},incident,${pick(themes)},src-bench,${1 + Math.floor(rnd() * 5)},public,${date},day,${pick(countries)},${route},${dead},${missing},${survivors},minimum,${pick(causes)},${pick(['confirmed', 'suspected', 'unknown'])},${note}`;
  });
}

const mmpHeader = 'Main ID,Incident ID,Incident Type,Region of Incident,Incident Date,Incident year,Number of Dead,Minimum Estimated Number of Missing,Total Number of Dead and Missing,Number of Survivors,Cause of Death,Migration route,Location of death,Coordinates,URL,Source Quality';

/** A synthetic file in the layout of IOM's Missing Migrants Project 2022 export (for `import`). */
export async function writeMissingMigrantsCSV(path, rows, { seed = 20240601 } = {}) {
  const rnd = mulberry32(seed);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const regions = ['Mediterranean', 'North Africa', 'US-Mexico Border', 'Central America', 'Caribbean'];
  const mmpRoutes = ['Central Mediterranean', 'Eastern Mediterranean', 'Western Mediterranean', 'US-Mexico border crossing'];
  const mmpCauses = ['Drowning', 'Violence', 'Sickness / lack of access to adequate healthcare', 'Mixed or unknown'];
  return writeLines(path, mmpHeader, rows, (i) => {
    const y = 2014 + Math.floor(rnd() * 9);
    const dead = Math.floor(rnd() * 5);
    const missing = Math.floor(rnd() * 3);
    const date = `${y}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    return `${i + 1},${i + 1},Incident,${pick(regions)},${date},${y},${dead},${missing},${dead + missing},${Math.floor(rnd() * 20)},${pick(mmpCauses)},${pick(mmpRoutes)},"Synthetic benchmark location, not real","${(30 + rnd() * 5).toFixed(4)}, ${(10 + rnd() * 5).toFixed(4)}",,${1 + Math.floor(rnd() * 5)}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith('--')));
  const [rows = '1000000', file = 'bench/.out/incident.csv'] = args.filter((a) => !a.startsWith('--'));
  const bytes = flags.has('--mmp') ? await writeMissingMigrantsCSV(file, Number(rows)) : await writeIncidentCSV(file, Number(rows), { invalid: flags.has('--invalid') });
  console.log(`${file}: ${Number(rows).toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB`);
}
