import { geoBounds, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:50m admin-0 boundaries. 1:110m (108 kB) misses small islands and cuts
// coasts by kilometres, which sends shore-line incidents out to sea or to the neighbour;
// 1:50m (756 kB) is the smallest scale that places coastal points reliably.
import world from 'world-atlas/countries-50m.json';
import { boundaryCode } from './boundary-codes.js';

/** The country a point falls in, or the nearest one when it falls in none. */
export interface CountryAtPoint {
  /** ISO 3166-1 alpha-3 code. */
  country: string;
  /** `coordinates`: inside the boundary; `nearest-coast`: outside every boundary (at sea), nearest coast. */
  method: 'coordinates' | 'nearest-coast';
  /** Distance to that country's boundary in km (0 inside it). */
  distanceKm: number;
}

interface Shape {
  code: string;
  feature: Feature<Polygon | MultiPolygon>;
  // [west, south, east, north]; west > east when the shape crosses the antimeridian.
  box: [number, number, number, number];
  parts: Part[];
}

// One polygon of a shape. Ray casting on lon/lat agrees with the spherical test and is ~10×
// faster, except for a polygon that crosses the antimeridian or holds a pole (Antarctica,
// Chukotka, Fiji): those keep a GeoJSON polygon for d3-geo.
interface Part {
  box: [number, number, number, number];
  rings?: number[][][];
  sphere?: Feature<Polygon>;
}

function partOf(rings: number[][][]): Part {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  let crosses = false;
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = ring[i];
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
      if (i && Math.abs(x - ring[i - 1][0]) > 180) crosses = true;
    }
  }
  if (crosses || s < -89.9 || n > 89.9) {
    const sphere: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
    const [[bw, bs], [be, bn]] = geoBounds(sphere);
    return { box: [bw, bs, be, bn], sphere };
  }
  return { box: [w, s, e, n], rings };
}

interface Index {
  shapes: Shape[];
  // 1° cells → flat [lon, lat, shape, lon, lat, shape, …] of the boundary vertices in the cell.
  cells: Map<number, number[]>;
}

let index: Index | undefined;

function cellKey(lon: number, lat: number): number {
  const x = ((Math.floor(lon) % 360) + 540) % 360;
  const y = Math.min(179, Math.max(0, Math.floor(lat) + 90));
  return y * 360 + x;
}

function build(): Index {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topo, topo.objects.countries);
  const shapes: Shape[] = [];
  const cells = new Map<number, number[]>();
  for (const f of collection.features) {
    const code = boundaryCode(f.id, f.properties?.name);
    if (!code || !f.geometry) continue;
    const geometry = f.geometry as Polygon | MultiPolygon;
    const [[w, s], [e, n]] = geoBounds(f as Feature<Polygon | MultiPolygon>);
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    const parts = polygons.map(partOf);
    const shape = shapes.push({ code, feature: f as Feature<Polygon | MultiPolygon>, box: [w, s, e, n], parts }) - 1;
    for (const polygon of polygons) {
      for (const ring of polygon) {
        for (const [lon, lat] of ring) {
          const key = cellKey(lon, lat);
          let cell = cells.get(key);
          if (!cell) cells.set(key, (cell = []));
          cell.push(lon, lat, shape);
        }
      }
    }
  }
  return { shapes, cells };
}

function inBox(box: Shape['box'], lon: number, lat: number): boolean {
  const [w, s, e, n] = box;
  if (lat < s || lat > n) return false;
  return w <= e ? lon >= w && lon <= e : lon >= w || lon <= e;
}

