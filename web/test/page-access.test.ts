/**
 * The validator page used with the keyboard only, checked with axe-core (no serious or
 * critical violation) at 1280×800 and at a phone's 390×844, under the strict CSP.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromCSV, validateRecords } from '../../src/index.js';
import { downloadText, hasChromium, openPage, openSession, outDir, root, waitResult, type Session } from './browser.js';

const messy = join(root, 'test/fixtures/validate/incident-messy.csv');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations, one line each. Axe is injected through the devtools protocol, which the page's CSP does not govern. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const { violations, passes }: { violations: any[]; passes: any[] } = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document);
    return { violations: r.violations, passes: r.passes };
  });
  // Axe really ran its rules on the page (labels, contrast, names, landmarks ...).
  expect(passes.map((p) => p.id)).toEqual(expect.arrayContaining(['label', 'color-contrast', 'button-name']));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n: any) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Press Tab until the element with `id` has focus (at most `max` presses). */
async function tabTo(page: Page, id: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`Tab never reached #${id}`);
}

/**
 * Open the focused file input's chooser with the keyboard and pick `file`. On a loaded machine
 * Chromium can drop the first key press's activation, so the press is retried (Space, then Enter).
 */
async function pickWithKeyboard(page: Page, file: string): Promise<void> {
  for (const key of ['Space', 'Enter', 'Space']) {
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 8000 }), page.keyboard.press(key)]);
      await chooser.setFiles(file);
      return;
    } catch (err) {
      if ((err as Error).name !== 'TimeoutError') throw err;
    }
  }
  throw new Error('the focused file input never opened its chooser from the keyboard');
}

describe.skipIf(!hasChromium)('validator page: keyboard and accessibility', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => s?.close());

  it('can be used with the keyboard only: pick a file, filter the errors, download the report', async () => {
    const expected = validateRecords(fromCSV(readFileSync(messy)));
    const { page, problems } = await openPage(s);
    await tabTo(page, 'file');
    await pickWithKeyboard(page, messy);
    await waitResult(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('summary');
    expect(await page.textContent('#summary')).toMatch(/^✗ Invalid: incident-messy\.csv/);
    // Choose the first code with the arrow keys; only its errors stay listed.
    await tabTo(page, 'filter-code');
    await page.keyboard.press('ArrowDown');
    const code = await page.$eval('#filter-code', (el) => (el as HTMLSelectElement).value);
    const codes = [...new Set([...expected.errors, ...expected.warnings].map((i) => i.code))].sort();
    expect(code).toBe(codes[0]);
    const shown = await page.$$eval('#errors tbody tr:not([hidden])', (trs) => trs.map((tr) => tr.children[2].textContent));
    expect(shown).toEqual(expected.errors.filter((e) => e.code === code).map(() => code));
    expect(await page.textContent('#filter-count')).toMatch(/^\d+ of \d+ listed issues shown\.$/);
    // Type into the text filter, then download the report with Enter.
    await tabTo(page, 'filter-text');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Italy');
    expect(await page.$$eval('#errors tbody tr:not([hidden])', (trs) => trs.map((tr) => tr.children[3].textContent))).toEqual(['Italy']);
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Report (JSON)'; i++) await page.keyboard.press('Tab');
    const report = await downloadText(page, () => page.keyboard.press('Enter'));
    expect(JSON.parse(report.text).stats).toEqual(expected.stats);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has labels on every control and no serious or critical axe violation at 1280×800', async () => {
    const { page, problems } = await openPage(s);
    expect(await axeProblems(page)).toEqual([]);
    await page.setInputFiles('#file', messy);
    await waitResult(page);
    expect(await axeProblems(page)).toEqual([]);
    const unlabelled = await page.$$eval('input, select, button', (els) =>
      els.filter((el) => !(el as HTMLInputElement).labels?.length && !el.getAttribute('aria-label') && !el.textContent?.trim()).map((el) => el.id));
    expect(unlabelled).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works at a phone width (390×844): no sideways scrolling of the page, no axe violation', async () => {
    const { page, problems } = await openPage(s, { width: 390, height: 844 });
    await page.setInputFiles('#folder', join(root, 'datasets/synthetic-demo'));
    await waitResult(page);
    expect(await page.textContent('#summary')).toMatch(/\(dataset, \d+ files\)/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeProblems(page)).toEqual([]);
    await page.screenshot({ path: join(outDir, 'dataset-390.png'), fullPage: true });
    await page.locator('#themes-box').screenshot({ path: join(outDir, 'themes-390.png') });
    await page.setInputFiles('#file', messy);
    await waitResult(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(outDir, 'messy-390.png'), fullPage: true });
    await page.locator('#errors-box').screenshot({ path: join(outDir, 'errors-390.png') });
    expect(problems).toEqual([]);
    await page.close();
  });
});
