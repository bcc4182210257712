/**
 * Validation of a CSV column batch (see `src/read/csv-columns.ts`): each property's
 * compiled check runs down its column once; per row remains only what spans fields —
 * required fields, the cross-field rules, the id. A row with a problem goes back to the
 * record path (Ajv's messages, exactly as `validateRecords` gives them) while the report
 * still lists errors; past the cap it is only counted, the way the record path counts.
 *
 *   createColumnCheck(target): (columns: CsvColumns, onRow?) => void
 */
import { isRecordLevel, makeIssue, type Issue, type MessageParams } from '../errors/index.js';
import type { CompiledType } from '../model/record-type.js';
import { ALWAYS, type RangeCheck } from '../model/compile-check.js';
import { CELL_FAILED, CLEAN, RECORD_PATH, type ColumnValues, type CsvColumns } from '../read/csv-columns.js';
import type { IdSet } from './id-set.js';
import type { ReferenceField } from './references.js';
import type { IssueSink } from './report.js';
import type { RuleCheck } from './rules/index.js';
import { rowViewFiller, type RowViewFiller } from './row-view.js';

/** What the column check needs from its table check. */
export interface ColumnCheckTarget {
  compiled: CompiledType;
  rules: readonly { code: string; check: RuleCheck }[];
  refs: readonly ReferenceField[];
  resolve?: (type: CompiledType['type'], id: string) => boolean;
  sink: IssueSink;
  error(issue: Issue): void;
  warning(issue: Issue): void;
  ids: IdSet | undefined;
  /** Sequence base of this file's rows in the id set. */
  base: number;
  /** The `primary-key` issue of a repeated id first seen at sequence `first`. */
  duplicate(id: string, row: number, first: number): Issue;
  /** Read row `i` of the batch the record way (it is counted there). */
  recordPath(columns: CsvColumns, i: number): void;
  /** Count a row settled here. */
  count(row: number, invalid: boolean): void;
}

/**
 * The column check of one table.
 *
 * @example const check = createColumnCheck(target); check(batch.columns[0], (i, bad) => (valid[i] = bad ? 0 : 1));
 */
