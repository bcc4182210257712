import { recordTypes, type RecordType } from '../../src/model/record-types.js';

/**
 * The record type a file name stands for (`incidents.csv`, `court_cases-2024.json`), as
 * the CLI reads a folder; the Node version lives in src/read/node-discover.ts.
 *
 * @example typeFromName('data/court-cases.csv') // 'court-case'
 */
export function typeFromName(path: string): RecordType | undefined {
  const stem = (path.split('/').pop() ?? '').replace(/\.[^.]+$/, '').toLowerCase().replace(/_/g, '-');
  for (const t of [...recordTypes].sort((a, b) => b.length - a.length)) {
    if (stem === t || stem === `${t}s` || stem.startsWith(`${t}-`) || stem.startsWith(`${t}s-`) || stem.startsWith(`${t}.`)) return t;
  }
  return undefined;
}
