/**
 * Ajv errors → report issues a person can act on: one issue per field and row (the most
 * telling one when a value breaks several rules), named by row, field, value and what
 * was expected, with a "did you mean" when a code is only mistyped.
 *
 *   ajvIssues(errors, record, type, row): { issues: Issue[]; required: Set<string> }
 *   ajvFindings(errors, record, type, row): Finding[]   (the same, each issue built only on demand)
 */
import type { ErrorObject } from 'ajv';
import { makeIssue, type Issue } from '../errors/index.js';
import { getField, type FieldInfo } from '../model/fields.js';
import { getSchema } from '../model/registry.js';
import type { RecordType } from '../model/record-types.js';
import { explainDate } from '../read/coerce.js';

const rank: Record<string, number> = { required: 0, type: 0, format: 1, const: 2, enum: 2, pattern: 3 };

const kinds: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list (in JSON, an array such as ["a", "b"])',
  object: 'a record (a JSON object)',
};

const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');

// Normalised code → code, and normalised label → code, per field: built once, so a
// file of mistyped codes does not normalise the whole vocabulary on every row.
const lookups = new WeakMap<FieldInfo, { codes: Map<string, string>; labels: Map<string, string> }>();
function lookupOf(field: FieldInfo) {
  let l = lookups.get(field);
  if (!l) {
    const codes = new Map<string, string>();
    for (const c of field.enum!.map(String)) if (!codes.has(norm(c))) codes.set(norm(c), c);
    const labels = new Map<string, string>();
    for (const [code, label] of Object.entries(field.labels ?? {})) if (!labels.has(norm(label))) labels.set(norm(label), code);
    lookups.set(field, (l = { codes, labels }));
  }
  return l;
}

/**
 * The code a mistyped value probably means: same letters ignoring case, spaces, `-`
 * and `_`, or the code whose label it is.
 *
 * @example suggestCode('Sea', getField('incident', 'transport_mode')!) // 'sea'
 */
export function suggestCode(value: unknown, field: FieldInfo): string | undefined {
  if (typeof value !== 'string' || !field.enum) return undefined;
  const n = norm(value);
  const { codes, labels } = lookupOf(field);
  return codes.get(n) ?? labels.get(n);
}

/**
 * "one of land, sea, air" or "one of the 250 codes of `country` (see the codebook)".
 *
 * @example describeCodes(getField('incident', 'transport_mode')!) // 'one of land, sea, air, mixed, unknown'
 */
export function describeCodes(field: FieldInfo): string {
  const codes = field.enum!.map(String);
  return codes.length <= 12 ? `one of ${codes.join(', ')}` : `one of the ${codes.length} codes of \`${field.name}\` listed in the codebook`;
}

