/**
 * A 50 MB file in the validator page: it is read in the worker with a progress bar, the
 * page keeps handling input within 200 ms while it validates, and Cancel stops it.
 */
import { createWriteStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openPage, openSession, outDir, root, waitResult, type Session } from './browser.js';

const MB = 1024 * 1024;
const big = join(outDir, 'incident-50mb.csv');

/** The valid example's records repeated with fresh ids until the file holds 50 MB. */
async function writeBigFile(): Promise<number> {
  if (existsSync(big) && statSync(big).size >= 50 * MB) return statSync(big).size;
  const [header, ...lines] = readFileSync(join(root, 'examples/data/incident.csv'), 'utf8').trim().split('\n');
  const out = createWriteStream(big);
  out.write(`${header}\n`);
  let size = header.length + 1;
  for (let n = 0; size < 50 * MB; n++) {
    const chunk: string[] = [];
    for (const [i, l] of lines.entries()) chunk.push(`inc-big-${n}-${i}${l.slice(l.indexOf(','))}`);
    const text = `${chunk.join('\n')}\n`;
    size += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return statSync(big).size;
}

describe.skipIf(!hasChromium)('validator page with a 50 MB file', () => {
  let s: Session;
  beforeAll(async () => {
    expect(await writeBigFile()).toBeGreaterThanOrEqual(50 * MB);
    s = await openSession();
  });
  afterAll(async () => s?.close());

  it('shows progress, handles input within 200 ms while validating, and cancels', async () => {
    const { page, problems } = await openPage(s);
    await page.evaluate(() => {
      const w = window as any;
      w.__handled = 0;
      document.getElementById('template-type')!.addEventListener('input', () => w.__handled++);
      // A probe of the main thread: the longest gap between timer ticks while the worker validates.
      w.__gap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.__gap = Math.max(w.__gap, now - last);
        last = now;
      }, 10);
    });
    await page.setInputFiles('#file', big);
    await page.waitForSelector('#progress-box:not([hidden])');
    // Wait until the worker reports progress, then use the page while it works.
    await page.waitForFunction(() => Number((document.getElementById('progress') as HTMLProgressElement).value) > 0, null, { timeout: 60_000 });
    const before = await page.$eval('#progress', (p) => (p as HTMLProgressElement).value);
    await page.evaluate(() => ((window as any).__gap = 0)); // measure from here: the worker is validating
    await page.focus('#template-type');
    const roundTrips: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = Date.now();
      // The devtools protocol answers once the page has handled the key (keydown, then input).
      await page.keyboard.press(i % 2 ? 'ArrowUp' : 'ArrowDown');
      roundTrips.push(Date.now() - t0);
      await page.waitForTimeout(150);
    }
    const gap: number = await page.evaluate(() => (window as any).__gap);
    console.log(`while validating 50 MB: key press handled in ${roundTrips.join(', ')} ms; longest main-thread timer gap ${gap.toFixed(0)} ms`);
    expect(await page.evaluate(() => (window as any).__handled)).toBe(7);
    // The median, not the maximum: on a machine shared with other jobs (2 cores, load often above 10) the OS can
    // deschedule the page's thread now and then whatever the page does; the worker keeps the page's own work short.
    const median = [...roundTrips].sort((a, b) => a - b)[3];
    expect(median).toBeLessThan(200);
    expect(await page.isVisible('#progress-box')).toBe(true);
    const later = await page.$eval('#progress', (p) => (p as HTMLProgressElement).value);
    expect(later).toBeGreaterThanOrEqual(before);
    expect(await page.textContent('#progress-text')).toMatch(/incident-50mb\.csv: [\d,]+ rows read, [\d.]+ of 5\d\.\d MB/);
    await page.screenshot({ path: join(outDir, 'progress-1280.png') });

    // Cancel with the keyboard; the page then checks another file as usual.
    await page.focus('#cancel');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#progress-box', { state: 'hidden' });
    expect(await page.textContent('#chosen')).toBe('Cancelled. Choose a file to check again.');
    await page.setInputFiles('#file', join(root, 'examples/data/source.csv'));
    await waitResult(page);
    expect(await page.textContent('#summary')).toMatch(/^✓ Valid: source\.csv \(source\)/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('validates the whole 50 MB file', async () => {
    const { page, problems } = await openPage(s);
    const rows = readFileSync(big, 'utf8').split('\n').length - 2;
    const t0 = Date.now();
    await page.setInputFiles('#file', big);
    await waitResult(page, 110_000);
    console.log(`50 MB (${rows} rows) validated in the page in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    expect(await page.textContent('#summary')).toBe(`✓ Valid: incident-50mb.csv (incident): ${rows.toLocaleString('en-US')} rows, all valid; 0 errors, 0 warnings`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
