/**
 * Shared set-up of the page tests: the built page served on 127.0.0.1 with its CSP, and
 * Debian's Chromium driven by playwright-core (browsers cannot be downloaded here).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// @ts-ignore plain JavaScript module
import { startServer } from '../serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const root = new URL('../../', import.meta.url).pathname;
export const outDir = join(root, 'web/test-output');
mkdirSync(outDir, { recursive: true });

export interface Session {
  /** One persistent context on a fresh profile folder (the --user-data-dir). */
  context: BrowserContext;
  url: string;
  close(): Promise<void>;
}

export async function openSession(): Promise<Session> {
  const { server, url } = await startServer(join(root, 'web/dist'));
  const profile = mkdtempSync(join(tmpdir(), 'se-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    url,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Tab {
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

/** A fresh page on the validator, recording every console error and CSP violation. */
export async function openPage(s: Session, viewport = { width: 1280, height: 800 }): Promise<Tab> {
  const page = await s.context.newPage();
  await page.setViewportSize(viewport);
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && problems.push(`worker console: ${m.text()}`)));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)));
  await page.goto(s.url);
  await page.waitForSelector('#type option[value="incident"]', { state: 'attached' });
  return { page, problems };
}

/** Wait for a result (or a failure) after a file was given. */
export async function waitResult(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForSelector('#result:not([hidden]), #failure:not([hidden])', { timeout });
}

/** The text of a download triggered by `click`. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const { readFile } = await import('node:fs/promises');
  return { name: dl.suggestedFilename(), text: await readFile((await dl.path())!, 'utf8') };
}
