/**
 * Header row → column plan: which column feeds which field, and the label issues
 * (`blank-label`, `duplicate-label`, `extra-label`, `missing-label`) reported once, on row 1.
 *
 *   planColumns(labels: string[], type: RecordType | null, options): ColumnPlan
 *   suggestField(label, type): string | undefined   ("did you mean `dead`?")
 */
import { getFields, type FieldInfo, type ScalarKind } from '../model/fields.js';
import type { RecordType } from '../model/record-types.js';
import { makeIssue, type Issue } from '../errors/index.js';
import type { ReadOptions } from './options.js';

/** How one column of the file is read. */
export interface Column {
  /** 0-based position. */
  index: number;
  label: string;
  /** `field`: a schema field; `extra`: not in the schema, kept as text (or `columnTypes`);
   *  `duplicate` / `blank`: not read (reported on the header). */
  role: 'field' | 'extra' | 'duplicate' | 'blank';
  /** The schema field (role `field`), or a plain field built from `columnTypes`. */
  field?: FieldInfo;
}

/** The column plan of a header. */
export interface ColumnPlan {
  columns: Column[];
  /** Label issues, on row 1. */
  issues: Issue[];
}

const norm = (s: string) => s.trim().toLowerCase().replace(/[\s\-./]+/g, '_').replace(/[^a-z0-9_]/g, '');

/**
 * The field a misspelt label probably means: same name ignoring case, spaces and
 * dashes, or the field's title.
 *
 * @example suggestField('Dead and missing', 'incident') // 'dead_and_missing'
 */
export function suggestField(label: string, type: RecordType): string | undefined {
  const n = norm(label);
  if (!n) return undefined;
  const fields = getFields(type);
  return (
    fields.find((f) => f.name === n)?.name ??
    fields.find((f) => norm(f.title) === n)?.name ??
    fields.find((f) => f.name.replace(/_/g, '') === n.replace(/_/g, ''))?.name
  );
}

function plainField(name: string, kind: ScalarKind): FieldInfo {
  return { name, title: name, description: '', kind, list: false, required: false };
}

/**
 * Plan how to read each column of a header, for a record type or (null) plain text.
 *
 * @example planColumns(['id', 'Dead'], 'incident', {}).issues[0].code // 'extra-label'
 */
export function planColumns(labels: string[], type: RecordType | null, options: Pick<ReadOptions, 'columnTypes'> = {}): ColumnPlan {
  const fields = type ? new Map(getFields(type).map((f) => [f.name, f])) : new Map<string, FieldInfo>();
  const issues: Issue[] = [];
  const first = new Map<string, number>();
  const columns: Column[] = labels.map((label, index) => {
    if (label.trim() === '') {
      issues.push(makeIssue('blank-label', { row: 1, value: index + 1 }));
      return { index, label, role: 'blank' };
    }
    if (first.has(label)) {
      issues.push(makeIssue('duplicate-label', { row: 1, field: label, note: `columns ${first.get(label)! + 1} and ${index + 1}` }));
      return { index, label, role: 'duplicate' };
    }
    first.set(label, index);
    const field = fields.get(label);
    if (field) return { index, label, role: 'field', field };
    if (type) {
      const suggestion = suggestField(label, type);
      issues.push(
        makeIssue('extra-label', {
          row: 1,
          field: label,
          expected: `a field of ${type}`,
          note: (suggestion && !first.has(suggestion) ? `did you mean \`${suggestion}\`? ` : '') + `column ${index + 1}; its values are kept as text but not checked`,
        }),
      );
    }
    const kind = options.columnTypes?.[label];
    return { index, label, role: 'extra', field: kind ? plainField(label, kind) : undefined };
  });
  for (const f of fields.values()) {
    if (f.required && !first.has(f.name)) {
      const near = labels.find((l) => type && suggestField(l, type) === f.name);
      issues.push(makeIssue('missing-label', { row: 1, field: f.name, expected: `required in every ${type} record`, note: near ? `is \`${near}\` meant to be it?` : undefined }));
    }
  }
  return { columns, issues };
}
