// Measures how well the MMP import places incidents in a country, against IOM GDI's own
// coordinate-based country: GDI's `geo` column is blanked, the file imported, and each row's
// country compared with what GDI says.
// Usage: npx tsx scripts/measure-geocoding.ts [path/to/iom_mmp_gdidata.csv]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { importMissingMigrants } from '../src/adapters/missing-migrants.js';
import { countryAt } from '../src/geo/country-at.js';

/** Agreement of our country of incident with IOM GDI's, with GDI's column hidden from the import. */
export interface GeocodingFigures {
  rows: number;
  unknown: number;
  agree: number;
  /** Rows whose point lies inside a boundary (on land), whatever decided the country. */
  land: number;
  landAgree: number;
  /** Rows whose point lies outside every boundary (at sea). */
  sea: number;
  seaAgree: number;
  /** Rows without usable coordinates. */
  other: number;
  /** Rows by `country_method`. */
  methods: Record<string, number>;
  seconds: number;
}

/**
 * Import the GDI file with `geo` blanked and compare each row's country with GDI's.
 *
 * @example measureGeocoding(readFileSync('iom_mmp_gdidata.csv')).agree
 */
export function measureGeocoding(bytes: Uint8Array, geocode = true): GeocodingFigures {
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  const geo = header.indexOf('geo');
  if (geo < 0) throw new Error('not the IOM GDI file: no "geo" column');
  const truth = rows.map((r) => r[geo]);
  const blanked = Papa.unparse([header, ...rows.map((r) => r.map((c, i) => (i === geo ? '' : c)))]);
  const started = performance.now();
  const { records, report } = importMissingMigrants(new TextEncoder().encode(blanked), { vintage: 2025, geocode });
  const seconds = (performance.now() - started) / 1000;
  if (report.rejected) throw new Error(`${report.rejected} GDI rows rejected: ${report.reasons[0]?.reason}`);
  const f: GeocodingFigures = { rows: records.length, unknown: 0, agree: 0, land: 0, landAgree: 0, sea: 0, seaAgree: 0, other: 0, methods: {}, seconds };
  records.forEach((r, i) => {
    const ok = r.country === truth[i];
    if (r.country === 'UNK') f.unknown++;
    if (ok) f.agree++;
    f.methods[r.country_method ?? 'none'] = (f.methods[r.country_method ?? 'none'] ?? 0) + 1;
    const at = r.latitude !== undefined && r.longitude !== undefined ? countryAt(r.latitude, r.longitude) : undefined;
    if (at?.method === 'coordinates') {
      f.land++;
      if (ok) f.landAgree++;
    } else if (at) {
      f.sea++;
      if (ok) f.seaAgree++;
    } else f.other++;
  });
  return f;
}

const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(2)} %`;

/** The figures as the lines the docs quote. */
export function formatGeocoding(f: GeocodingFigures): string {
  return [
    `rows ${f.rows}; UNK ${f.unknown} (${pct(f.unknown, f.rows)})`,
    `agreement with GDI overall ${f.agree} (${pct(f.agree, f.rows)})`,
    `on land (point inside a boundary) ${f.landAgree} of ${f.land} (${pct(f.landAgree, f.land)})`,
    `at sea (outside every boundary) ${f.seaAgree} of ${f.sea} (${pct(f.seaAgree, f.sea)}); no coordinates ${f.other}`,
    `by method: ${Object.entries(f.methods).map(([m, n]) => `${m} ${n}`).join(', ')}`,
    `import took ${f.seconds.toFixed(1)} s`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file = process.argv[2] ?? path.join(root, '../shared/data/external/mmp-gdidata-2025/iom_mmp_gdidata.csv');
  const bytes = readFileSync(file);
  console.log(`coordinates (Natural Earth 1:50m):\n${formatGeocoding(measureGeocoding(bytes))}`);
  if (process.argv.includes('--text')) console.log(`location text only:\n${formatGeocoding(measureGeocoding(bytes, false))}`);
}
