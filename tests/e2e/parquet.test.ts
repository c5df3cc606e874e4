/**
 * Parquet in Chromium, where DuckDB-WASM has no Parquet reader (the app decodes with hyparquet):
 * an orders file chosen in the file input, and the same file published at an address and named
 * by `?data=`, which must wait for the user's confirmation and then be read by range requests.
 * The file and the expected revenue come from native DuckDB (@duckdb/node-api). Both are decoded in
 * the Parquet worker, off the page's thread: its script is fetched for each import.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { cancelImportWhen, sampleOrdersLeft, launchChromium, kpiValue, openApp, waitReady } from './browser';

let server: StaticServer;
let browser: Browser;
let revenue = 0;
let rows = 0;
let size = 0;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-parquet-e2e-'));
const file = path.join(dir, '订单 2025.parquet');
const large = path.join(dir, 'orders-large.parquet');

beforeAll(async () => {
  const native = await (await DuckDBInstance.create(':memory:')).connect();
  // 2025 only, so the revenue card's default period (the latest year) covers every row. The md5
  // column keeps the file a few MB, so reading it by ranges is distinguishable from a download.
  await native.run(`COPY (SELECT 'SO-' || lpad(CAST(i AS VARCHAR), 6, '0') AS "订单编号", DATE '2025-01-01' + CAST(i % 365 AS INTEGER) AS "日期",
      lpad(CAST(i % 400 AS VARCHAR), 5, '0') AS "客户编码", '渠道伙伴' || CAST(i % 400 AS VARCHAR) AS "客户名称",
      md5(CAST(i AS VARCHAR)) AS "最终客户", CAST(100 + (i * 7919) % 90000 AS DECIMAL(12, 2)) / 100 AS "价税合计"
    FROM range(120000) r(i)) TO '${file}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 30720)`);
  const r = (await native.runAndReadAll(`SELECT sum("价税合计")::DOUBLE AS s, count(*)::INTEGER AS n FROM '${file}'`)).getRowObjectsJS()[0];
  revenue = Number(r.s);
  rows = Number(r.n);
  size = fs.statSync(file).size;
  // Five row groups, decoded one after another: long enough to press Cancel while it reads.
  await native.run(`COPY (SELECT 'SO-' || CAST(i AS VARCHAR) AS "订单编号", DATE '2025-01-01' + CAST(i % 365 AS INTEGER) AS "日期",
      lpad(CAST(i % 400 AS VARCHAR), 5, '0') AS "客户编码", md5(CAST(i AS VARCHAR)) AS "最终客户", CAST(i % 1000 AS DOUBLE) AS "价税合计"
    FROM range(600000) r(i)) TO '${large}' (FORMAT parquet, ROW_GROUP_SIZE 122880)`);
  native.closeSync();
  server = await serveStatic(process.env.DIST_DIR ?? 'dist', { '/published/': dir });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const workerFetches = () => server.requests.filter((r) => /\/assets\/parquet-worker-[^/]*\.js$/.test(r.path) && r.status === 200).length;

async function settle(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]') !== null, null, { timeout: 120_000 });
  await waitReady(page);
  await page.evaluate(() => window.channelLens.idle());
}

describe('parquet', () => {
  it('imports a Parquet orders file from the file input', async () => {
    const { context, page, errors } = await openApp(browser, server.url);
    const workers = workerFetches();
    await page.setInputFiles('[data-testid="file-input"]', [file]);
    await settle(page);
    expect(workerFetches()).toBe(workers + 1);
    expect(await page.textContent('[data-testid="import-status"]')).not.toMatch(/未能导入/);
    const tables = await page.evaluate(() => window.channelLens.tables());
    expect(tables.find((t) => t.name === 'orders')?.rows).toBe(rows);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(revenue, 2);
    const ids = await page.evaluate(() => window.channelLens.query(`SELECT min(partner_id) AS p, count(DISTINCT partner_name) AS n FROM orders`));
    expect(ids).toEqual([{ p: '00000', n: 400 }]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('Cancel while a file is read stops the import and leaves the data as it was', async () => {
    const { context, page, errors } = await openApp(browser, server.url);
    await page.setInputFiles('[data-testid="file-input"]', [large]);
    // Cancel once the first slice is in (rows read shown); four more are still to come.
    expect((await cancelImportWhen(page, '已读')).failed).toBe('「orders-large.parquet」未能导入：导入已取消，已有数据保持不变。');
    // The sample as generated: 150,000 orders (sample-data/README.md), and no staging table left.
    expect(await sampleOrdersLeft(page)).toEqual([150_000, false]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('loads ?data= only after the user confirms, reading the file by range requests', async () => {
    const context = await browser.newContext({ locale: 'en' });
    const page = await context.newPage();
    const address = `${server.url}published/${encodeURIComponent(path.basename(file))}`;
    const refused = 'http://example.invalid/orders.csv';
    await page.goto(`${server.url}?data=${encodeURIComponent(address)}&data=${encodeURIComponent(refused)}`);
    await waitReady(page);
    const panel = page.locator('[data-testid="remote-confirm"]');
    await panel.waitFor();
    expect(await panel.textContent()).toContain('Ignored: Only https:// addresses');
    // Nothing was fetched from the address before the user said so.
    const published = () => server.requests.filter((r) => r.path.startsWith('/published/'));
    expect(published()).toEqual([]);
    expect(await kpiValue(page, 'revenue')).not.toBeCloseTo(revenue, 2);

    const workers = workerFetches();
    await page.click('[data-testid="remote-confirm-load"]');
    await settle(page);
    expect(workerFetches()).toBe(workers + 1);
    expect(await page.textContent('[data-testid="import-status"]')).not.toMatch(/was not imported/);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(revenue, 2);
    const tables = await page.evaluate(() => window.channelLens.tables());
    expect(tables.find((t) => t.name === 'orders')?.rows).toBe(rows);

    // Every read was a range answered with 206; no single request took the whole file.
    const reads = published().filter((r) => r.method === 'GET');
    expect(reads.length).toBeGreaterThan(3);
    for (const r of reads) {
      expect(r.range).toMatch(/^bytes=\d+-\d*$/);
      expect(r.status).toBe(206);
      const [, a, b] = /^bytes=(\d+)-(\d*)$/.exec(r.range!)!;
      expect((b === '' ? size - 1 : Number(b)) - Number(a) + 1).toBeLessThan(size);
    }
    expect(server.requests.some((r) => r.path.includes('example.invalid'))).toBe(false);
    await context.close();
  }, 180_000);
});