export function createColumnCheck(t: ColumnCheckTarget): (b: CsvColumns, onRow?: (index: number, invalid: boolean) => void) => void {
  const props = t.compiled.properties!;
  const fullCheck = t.compiled.check!;
  const required = new Set(props.required);
  const sink = t.sink;
  // The record the rules see: one object of one shape for the whole run, so every rule reads
  // it monomorphically. Each row sets only the fields someone reads (undefined when empty):
  // the rules' `reads`, the id, the references — every field when the schema's own
  // cross-field keywords look at the record, or when a rule does not say what it reads.
  // Built by JSON.parse, not by adding keys one by one: past a dozen keyed additions V8 turns
  // an object into a dictionary, and every store and rule read becomes a hash lookup.
  const view = JSON.parse(JSON.stringify(Object.fromEntries(t.compiled.fields.map((f) => [f.name, null])))) as Record<string, unknown>;
  for (const f of t.compiled.fields) view[f.name] = undefined;
  const found: MessageParams[] = [];
  // Fillers of this header, by the set of rules active in a batch (bit r: rule r is quiet).
  let fills = new Map<number, RowViewFiller>();
  let fillFor: readonly string[] | undefined;
  let idK = -1;
  let bad = new Uint16Array(0);
  let nFailedOf = new Uint16Array(0);
  let firsts = new Float64Array(0);
  const active: ColumnCheckTarget['rules'][number][] = [];

  return function checkColumns(b, onRow) {
    const n = b.length;
    const width = b.names.length;
    if (fillFor !== b.names) {
      fills = new Map();
      fillFor = b.names;
      // The id column the view takes `id` from (the filler's last store wins).
      idK = t.ids?.addRun && props.presenceOnly ? b.names.lastIndexOf('id') : -1;
    }
    // 1. Each property's check down its column; required fields present. bad[i]: the fields
    // row i fails on (for a schema of properties and `required` only, exactly what Ajv names).
    // The buffers live from batch to batch (no garbage per batch).
    if (bad.length < n) {
      bad = new Uint16Array(n);
      nFailedOf = new Uint16Array(n);
      firsts = new Float64Array(n);
    } else {
      bad.fill(0, 0, n);
      nFailedOf.fill(0, 0, n);
    }
    // The cells of each row that failed to convert, counted down the columns the reader marked.
    for (let k = 0; k < width; k++) {
      const f = b.failed[k];
      if (f && b.names[k]) for (let i = 0; i < n; i++) nFailedOf[i] += f[i];
    }
    const idCol = idK >= 0 ? (b.values[idK] as unknown[] | undefined) : undefined;
    // The rules that may find something in this batch (see RuleCheck.quietOn).
    active.length = 0;
    let quiet = 0;
    t.rules.forEach((rule, r) => {
      if (rule.check.quietOn?.((field) => columnOf(b, field), n)) quiet |= 1 << (r & 31);
      else active.push(rule);
    });
    // A field no active rule reads is left as it was (stale from an earlier batch): no one looks.
    // (Past 30 rules the mask would not be exact: one filler for all of them.)
    const key = t.rules.length <= 30 ? quiet : -1;
    let fill = fills.get(key);
    if (!fill) {
      const reads = fieldsRead(t, key < 0 ? t.rules : active);
      fill = rowViewFiller(reads ? b.names.map((name) => (reads.has(name) ? name : '')) : b.names);
      fills.set(key, fill);
    }
    // Rows [i, ahead) had their id added by a run (see below); firsts[i] says if it repeats.
    let ahead = 0;
    for (let k = 0; k < width; k++) {
      const name = b.names[k];
      const col = b.values[k];
      if (!name || !col) continue;
      // A column of the field's own codes needs no enum check (often no check at all).
      const check = b.coded[k] ? props.coded.get(name)! : props.properties.get(name)!;
      const failed = b.failed[k];
      const req = required.has(name);
      if (check === ALWAYS) {
        if (req) for (let i = 0; i < n; i++) if ((col as unknown[])[i] === null && !failed?.[i]) bad[i]++;
      } else if (col instanceof Float64Array && (check as RangeCheck).range) {
        // A range only (counts, scores): compared inline, no call per cell.
        const [lo, hi] = (check as RangeCheck).range!;
        for (let i = 0; i < n; i++) {
          const v = col[i];
          if (v !== v) {
            if (req && !failed?.[i]) bad[i]++;
          } else if (v < lo || v > hi) bad[i]++;
        }
      } else if (col instanceof Float64Array) {
        for (let i = 0; i < n; i++) {
          const v = col[i];
          if (v !== v) {
            if (req && !failed?.[i]) bad[i]++;
          } else if (!check(v)) bad[i]++;
        }
      } else {
        for (let i = 0; i < n; i++) {
          const v = col[i];
          if (v === null) {
            if (req && !failed?.[i]) bad[i]++;
          } else if (!check(v)) bad[i]++;
        }
      }
    }
    // 2. Row by row: what spans fields.
    for (let i = 0; i < n; i++) {
      const status = b.status[i];
      const row = b.rows[i];
      const room = sink.errors.length < sink.max;
      if (idCol && i >= ahead) ahead = addIdsAhead(t.ids!, b, bad, idCol, i, t.base, firsts, !room);
      if (status === RECORD_PATH || ((status === CELL_FAILED || bad[i]) && room)) {
        t.recordPath(b, i);
        continue;
      }
      fill(view, b.values, b.failed, i);
      const nFailed = status === CELL_FAILED ? nFailedOf[i] : 0;
      let invalid = false;
      if (!props.presenceOnly) {
        const failing = fullCheck(view);
        if (failing.length && room && status === CLEAN) {
          // Only a keyword spanning fields (anyOf, if/then) fails: Ajv gives its message.
          t.recordPath(b, i);
          continue;
        }
        if (status === CELL_FAILED || failing.length) {
          // Past the cap, counted as the record path counts: each cell that failed to convert,
          // each field the schema rejects (not those cells again, nor a rule they may break).
          invalid = true;
          sink.errorCount += nFailed;
          for (const name of failing) if (!(nFailed && (name === null || failedHere(b, i, name)))) sink.errorCount++;
        }
      } else if (status === CELL_FAILED || bad[i]) {
        // The same count from the column pass: the fields whose check failed, the required ones missing.
        invalid = true;
        sink.errorCount += nFailed + bad[i];
      }
      for (let r = 0; r < active.length; r++) {
        active[r].check(view, found);
        if (!found.length) continue;
        const code = active[r].code;
        const recordLevel = isRecordLevel(code);
        for (const p of found) {
          if (recordLevel) {
            invalid = true;
            if (sink.errors.length >= sink.max) sink.errorCount++;
            else t.error(makeIssue(code, { ...p, row }));
          } else if (sink.warnings.length >= sink.max) sink.warningCount++;
          else t.warning(makeIssue(code, { ...p, row }));
        }
        found.length = 0;
      }
      const id = view.id;
      if (typeof id === 'string' && t.ids) {
        const first = i < ahead ? (firsts[i] < 0 ? undefined : firsts[i]) : t.ids.add(id, t.base + row);
        if (first !== undefined) {
          invalid = true;
          t.error(t.duplicate(id, row, first));
        }
      }
      for (const ref of t.refs) {
        const v = view[ref.field];
        for (const item of Array.isArray(v) ? v : [v]) {
          if (typeof item === 'string' && !t.resolve!(ref.target, item)) {
            invalid = true;
            t.error(makeIssue('foreign-key', { row, field: ref.field, value: item, expected: `${ref.target} record` }));
          }
        }
      }
      t.count(row, invalid);
      onRow?.(i, invalid);
    }
  };
}

