/**
 * The validator page in a real browser (Debian Chromium through playwright-core), served
 * with `Content-Security-Policy: default-src 'self'`: what a user sees and downloads for a
 * valid example, a messy contributed file and a dataset, compared with the library's own
 * results; keyboard-only use; axe-core; responsiveness with a 50 MB file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCSV, toCSV, toTemplate, validateRecords } from '../../src/index.js';
import { validateFile } from '../../src/node.js';
import { CHROMIUM, downloadText, hasChromium, openPage, openSession, outDir, root, waitResult, type Session } from './browser.js';

const valid = join(root, 'examples/data/incident.csv');
const messy = join(root, 'test/fixtures/validate/incident-messy.csv');

if (!hasChromium) console.log(`web tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('validator page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => s?.close());

  it('serves the page with the strict CSP header', async () => {
    const res = await fetch(s.url);
    expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-eval|unsafe-inline/);
  });

  it('shows a valid example as valid, with its theme summary and chart, and no console error', async () => {
    const expected = validateRecords(fromCSV(readFileSync(valid)));
    const { page, problems } = await openPage(s);
    await page.setInputFiles('#file', valid);
    await waitResult(page);
    const summary = await page.textContent('#summary');
    expect(summary).toBe(`✓ Valid: incident.csv (incident): ${expected.stats.rows} rows, all valid; 0 errors, ${expected.stats.warnings} warning${expected.stats.warnings === 1 ? '' : 's'}`);
    const themeRows = await page.$$eval('#themes tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(themeRows.map((r) => r[0])).toEqual(['(a) Legal capacity', '(b) Safety and dignity', '(c) Business model', '(d) Evidence base', '(e) Cooperation'].map((t) => expect.stringContaining(t.slice(0, 3))));
    const records = readFileSync(valid, 'utf8').trim().split('\n').slice(1);
    const safety = records.filter((l) => l.split(',')[2].includes('safety-dignity')).length;
    expect(themeRows.find((r) => r[0]!.startsWith('(b)'))![1]).toBe(String(safety));
    expect(await page.$$eval('#themes-chart rect', (rs) => rs.length)).toBe(5);
    await page.screenshot({ path: join(outDir, 'valid-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists the errors of a messy file by field, code and row, filterable, and downloads what it shows', async () => {
    const expected = validateRecords(fromCSV(readFileSync(messy)));
    expect(expected.stats.invalid).toBeGreaterThan(0);
    const { page, problems } = await openPage(s);
    await page.setInputFiles('#file', messy);
    await waitResult(page);
    const st = expected.stats;
    expect(await page.textContent('#summary')).toBe(
      `✗ Invalid: incident-messy.csv (incident): ${st.rows} rows: ${st.valid} valid, ${st.invalid} invalid; ${st.errors} errors, ${st.warnings} warning${st.warnings === 1 ? '' : 's'}`,
    );
    const rows = await page.$$eval('#errors tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    expect(rows.length).toBe(expected.errors.length);
    // Row, field, code, value and message, exactly as the library reports them.
    expected.errors.forEach((e, i) => {
      expect(rows[i][0]).toBe(String(e.row ?? '—'));
      expect(rows[i][1]).toBe(e.field ?? '—');
      expect(rows[i][2]).toBe(e.code);
      expect(rows[i][4]).toBe(e.message);
    });
    const warnings = await page.$$eval('#warnings tbody tr', (trs) => trs.length);
    expect(warnings).toBe(expected.warnings.length);
    // Errors by field and code: the counts add up to the errors listed.
    const byField = await page.$$eval('#by-field tbody tr', (trs) => trs.map((tr) => Number(tr.children[2].textContent!.replace(/,/g, ''))));
    expect(byField.reduce((a, b) => a + b, 0)).toBe(expected.errors.length);

    // Filter by code, with the keyboard-reachable select.
    const code = expected.errors[0].code;
    await page.selectOption('#filter-code', code);
    const visible = await page.$$eval('#errors tbody tr:not([hidden])', (trs) => trs.map((tr) => tr.children[2].textContent));
    expect(visible.length).toBe(expected.errors.filter((e) => e.code === code).length);
    expect(new Set(visible)).toEqual(new Set([code]));
    await page.selectOption('#filter-code', '');
    await page.fill('#filter-text', String(expected.errors[0].value ?? expected.errors[0].row));
    expect(await page.$$eval('#errors tbody tr:not([hidden])', (trs) => trs.length)).toBeGreaterThan(0);
    await page.fill('#filter-text', '');

    // Downloads: the report as the API gives it, the errors as CSV, the valid rows, a template.
    const report = await downloadText(page, () => page.getByRole('button', { name: 'Report (JSON)' }).click());
    expect(report.name).toBe('incident-messy-report.json');
    const json = JSON.parse(report.text);
    expect(json.stats).toEqual(expected.stats);
    expect(json.errors.map((e: any) => [e.row, e.field, e.code, e.message])).toEqual(expected.errors.map((e) => [e.row, e.field, e.code, e.message]));
    const errorsCsv = await downloadText(page, () => page.getByRole('button', { name: 'Errors and warnings (CSV)' }).click());
    const csvRows = fromCSV(errorsCsv.text).records;
    expect(csvRows.length).toBe(expected.errors.length + expected.warnings.length);
    expect(csvRows[0]).toMatchObject({ severity: 'error', row: String(expected.errors[0].row), code: expected.errors[0].code, message: expected.errors[0].message });
    // No valid row: no valid-records download, and nothing to summarise.
    expect(st.valid).toBe(0);
    expect(await page.getByRole('button', { name: /^Valid .* records/ }).count()).toBe(0);
    expect(await page.textContent('#themes-box')).toBe('No valid rows to summarise.');
    await page.selectOption('#template-type', 'court-case');
    const tpl = await downloadText(page, () => page.click('#template'));
    expect(tpl.name).toBe('court-case-template.csv');
    expect(tpl.text).toBe(toTemplate('court-case').text);

    await page.screenshot({ path: join(outDir, 'messy-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('downloads the valid rows of a mixed file as CSV, restricted records left out', async () => {
    // The valid example with one record made restricted, plus two broken copies of a record.
    const records = fromCSV(readFileSync(valid), { type: 'incident' }).records;
    expect(records.length).toBeGreaterThan(2);
    const edited = [
      { ...records[0], sensitivity: 'restricted' },
      ...records.slice(1),
      { ...records[1], id: 'inc-broken-1', date: '2017-02-30' },
      { ...records[1], id: 'inc-broken-2', dead: 'many' },
    ];
    const text = toCSV(edited, 'incident', { includeRestricted: true }).text;
    const file = join(outDir, 'incident-mixed.csv');
    writeFileSync(file, text);
    const input = fromCSV(text);
    const expected = validateRecords(input);
    expect(expected.stats.invalid).toBe(2);

    const { page, problems } = await openPage(s);
    await page.setInputFiles('#file', file);
    await waitResult(page);
    expect(await page.textContent('#summary')).toContain(`${expected.stats.rows} rows: ${expected.stats.valid} valid, 2 invalid`);
    expect(await page.$$eval('#errors tbody tr', (trs) => trs.map((tr) => tr.children[0].textContent))).toEqual(expected.errors.map((e) => String(e.row)));
    // The picture for docs/web-validator.png: the result of a file with valid and invalid rows at 1280×800.
    await page.evaluate(() => window.scrollTo(0, document.getElementById('chosen')!.getBoundingClientRect().top + window.scrollY - 8));
    await page.screenshot({ path: join(outDir, 'web-validator.png') });
    const validCsv = await downloadText(page, () => page.getByRole('button', { name: /^Valid incident records/ }).click());
    expect(validCsv.name).toBe('incident-mixed-valid-incident.csv');
    const bad = new Set(expected.errors.map((e) => e.row));
    const keptIds = input.records.filter((r, i) => !bad.has(input.rows[i].row) && r.sensitivity !== 'restricted' && r.sensitivity !== 'confidential').map((r) => r.id);
    const withheld = expected.stats.valid - keptIds.length;
    expect(withheld).toBeGreaterThanOrEqual(1);
    const back = fromCSV(validCsv.text, { type: 'incident' });
    expect(back.records.map((r) => r.id)).toEqual(keptIds);
    expect(validateRecords(back).stats.errors).toBe(0);
    expect(await page.textContent('#download-note')).toBe(
      `Saved incident-mixed-valid-incident.csv; ${withheld} restricted or confidential record${withheld === 1 ? '' : 's'} left out.`,
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('checks a dataset folder as a whole and shows its files and gap map', async () => {
    const folder = join(root, 'datasets/synthetic-demo');
    const expected = await validateFile(folder);
    const { page, problems } = await openPage(s);
    await page.setInputFiles('#folder', folder);
    await waitResult(page);
    const st = expected.stats;
    expect(await page.textContent('#summary')).toContain(`(dataset, ${st.files} files): ${st.rows} rows`);
    expect(await page.$$eval('#files tbody tr', (trs) => trs.length)).toBe(expected.files!.length);
    const gapRows = await page.$$eval('#gap-map tbody tr', (trs) => trs.length);
    expect(gapRows).toBe(5);
    expect(await page.textContent('#gap-map thead')).toContain('africa');
    await page.screenshot({ path: join(outDir, 'dataset-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('validator page: formats, several files, drop', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => s?.close());

  it.each(['incident.json', 'incident.ndjson'])('shows the same counts as the library for %s', async (name) => {
    const file = join(root, 'test/fixtures/validate', name);
    const expected = await validateFile(file);
    const { page, problems } = await openPage(s);
    await page.setInputFiles('#file', file);
    await waitResult(page);
    const st = expected.stats;
    expect(await page.textContent('#summary')).toContain(`${name} (${expected.type}): ${st.rows} rows`);
    expect(await page.textContent('#summary')).toContain(`; ${st.errors} error`);
    expect(await page.$$eval('#errors tbody tr', (trs) => trs.map((tr) => tr.children[0].textContent))).toEqual(expected.errors.map((e) => String(e.row ?? '—')));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('checks several files picked together as one dataset, like the CLI checks their folder', async () => {
    const folder = join(root, 'test/fixtures/validate/dataset');
    const expected = await validateFile(folder);
    const files = readdirSync(folder).map((f) => join(folder, f));
    const { page, problems } = await openPage(s);
    await page.setInputFiles('#file', files);
    await waitResult(page);
    const st = expected.stats;
    expect(await page.textContent('#summary')).toContain(`(dataset, ${st.files} files): ${st.rows} rows: ${st.valid} valid, ${st.invalid} invalid; ${st.errors} error`);
    const listed = await page.$$eval('#errors tbody tr', (trs) => trs.map((tr) => [tr.children[0].textContent, tr.children[1].textContent, tr.children[3].textContent]));
    expect(listed).toEqual(expected.errors.map((e) => [e.file, String(e.row ?? '—'), e.code]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads a picked folder through its datapackage.json, like the CLI', async () => {
    const folder = join(root, 'test/fixtures/validate/package');
    const expected = await validateFile(join(folder, 'datapackage.json'));
    const { page, problems } = await openPage(s);
    await page.setInputFiles('#folder', folder);
    await waitResult(page);
    const st = expected.stats;
    expect(await page.textContent('#summary')).toContain(`datapackage.json (dataset, ${st.files} files): ${st.rows} rows`);
    expect(await page.$$eval('#files tbody tr', (trs) => trs.map((tr) => [tr.children[0].textContent, tr.children[3].textContent])))
      .toEqual(expected.files!.map((f) => [f.file, String(f.stats.rows)]));
    const listed = await page.$$eval('#errors tbody tr', (trs) => trs.map((tr) => [tr.children[0].textContent, tr.children[3].textContent]));
    expect(listed).toEqual(expected.errors.map((e) => [e.file, e.code]));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('checks a file without record_type as structure only, then as the record type chosen', async () => {
    const file = join(root, 'test/fixtures/validate/no-type.csv');
    const untyped = await validateFile(file);
    const typed = await validateFile(file, { type: 'incident' });
    expect(untyped.type).toBeNull();
    const { page, problems } = await openPage(s);
    await page.setInputFiles('#file', file);
    await waitResult(page);
    expect(await page.textContent('#summary')).toContain('no-type.csv (no record type (structure only))');
    expect(await page.textContent('#themes-box')).toBe('Choose the record type above: without one only the structure of the file is checked.');
    await page.selectOption('#type', 'incident');
    await page.waitForFunction(() => document.getElementById('summary')!.textContent!.includes('(incident)'));
    const st = typed.stats;
    expect(await page.textContent('#summary')).toBe(`✗ Invalid: no-type.csv (incident): ${st.rows} row: ${st.valid} valid, ${st.invalid} invalid; ${st.errors} errors, ${st.warnings} warnings`);
    expect(await page.$$eval('#errors tbody tr', (trs) => trs.map((tr) => tr.children[4].textContent))).toEqual(typed.errors.map((e) => e.message));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes a dropped file', async () => {
    const text = readFileSync(valid, 'utf8');
    const { page, problems } = await openPage(s);
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped-incident.csv', { type: 'text/csv' }));
      return dt;
    }, text);
    await page.dispatchEvent('#drop', 'dragover', { dataTransfer: transfer });
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
    await waitResult(page);
    expect(await page.textContent('#summary')).toMatch(/^✓ Valid: dropped-incident\.csv \(incident\): \d+ rows, all valid/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
