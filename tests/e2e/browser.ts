/** Headless Debian Chromium through playwright-core, with the flags this closed network needs. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Wait for the automation contract's `data-state` to leave `loading`; fail on `error`. */
export async function waitReady(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.state !== 'loading', null, { timeout });
  const state = await page.evaluate(() => document.documentElement.dataset.state);
  if (state !== 'ready') throw new Error(`app state is ${state}: ${await page.evaluate(() => document.body.innerText.slice(0, 500))}`);
}

/** Wait until imported data has been saved to browser storage (the page is ready before that). */
export async function waitSaved(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.saving === undefined, null, { timeout });
}

export async function kpiValue(page: Page, name: string): Promise<number | null> {
  const raw = await page.getAttribute(`[data-testid="kpi-${name}"]`, 'data-value');
  return raw === null || raw === '' ? null : Number(raw);
}

/** A fresh context on `url`, waited until ready, with the page errors it raises collected. */
export async function openApp(browser: Browser, url: string, locale = 'zh-CN'): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await waitReady(page);
  return { context, page, errors };
}

/**
 * Press the import bar's Cancel once the bar shows `when` (the file is being read), wait until the
 * page is ready again, and return the failure line it shows then.
 */
export async function cancelImportWhen(page: Page, when: string | RegExp): Promise<{ shown: string; failed: string | null }> {
  const bar = page.locator('[data-testid="import-progress"]', { hasText: when });
  await bar.waitFor({ timeout: 120_000 });
  const shown = (await bar.locator('span').textContent()) ?? '';
  await page.click('[data-testid="import-progress"] button');
  const failed = page.locator('[data-testid="import-status"] .bad');
  await failed.waitFor({ timeout: 120_000 });
  await waitReady(page);
  return { shown, failed: await failed.textContent() };
}

/** After a failed or cancelled import: the sample's orders still loaded, and whether a staging table was left behind. */
export async function sampleOrdersLeft(page: Page): Promise<[number, boolean]> {
  const { rows, staging } = await loadedTables(page);
  return [rows.orders, staging];
}

/** Row counts of the loaded tables, and whether an import's staging table was left behind. */
export async function loadedTables(page: Page): Promise<{ rows: Record<string, number>; staging: boolean }> {
  const tables = await page.evaluate(() => window.channelLens.tables());
  return { rows: Object.fromEntries(tables.map((t) => [t.name, t.rows])), staging: tables.some((t) => t.name.startsWith('__ingest')) };
}
