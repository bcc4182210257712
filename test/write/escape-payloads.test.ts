// Script, link and pipe payloads from the data through every writer: Markdown (report, summary tables),
// HTML (what a Markdown renderer makes of the report), CSV (records, summaries), SVG chart labels.
import { table } from 'arquero';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../src/chart/render-svg.js';
import { fromCSV } from '../../src/read/from-csv.js';
import { buildReport } from '../../src/report/build-report.js';
import { formatSummary } from '../../src/summarize/format-summary.js';
import { escapeHtml, escapeMarkdown, markdownCode, markdownLink } from '../../src/write/escape-markdown.js';
import { toCSV } from '../../src/write/to-csv.js';
import { exampleRecords } from '../helpers/hostile-records.js';

const payloads = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](https://evil.example/t.png)',
  'a | b | c',
  '=HYPERLINK("https://evil.example","x")',
  '`code` **bold** _em_',
  '# heading\n- item\n\n<div>',
  '<a href="javascript:alert(1)">x</a>',
  '&lt;script&gt;',
];

/** What a Markdown renderer would make of it, checked for anything active. */
function activeHtml(md: string): string[] {
  const html = marked.parse(md, { async: false }) as string;
  const bad: string[] = [];
  if (/<script/i.test(html)) bad.push('script element');
  if (/<img[^>]*onerror/i.test(html)) bad.push('img onerror');
  if (/<(a|img)[^>]*(href|src)="(javascript|data):/i.test(html)) bad.push('javascript: link');
  if (/<img[^>]*src="https:\/\/evil/i.test(html)) bad.push('remote image from data');
  if (/<a [^>]*href="javascript/i.test(html)) bad.push('javascript anchor');
  if (/<div>/i.test(html)) bad.push('raw html block');
  return bad;
}

describe('escapeMarkdown and friends', () => {
  it.each(payloads)('%j is inert text after escaping', (p) => {
    for (const md of [escapeMarkdown(p), `| ${escapeMarkdown(p)} | x |`, markdownCode(p), markdownLink(p, 'javascript:alert(1)')]) {
      expect(activeHtml(md), md).toEqual([]);
    }
    expect(escapeHtml(p)).not.toMatch(/[<>"]/);
  });
  it('keeps a table cell one cell', () => {
    const table = `| a | b |\n| --- | --- |\n| ${escapeMarkdown('x | y')} | ${markdownCode('p|q')} |\n`;
    const html = marked.parse(table, { async: false }) as string;
    expect(html.match(/<td>/g)).toHaveLength(2);
  });
});

describe('buildReport: every text from the data is escaped', () => {
  const sources = exampleRecords('source');
  it.each(payloads)('source title, publisher, attribution, dataset title, licence, messages = %j', (p) => {
    const source = { ...sources[0], title: p, publisher: p, attribution: p, url: 'javascript:alert(1)' };
    const { markdown } = buildReport({
      title: p,
      description: p,
      origin: p,
      licenses: [{ title: p, path: 'javascript:alert(1)' }],
      dataset: { source: [source, sources[1]] },
      validation: { files: [{ file: p, type: 'source', rows: 2, valid: 1, problems: [{ row: 2, field: 'title', code: 'type-error', message: `row 2: ${p}` }], warnings: [{ row: 2, field: 'title', code: 'lost-characters', message: p }] }], withheld: 0 },
    });
    expect(activeHtml(markdown)).toEqual([]);
    // Table rows keep their column count: a pipe from the data never opens a cell.
    const validationRow = markdown.split('\n').find((l) => l.startsWith('| `') || l.startsWith('| ``'))!;
    expect(validationRow.replace(/\\\|/g, '').split('|').length).toBe(9);
  });
});

describe('summary tables (Markdown) and CSV', () => {
  it.each(payloads)('a summary table cell holding %j stays one inert cell', (p) => {
    const md = formatSummary(table({ publisher: [p, 'IOM'], records: [1, 2] }), 'markdown');
    expect(activeHtml(md)).toEqual([]);
    const html = marked.parse(md, { async: false }) as string;
    expect(html.match(/<td/g)).toHaveLength(4);
  });
  it('toCSV neutralises formula-looking text and reads it back unchanged', () => {
    const records = exampleRecords('incident').slice(0, 3).map((r, i) => ({ ...r, notes: payloads[i + 4] }));
    const { text } = toCSV(records, 'incident');
    expect(text).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    const back = fromCSV(text, { type: 'incident' }).records;
    expect(back.map((r) => r.notes)).toEqual(records.map((r) => r.notes));
  });
});

let vegaInstalled = true;
try {
  await import('vega');
  await import('vega-lite');
} catch {
  vegaInstalled = false;
}

describe.skipIf(!vegaInstalled)('SVG chart labels', () => {
  it.each(payloads.slice(0, 3))('%j is text in the SVG, not markup', async (p) => {
    const svg = await renderSvg({
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title: p,
      data: { values: [{ label: p, n: 1 }] },
      mark: 'bar',
      encoding: { x: { field: 'label', type: 'nominal', title: p }, y: { field: 'n', type: 'quantitative' } },
    } as any);
    expect(svg).not.toMatch(/<script|<img|<a |href="javascript/i);
    expect(svg).toContain(p.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').slice(0, 12));
  });
});
