/**
 * Faults in Chromium: the wasm that does not load, an engine that dies after start, browser
 * storage that is refused, and a file too big for the browser. Each ends in a page that says what
 * happened and what to do (data-state `error` where nothing can be shown), never a blank page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { launchChromium, waitReady, waitSaved } from './browser';

let server: StaticServer;
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-faults-'));
const ORDERS = path.join(dir, 'orders.csv');
// Three orders, hand-written: the app must show exactly these after a reload of the data.
fs.writeFileSync(ORDERS, '订单编号,日期,客户编码,客户名称,价税合计\nSO-1,2026-01-05,P1,杭州云启,1000\nSO-2,2026-02-05,P2,成都数联,2500\nSO-3,2026-03-05,P1,杭州云启,300\n');

beforeAll(async () => {
  server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}

const state = (page: Page) => page.evaluate(() => document.documentElement.dataset.state);
const ordersCount = async (page: Page) => Number((await page.evaluate(() => window.channelLens.query('SELECT count(*)::INTEGER AS n FROM orders')))[0].n);

async function importOrders(page: Page): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', ORDERS);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]') !== null, null, { timeout: 60_000 });
  await waitReady(page);
  await waitSaved(page);
}

describe('faults', () => {
  it('the wasm fails to load: an error state with a message, and "reload data" recovers', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    await context.route('**/*.wasm', (r) => r.abort());
    const { page, errors } = await newPage(context);
    await page.goto(server.url);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'error', null, { timeout: 60_000 });
    const alert = page.locator('[data-testid="app-error"]');
    expect(await alert.locator('h2').textContent()).toBe('Data could not be loaded');
    expect(await alert.textContent()).toContain('Reload data');
    expect(await alert.textContent()).toContain('Data saved in this browser is kept');

    await context.unroute('**/*.wasm');
    await page.click('[data-testid="reload-data"]');
    await waitReady(page);
    expect(await ordersCount(page)).toBeGreaterThan(0); // the sample
    expect(await page.locator('[data-testid="app-error"]').count()).toBe(0);
    // DuckDB's worker leaves the failed download unhandled; Chromium reports it, nothing else failed.
    expect(errors.filter((e) => e !== 'Failed to fetch')).toEqual([]);
    await context.close();
  });

  it('the engine dies after start: error state, then "reload data" brings back the saved data without a page reload', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const { page, errors } = await newPage(context);
    await page.goto(server.url);
    await waitReady(page);
    await importOrders(page);
    expect(await ordersCount(page)).toBe(3);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    // An uncaught error inside the DuckDB worker, as a wasm trap in a callback would raise.
    const worker = page.workers().find((w) => /duckdb/.test(w.url()));
    expect(worker, page.workers().map((w) => w.url()).join(', ')).toBeTruthy();
    await worker!.evaluate(() => { setTimeout(() => { throw new Error('simulated engine crash'); }); });
    await page.waitForFunction(() => document.documentElement.dataset.state === 'error', null, { timeout: 30_000 });
    expect(await page.locator('[data-testid="app-error"] h2').textContent()).toBe('分析引擎意外停止（可能是内存不足）');
    expect(await page.locator('[data-testid="reload-data"]').textContent()).toBe('重新载入数据');

    await page.click('[data-testid="reload-data"]');
    await waitReady(page);
    expect(await state(page)).toBe('ready');
    expect(await ordersCount(page)).toBe(3); // restored from browser storage
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42); // same page, not reloaded
    expect(errors).toEqual([]);
    await context.close();
  });

  it('browser storage refused (private mode): the import works in memory and says it will not survive a reload', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };
    });
    const { page, errors } = await newPage(context);
    await page.goto(server.url);
    await waitReady(page);
    const sampleOrders = await ordersCount(page);
    await importOrders(page);
    expect(await ordersCount(page)).toBe(3);
    const notice = page.locator('[data-testid="not-persistent"]');
    expect(await notice.textContent()).toContain('刷新页面后不会保留');
    await page.evaluate(() => window.channelLens.apply({ lang: 'en' }));
    expect(await notice.textContent()).toContain('will not survive a reload');

    // And it is true: after a reload the sample is back.
    await page.reload();
    await waitReady(page);
    expect(await ordersCount(page)).toBe(sampleOrders);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file larger than the browser can hold is refused at once with the size that works and the Parquet route', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const { page, errors } = await newPage(context);
    await page.goto(server.url);
    await waitReady(page);
    const before = await ordersCount(page);
    const since = await page.evaluate(() => performance.now());
    // A 1.5 GB file made of one 1 MB blob repeated (no real allocation), handed to the file input.
    await page.evaluate(() => {
      const mb = new Blob([new Uint8Array(2 ** 20).fill(0x41)]);
      const file = new File(Array.from({ length: 1536 }, () => mb), 'huge orders.csv', { type: 'text/csv' });
      const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
      const dt = new DataTransfer();
      dt.items.add(file);
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForSelector('[data-testid="import-status"] .bad');
    // Refused at once: the engine was never asked to read it (no import statement ran).
    const statements = await page.evaluate((t) => window.channelLens.queryLog(t).map((e) => e.sql), since);
    expect(statements.filter((sql) => sql.includes('__ingest'))).toEqual([]);
    const text = await page.locator('[data-testid="import-status"] .bad').textContent();
    expect(text).toContain('huge orders.csv');
    expect(text).toContain('1.5 GB');
    expect(text).toContain('500 MB');
    expect(text).toContain('Parquet');
    await waitReady(page);
    expect(await ordersCount(page)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
