/** A WGS 84 point. */
export interface LatLon {
  latitude: number;
  longitude: number;
}

export type ParsedPoint = { ok: true; value: LatLon | undefined } | { ok: false; error: string };

const num = String.raw`([+-]?\d+(?:\.\d+)?)`;
const latLonRe = new RegExp(`^${num}\\s*,\\s*${num}$`);
const wktRe = new RegExp(`^POINT\\s*\\(\\s*${num}\\s+${num}\\s*\\)$`, 'i');

function check(latitude: number, longitude: number, text: string): ParsedPoint {
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    return { ok: false, error: `coordinates "${text}" are out of range (latitude ±90, longitude ±180)` };
  }
  return { ok: true, value: { latitude, longitude } };
}

/**
 * Parse a point written either as `"lat, lon"` (MMP 2020 and 2026 exports: latitude first)
 * or as WKT `POINT (lon lat)` (MMP 2022 export: longitude first). Blank is `undefined`.
 *
 * @example parsePoint('POINT (-110.366453 31.650259)') // { ok: true, value: { latitude: 31.650259, longitude: -110.366453 } }
 */
export function parsePoint(text: string | undefined): ParsedPoint {
  const s = (text ?? '').trim();
  if (s === '') return { ok: true, value: undefined };
  let m = s.match(wktRe);
  if (m) return check(Number(m[2]), Number(m[1]), s);
  m = s.match(latLonRe);
  if (m) return check(Number(m[1]), Number(m[2]), s);
  return { ok: false, error: `expected "lat, lon" or "POINT (lon lat)", got "${s}"` };
}