// Even-odd rule over every ring of the polygon (holes included).
function planarContains(rings: number[][][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const R = 6371.0088;
const rad = Math.PI / 180;

function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

// Search square rings of 1° cells outwards until no closer vertex can exist.
function nearest(ix: Index, lon: number, lat: number, maxRing: number): { shape: number; km: number } | undefined {
  let best: { shape: number; km: number } | undefined;
  const cx = Math.floor(lon);
  const cy = Math.floor(lat);
  for (let r = 0; r <= maxRing; r++) {
    if (best) {
      // Every cell of ring r is at least r - 1 whole degrees away along one axis.
      const latMax = Math.min(89.9, Math.abs(lat) + r);
      if (best.km <= (r - 1) * 111.2 * Math.cos(latMax * rad)) break;
    }
    for (let dy = -r; dy <= r; dy++) {
      const y = cy + dy;
      if (y < -90 || y > 89) continue;
      const edge = Math.abs(dy) === r;
      for (let dx = -r; dx <= r; dx += edge ? 1 : 2 * r || 1) {
        const cell = ix.cells.get(cellKey(cx + dx, y));
        if (!cell) continue;
        for (let k = 0; k < cell.length; k += 3) {
          const km = haversineKm(lon, lat, cell[k], cell[k + 1]);
          if (!best || km < best.km) best = { shape: cell[k + 2], km };
        }
      }
    }
  }
  return best;
}

/**
 * The countries whose boundary passes within `km` of a point (nearest first), with the distance
 * to their nearest boundary vertex. A point inside a country lists it at distance 0.
 *
 * @example countriesNear(26.33, -98.72, 25).map((c) => c.country) // ['USA', 'MEX'] (Rio Bravo)
 */
export function countriesNear(latitude: number, longitude: number, km: number): { country: string; distanceKm: number }[] {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return [];
  const ix = (index ??= build());
  const best = new Map<string, number>();
  const inside = countryAt(latitude, longitude);
  if (inside?.method === 'coordinates') best.set(inside.country, 0);
  const rings = Math.ceil(km / (111.2 * Math.cos(Math.min(89, Math.abs(latitude) + km / 111) * rad))) + 1;
  const cx = Math.floor(longitude);
  const cy = Math.floor(latitude);
  for (let dy = -rings; dy <= rings; dy++) {
    for (let dx = -rings; dx <= rings; dx++) {
      const cell = ix.cells.get(cellKey(cx + dx, cy + dy));
      if (!cell || cy + dy < -90 || cy + dy > 89) continue;
      for (let k = 0; k < cell.length; k += 3) {
        const d = haversineKm(longitude, latitude, cell[k], cell[k + 1]);
        if (d > km) continue;
        const code = ix.shapes[cell[k + 2]].code;
        if (!(best.get(code)! <= d)) best.set(code, d);
      }
    }
  }
  return [...best].sort((a, b) => a[1] - b[1]).map(([country, d]) => ({ country, distanceKm: Math.round(d * 10) / 10 }));
}

/**
 * The country of a point: the Natural Earth 1:50m boundary it lies in (`coordinates`), or
 * else — at sea, or on a shore the 1:50m line misses — the country with the nearest boundary
 * vertex within about 3,000 km (`nearest-coast`). Undefined only far out in an ocean. The
 * boundaries load on the first call (about 0.3 s).
 *
 * @example countryAt(32.9, 13.2)?.country // 'LBY' (Tripoli)
 */
export function countryAt(latitude: number, longitude: number): CountryAtPoint | undefined {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  const ix = (index ??= build());
  const point: [number, number] = [longitude, latitude];
  for (const s of ix.shapes) {
    if (inBox(s.box, longitude, latitude) && s.parts.some((part) => inBox(part.box, longitude, latitude) && (part.rings ? planarContains(part.rings, longitude, latitude) : geoContains(part.sphere!, point)))) {
      return { country: s.code, method: 'coordinates', distanceKm: 0 };
    }
  }
  const hit = nearest(ix, longitude, latitude, 27);
  if (!hit) return undefined;
  return { country: ix.shapes[hit.shape].code, method: 'nearest-coast', distanceKm: Math.round(hit.km * 10) / 10 };
}