function describe(e: ErrorObject, field: FieldInfo | undefined, value: unknown): { code: string; expected: string; note?: string } {
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'required':
      return { code: 'constraint-error', expected: 'a value is required' };
    case 'type':
      return { code: 'type-error', expected: kinds[p.type] ?? `of type ${p.type}` };
    case 'format':
      if (p.format === 'partial-date' && typeof value === 'string') return { code: 'type-error', ...explainDate(value) };
      if (p.format === 'uri') return { code: 'type-error', expected: 'a web address (http:// or https://)' };
      return { code: 'type-error', expected: `a valid ${p.format}` };
    case 'enum': {
      const suggestion = field && suggestCode(value, field);
      return { code: 'constraint-error', expected: field?.enum ? describeCodes(field) : 'an allowed value', note: suggestion ? `did you mean '${suggestion}'?` : undefined };
    }
    case 'const':
      return { code: 'constraint-error', expected: `'${p.allowedValue}'` };
    case 'pattern': {
      const example = field?.example !== undefined ? (Array.isArray(field.example) ? field.example[0] : field.example) : undefined;
      const prefix = /^\^([a-z]+-)\[/.exec(p.pattern)?.[1];
      const expected = prefix
        ? `an id starting with \`${prefix}\` then letters, digits, '.', '_' or '-'`
        : `text matching ${p.pattern}`;
      return { code: 'constraint-error', expected, note: example !== undefined ? `e.g. '${example}'` : undefined };
    }
    case 'minimum':
      return { code: 'constraint-error', expected: `at least ${p.limit}` };
    case 'maximum':
      return { code: 'constraint-error', expected: `at most ${p.limit}` };
    case 'exclusiveMinimum':
      return { code: 'constraint-error', expected: `more than ${p.limit}` };
    case 'exclusiveMaximum':
      return { code: 'constraint-error', expected: `less than ${p.limit}` };
    case 'minLength':
      return { code: 'constraint-error', expected: p.limit === 1 ? 'a non-empty text' : `at least ${p.limit} characters long` };
    case 'maxLength':
      return { code: 'constraint-error', expected: `at most ${p.limit} characters long`, note: typeof value === 'string' ? `it has ${value.length}` : undefined };
    case 'minItems':
      return { code: 'constraint-error', expected: `a list of at least ${p.limit} item${p.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { code: 'constraint-error', expected: `a list of at most ${p.limit} items` };
    case 'uniqueItems':
      return { code: 'constraint-error', expected: 'a list without repeats', note: Array.isArray(value) ? `'${value[p.j]}' appears twice` : undefined };
    default:
      return { code: 'constraint-error', expected: `valid (${e.message})` };
  }
}

/** "`suppressed` is true" for an `if` schema that tests constant values. */
function conditionText(ifSchema: any): string {
  const parts = Object.entries((ifSchema?.properties ?? {}) as Record<string, any>)
    .filter(([, s]) => s && 'const' in s)
    .map(([k, s]) => `\`${k}\` is ${JSON.stringify(s.const)}`);
  return parts.length ? parts.join(' and ') : 'the record\'s other fields say so';
}

/** Field names a failed `anyOf` / `oneOf` branch wanted, when every branch only required fields. */
function alternatives(errors: ErrorObject[], prefix: string): string[] | undefined {
  const inside = errors.filter((e) => e.schemaPath.startsWith(prefix + '/'));
  if (!inside.length || inside.some((e) => e.keyword !== 'required')) return undefined;
  return [...new Set(inside.map((e) => (e.params as any).missingProperty as string))];
}

/**
 * One issue Ajv's errors make for a record, not yet built: `field` and `value` are
 * what the validator filters on; `build()` renders the message. Past the error cap a
 * report only counts issues, so most findings of a bad file are never built.
 */
export interface Finding {
  field: string | null;
  value: unknown;
  build(): Issue;
}

/**
 * Turn the Ajv errors of one record into findings, one per field (the most telling
 * error) plus one per failed `anyOf` / `oneOf`. `required` lists the fields reported
 * missing, so the caller can fold them into a header-level `missing-label`.
 *
 * @example ajvFindings(validate.errors, record, 'incident', 14).findings.map((f) => f.build())
 */
export function ajvFindings(errors: ErrorObject[], record: Record<string, unknown>, type: RecordType, row: number): { findings: Finding[]; required: Set<string> } {
  const best = new Map<string, { e: ErrorObject; r: number; value: unknown }>();
  const required = new Set<string>();
  const findings: Finding[] = [];
  for (const e of errors) {
    if (e.keyword === 'additionalProperties' || e.keyword === 'if') continue;
    // Record-level combinations: one issue for the whole `anyOf` / `oneOf`, not one per branch.
    const combo = /^#\/(anyOf|oneOf)(\/|$)/.exec(e.schemaPath);
    if (combo) {
      if (e.keyword === combo[1]) {
        findings.push({
          field: null,
          value: undefined,
          build() {
            const fields = alternatives(errors, `#/${combo[1]}`);
            const expected = fields
              ? `needs a value in at least one of ${fields.map((f) => `\`${f}\``).join(', ')}`
              : 'does not match any allowed combination of fields (see the schema)';
            return makeIssue('constraint-error', { row, expected });
          },
        });
      }
      continue;
    }
    let name: string;
    let value: unknown;
    if (e.keyword === 'required') {
      name = (e.params as any).missingProperty;
      if (!e.schemaPath.startsWith('#/else') && !e.schemaPath.startsWith('#/then')) required.add(name);
    } else {
      const parts = e.instancePath.split('/');
      name = parts[1] ?? '';
      value = record[name];
      if (parts.length > 2 && Array.isArray(value)) value = value[Number(parts[2])];
    }
    const r = rank[e.keyword] ?? 4;
    const prev = best.get(name);
    if (!prev || r < prev.r) best.set(name, { e, r, value });
  }
  for (const [name, { e, value }] of best) {
    findings.push({
      field: name || null,
      value,
      build() {
        const field = getField(type, name);
        const d = describe(e, field, value);
        const branch = /^#\/(then|else)\//.exec(e.schemaPath)?.[1];
        if (branch) {
          const cond = conditionText(getSchema(type).if);
          if (e.keyword === 'required') d.expected = `a value is required unless ${cond}`;
          else if (e.keyword === 'false schema') d.expected = `allowed when ${cond}: leave it empty`;
          else d.note = `${branch === 'then' ? 'when' : 'unless'} ${cond}`;
        }
        return makeIssue(d.code, { row, field: name || null, value, expected: d.expected, note: d.note });
      },
    });
  }
  return { findings, required };
}

/**
 * Turn the Ajv errors of one record into issues (every finding built).
 *
 * @example ajvIssues(validate.errors, record, 'incident', 14)
 */
export function ajvIssues(errors: ErrorObject[], record: Record<string, unknown>, type: RecordType, row: number): { issues: Issue[]; required: Set<string> } {
  const { findings, required } = ajvFindings(errors, record, type, row);
  return { issues: findings.map((f) => f.build()), required };
}