/**
 * Add the ids of the rows from `i` on that surely stay on the column path in one run —
 * hashing them all, then probing, so the probes' cache misses overlap; the same insertions,
 * in the same order, as the row loop would make. Such rows are the clean ones with no field
 * failing or, once the list of errors is `full` (it never empties), every row but those the
 * reader left to the record path. Returns where the run ends (`i` when row `i` is not such a
 * row: it is handled on its turn).
 */
function addIdsAhead(ids: IdSet, b: CsvColumns, bad: Uint16Array, idCol: unknown[], i: number, base: number, firsts: Float64Array, full: boolean): number {
  let end = i;
  if (full) while (end < b.length && b.status[end] !== RECORD_PATH) end++;
  else while (end < b.length && b.status[end] === CLEAN && bad[end] === 0) end++;
  if (end > i) ids.addRun!(idCol, i, end, base, b.rows, firsts);
  return end;
}

/** The fields the row loop reads from the view when `rules` run; undefined: all of them. */
function fieldsRead(t: ColumnCheckTarget, rules: ColumnCheckTarget['rules']): Set<string> | undefined {
  if (!t.compiled.properties!.presenceOnly) return undefined;
  const out = new Set<string>();
  for (const { check } of rules) {
    if (!check.reads) return undefined;
    for (const name of check.reads) out.add(name);
  }
  if (t.ids) out.add('id');
  for (const ref of t.refs) out.add(ref.field);
  return out;
}

/** The values of `field` in the batch (the filler's column: the last of that name). */
function columnOf(b: CsvColumns, field: string): ColumnValues | undefined {
  const k = b.names.lastIndexOf(field);
  return k >= 0 ? b.values[k] : undefined;
}

function failedHere(b: CsvColumns, i: number, name: string): boolean {
  const k = b.names.indexOf(name);
  return k >= 0 && b.failed[k]?.[i] === 1;
}
