import { linkIncidents, type IncidentLink, type LinkOptions } from './link-incidents.js';

type Incident = Record<string, unknown>;

/** The union of several lists of incidents, each incident once. */
export interface DedupeResult<T extends object = Incident> {
  records: T[];
  /** The links that merged a record into an earlier list's record. */
  links: IncidentLink[];
  /** Records read, over all lists. */
  read: number;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : []);

/**
 * Merge lists of incidents (vintages, sources) so each incident appears once: every list is
 * linked one-to-one against the union of the lists before it ({@link linkIncidents}); a linked
 * record is not added again, its id (and its own `linked_ids`) go to the kept record's
 * `linked_ids` and its `source_ids` to the kept record's sources. The kept record is the one of
 * the earlier list, so put the preferred list (e.g. the latest vintage) first. Records within
 * one list are never merged with each other: a source's split incidents stay its parts.
 *
 * @example dedupeIncidents([mmp2022, mmp2020]).records.length // fewer than the two together
 */
export function dedupeIncidents<T extends object>(lists: readonly (readonly T[])[], options: LinkOptions = {}): DedupeResult<T> {
  const union: T[] = [];
  const byId = new Map<string, number>();
  const links: IncidentLink[] = [];
  let read = 0;
  for (const records of lists) {
    read += records.length;
    const found = union.length ? linkIncidents(records, union, { ...options, oneToOne: true }) : [];
    const merged = new Map(found.map((l) => [l.a_id, l]));
    for (const record of records) {
      const r = record as Incident;
      const id = String(r.id);
      const link = merged.get(id);
      if (!link) {
        byId.set(id, union.push({ ...record }) - 1);
        continue;
      }
      const kept = union[byId.get(link.b_id)!] as Incident;
      kept.linked_ids = [...new Set([...list(kept.linked_ids), id, ...list(r.linked_ids)])];
      kept.source_ids = [...new Set([...list(kept.source_ids), ...list(r.source_ids)])];
      links.push(link);
    }
  }
  return { records: union, links, read };
}
