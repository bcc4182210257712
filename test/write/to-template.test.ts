import { describe, expect, it } from 'vitest';
import { getFields } from 'smuggling-evidence';
import { toTemplate } from '../../src/write/to-template.js';

const header = getFields('fee-observation').map((f) => f.name).join(',');

describe('toTemplate', () => {
  it('toTemplate(type) is the header row alone, every field in schema order', () => {
    expect(toTemplate('fee-observation')).toEqual({ text: header + '\n', withheld: 0 });
  });

  it('toTemplate(type, {examples}) copies example cells as written, in schema order, empty where absent', () => {
    const examples = 'currency,id,notes\nEUR,fee-1,"a, ""b"""\n';
    const [, row] = toTemplate('fee-observation', { examples }).text.split('\n');
    const cells = Object.fromEntries(header.split(',').map((n, i) => [n, i]));
    const parts = row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    expect(parts[cells.id]).toBe('fee-1');
    expect(parts[cells.currency]).toBe('EUR');
    expect(parts[cells.notes]).toBe('"a, ""b"""');
    expect(parts[cells.amount]).toBe('');
  });

  it('toTemplate(type, {examples}) leaves out restricted example rows and counts them', () => {
    const examples = 'id,sensitivity\nfee-1,public\nfee-2,restricted\n';
    const out = toTemplate('fee-observation', { examples });
    expect(out.withheld).toBe(1);
    expect(out.text.trim().split('\n')).toHaveLength(2);
  });

  it('toTemplate(type, {examples}) names an example column the type does not have', () => {
    expect(() => toTemplate('fee-observation', { examples: 'id,smuggler_name\nfee-1,x\n' })).toThrow(/unknown column\(s\) "smuggler_name"/);
  });
});

describe('toTemplate: formula-like example cells', () => {
  it('toTemplate(type, {examples}) neutralises formula-like text cells but not numbers', () => {
    const examples = "id,notes,amount\nfee-1,=cmd(),-5\nfee-2,'=kept,3\n";
    const rows = toTemplate('fee-observation', { examples }).text.trim().split('\n').slice(1);
    expect(rows[0].endsWith(",'=cmd()")).toBe(true);
    expect(rows[0]).toContain(',-5,');
    expect(rows[1].endsWith(",'=kept")).toBe(true);
  });
});
