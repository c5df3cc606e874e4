/**
 * Importing real-looking exports in Chromium: a GBK Kingdee orders file with a title line and a
 * totals row, and a Salesforce partner export; the cards must show the hand-computed figures, and
 * the data must survive a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { cancelImportWhen, sampleOrdersLeft, launchChromium, kpiValue, loadedTables, openApp, waitReady, waitSaved } from './browser';

let server: StaticServer;
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-import-'));

// A Kingdee 销售出库单序时簿 saved by Excel as "Unicode text" (UTF-16LE, tab-separated): title and
// export-time lines above the header, mixed date forms, ¥ and thousands separators, a return in
// parentheses and a totals row. (Node cannot write GBK; the GBK cases are in the unit tests.)
const ORDERS = [
  '销售出库单序时簿',
  '导出时间: 2026-04-02 09:30',
  '单据编号\t日期\t客户编码\t客户名称\t业务员\t物料名称\t数量\t含税单价\t价税合计',
  'XS-0001\t2026/1/5\t0012\t杭州云启\t王芳\tERP 企业版\t2\t"1,500.00"\t"3,000.00"',
  'XS-0002\t2026年2月10日\t0012\t杭州云启\t王芳\t财务云\t1\t¥8,000\t"¥8,000.00"',
  'XS-0003\t2026.3.15\t0345\t成都数联\t李强\t协同办公\t5\t1200\t6000',
  'XS-0004\t2026-03-20\t0345\t成都数联\t李强\t协同办公\t-1\t1200\t(1,200.00)',
  '合计\t\t\t\t\t\t7\t\t"15,800.00"',
].join('\r\n');

const PARTNERS = [
  'Account ID,Account Name,Partner Tier,Billing State/Province,Account Owner,Partner Since,Industry',
  '0012,杭州云启,分销商,浙江省,王芳,2025-06-01,制造业',
  '0345,成都数联,核心代理商,四川省,李强,2026-02-01,金融',
  'Grand Totals (2 records)',
  'Confidential Information - Do Not Distribute',
].join('\n');

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

beforeAll(async () => {
  fs.writeFileSync(path.join(dir, '销售出库单序时簿.txt'), utf16le(ORDERS));
  fs.writeFileSync(path.join(dir, 'Partner Accounts.csv'), `\uFEFF${PARTNERS}`);
  server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Fetches of the text worker's script: one per GBK or UTF-16 file converted off the page's thread. */
const textWorkerFetches = () => server.requests.filter((r) => /\/assets\/text-worker-[^/]*\.js$/.test(r.path) && r.status === 200).length;

describe('import', () => {
  it('loads a Kingdee orders export and a Salesforce partner export, and keeps them across a reload', async () => {
    const { context, page, errors } = await openApp(browser, server.url);
    const converted = textWorkerFetches();
    await page.setInputFiles('[data-testid="file-input"]', [path.join(dir, 'Partner Accounts.csv'), path.join(dir, '销售出库单序时簿.txt')]);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]') !== null, null, { timeout: 120_000 });
    await waitReady(page);
    // The UTF-16 export was converted to UTF-8 in the text worker; the UTF-8 partner file needs no conversion.
    expect(textWorkerFetches()).toBe(converted + 1);
    await page.evaluate(() => window.channelLens.idle());
    // Hand-computed: 3,000 + 8,000 + 6,000 − 1,200 = 15,800 over Jan–Mar 2026 (the totals row is left out).
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(15_800, 2);
    const tables = await page.evaluate(() => window.channelLens.tables());
    expect(tables.find((t) => t.name === 'orders')?.rows).toBe(4);
    expect(tables.find((t) => t.name === 'partners')?.rows).toBe(2);
    // Region comes from the province (浙江 → 华东) since neither file names it.
    await page.evaluate(() => window.channelLens.apply({ region: ['华东'] }));
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(11_000, 2);
    // The report states it in words: both partner rows got their region from the province.
    await page.evaluate(() => window.channelLens.apply({ page: 'data' }));
    const notes = page.locator('[data-testid="import-report"]', { hasText: 'Partner Accounts.csv' }).locator('[data-testid="import-notes"]');
    expect(await notes.innerText()).toContain('2 行的区域由省份推得');
    // What was left out and why, in words: the Kingdee file's totals row.
    const kingdee = page.locator('[data-testid="import-report"]', { hasText: '销售出库单序时簿.txt' });
    expect(await kingdee.locator('[data-testid="skipped-rows"] summary').innerText()).toBe('跳过的行: 1（合计/小计行 1）');
    // Loaded tables: rows and source files read from the tables (the save may still be running).
    const ordersRow = page.locator('[data-testid="tables"] tr', { hasText: 'orders' });
    await ordersRow.waitFor();
    expect(await ordersRow.innerText()).toMatch(/4[\s\S]*销售出库单序时簿\.txt/);
    await page.evaluate(() => window.channelLens.apply({ page: 'overview' }));

    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    await page.evaluate(() => window.channelLens.apply({ region: [] }));
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(15_800, 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is ready before the data is saved; a reload before the save ends brings back the previous save', async () => {
    const { context, page, errors } = await openApp(browser, server.url);
    const imported = async (file: string) => {
      await page.setInputFiles('[data-testid="file-input"]', path.join(dir, file));
      // This file's own status (the previous import's status is still on the page).
      await page.waitForFunction((f) => document.querySelector('[data-testid="import-status"]')?.textContent?.includes(f), file, { timeout: 120_000 });
      await waitReady(page);
    };
    const orders = async () => (await page.evaluate(() => window.channelLens.tables())).find((t) => t.name === 'orders')?.rows;
    await imported('销售出库单序时簿.txt');
    await waitSaved(page);
    expect(await orders()).toBe(4);
    // The next save never gets to write its manifest (as if the tab were closed at that moment).
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
        return key === 'data:manifest' ? ({} as IDBRequest<IDBValidKey>) : put.call(this, value, key);
      };
    });
    fs.writeFileSync(path.join(dir, 'orders-february.csv'), '订单编号,日期,客户编码,客户名称,价税合计\nSO-9,2026-02-01,0012,杭州云启,100\nSO-10,2026-02-02,0012,杭州云启,200\n');
    await imported('orders-february.csv');
    expect(await orders()).toBe(6);
    // Ready while the save is still running, and the page says so.
    expect(await page.evaluate(() => document.documentElement.dataset.saving)).toBe('true');
    expect(await page.locator('[data-testid="saving"]').count()).toBe(1);

    await page.reload();
    await waitReady(page);
    expect(await orders()).toBe(4);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(15_800, 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts provinces in the region the user chose on the data page', async () => {
    const { context, page, errors } = await openApp(browser, `${server.url}?page=data`);
    await page.click('[data-testid="region-map"] summary');
    // This company counts 四川 in 西北 rather than the default 西南.
    await page.selectOption('[data-testid="region-map"] select[data-province="四川"]', '西北');
    await page.setInputFiles('[data-testid="file-input"]', [path.join(dir, 'Partner Accounts.csv'), path.join(dir, '销售出库单序时簿.txt')]);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]') !== null, null, { timeout: 120_000 });
    await waitReady(page);
    await page.evaluate(() => window.channelLens.apply({ page: 'overview', region: ['西北'] }));
    // 成都数联 (四川): 6,000 − 1,200.
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(4_800, 2);
    const regions = await page.evaluate(() => window.channelLens.query('SELECT partner_id, region FROM partners ORDER BY 1'));
    expect(regions).toEqual([{ partner_id: '0012', region: '华东' }, { partner_id: '0345', region: '西北' }]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a GBK file taken for UTF-8 fails with its line, and imports when read again as GBK', async () => {
    // GBK whose first Chinese bytes also happen to be valid UTF-8 (卢隆 is C2 AC C2 A1), so the file
    // is taken for UTF-8; on line 3,002 comes 杭州云启 (BA BC D6 DD D4 C6 C6 F4), which is not.
    const gbk = (text: string, bytes: number[]) => Buffer.concat([Buffer.from(text.split('|')[0]), Buffer.from(bytes), Buffer.from(text.split('|')[1])]);
    const lines = [Buffer.from('order_id,order_date,partner_id,partner_name,amount\n')];
    for (let i = 0; i < 3000; i++) lines.push(gbk(`SO-${i},2026-01-05,P${i % 7},|${i % 7},100\n`, [0xc2, 0xac, 0xc2, 0xa1]));
    lines.push(gbk('SO-X,2026-01-06,P9,|,250\n', [0xba, 0xbc, 0xd6, 0xdd, 0xd4, 0xc6, 0xc6, 0xf4]));
    const file = path.join(dir, 'orders-gbk.csv');
    fs.writeFileSync(file, Buffer.concat(lines));
    const { context, page, errors } = await openApp(browser, `${server.url}?page=data`);
    await page.setInputFiles('[data-testid="file-input"]', file);
    const failure = page.locator('.failures li', { hasText: 'orders-gbk.csv' });
    await failure.waitFor({ timeout: 120_000 });
    expect(await failure.textContent()).toContain('第 3002 行不是有效的 UTF-8 文本');
    await waitReady(page);
    // GBK is offered first; reading the file again as GBK loads every row with the names decoded.
    expect(await failure.locator('select').inputValue()).toBe('gb18030');
    const converted = textWorkerFetches();
    await failure.locator('button').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('orders-gbk.csv'), null, { timeout: 120_000 });
    await waitReady(page);
    expect(await page.locator('.failures li', { hasText: 'orders-gbk.csv' }).count()).toBe(0);
    const rows = await page.evaluate(() => window.channelLens.query(`SELECT count(*)::INTEGER AS n, sum(amount)::DOUBLE AS total,
      max(CASE WHEN order_id = 'SO-X' THEN partner_name END) AS x, max(CASE WHEN order_id = 'SO-1' THEN partner_name END) AS one FROM orders`));
    expect(rows).toEqual([{ n: 3001, total: 3000 * 100 + 250, x: '杭州云启', one: '卢隆1' }]);
    expect(textWorkerFetches()).toBe(converted + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a GBK file read as UTF-8 shows garbled headers in the mapping step; choosing GBK there reads it right', async () => {
    // Every Chinese character here is a GBK byte pair that is also valid UTF-8 (卢 = C2 AC, 隆 = C2 A1):
    // the whole file reads as UTF-8, the partner column's header is garbled, so nothing maps it.
    const pair = Buffer.from([0xc2, 0xac, 0xc2, 0xa1]);
    const asGbk = new TextDecoder('gbk').decode(pair);
    const asUtf8 = pair.toString('utf8');
    expect(asGbk).toBe('卢隆');
    const lines = [Buffer.concat([Buffer.from('order_id,order_date,amount,'), pair, Buffer.from('\n')])];
    for (let i = 0; i < 50; i++) lines.push(Buffer.concat([Buffer.from(`SO-${i},2026-01-05,${100 + i},`), pair, Buffer.from(`${i % 3}\n`)]));
    const file = path.join(dir, 'orders-unsure.csv');
    fs.writeFileSync(file, Buffer.concat(lines));
    const { context, page, errors } = await openApp(browser, `${server.url}?page=data`);
    await page.setInputFiles('[data-testid="file-input"]', file);
    const step = page.locator('[data-testid="mapping-step"]', { hasText: 'orders-unsure.csv' });
    await step.waitFor({ timeout: 120_000 });
    expect(await step.locator('[data-testid="mapping-encoding"]').inputValue()).toBe('utf-8');
    expect(await step.locator('thead th').allTextContents()).toEqual(['order_id', 'order_date', 'amount', asUtf8]);
    await waitReady(page);
    await step.locator('[data-testid="mapping-encoding"]').selectOption('gb18030');
    await page.waitForFunction(() => (document.querySelector('[data-testid="mapping-encoding"]') as HTMLSelectElement | null)?.value === 'gb18030', null, { timeout: 120_000 });
    const again = page.locator('[data-testid="mapping-step"]', { hasText: 'orders-unsure.csv' });
    expect(await again.locator('thead th').allTextContents()).toEqual(['order_id', 'order_date', 'amount', asGbk]);
    // What was recognised shows as chosen (the file's columns 0, 1, 2).
    const chosen = (name: string) => again.locator('.grid label').filter({ has: page.locator('span', { hasText: new RegExp(`^${name}\\b`) }) }).locator('select').inputValue();
    expect([await chosen('order_id'), await chosen('order_date'), await chosen('amount')]).toEqual(['0', '1', '2']);
    // The header reads now; it is still not a known name, so the user maps it and imports.
    await again.locator('label', { hasText: 'partner_name' }).locator('select').selectOption({ label: asGbk });
    await again.locator('button.primary').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('orders-unsure.csv'), null, { timeout: 120_000 });
    await waitReady(page);
    const rows = await page.evaluate(() => window.channelLens.query(`SELECT count(*)::INTEGER AS n, sum(amount)::DOUBLE AS total,
      max(CASE WHEN order_id = 'SO-4' THEN partner_name END) AS four FROM orders`));
    // 50 rows of 100 + i; SO-4's partner is 卢隆 + (4 % 3).
    expect(rows).toEqual([{ n: 50, total: 50 * 100 + (49 * 50) / 2, four: `${asGbk}1` }]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Cancel while a large CSV is read stops the read at once, says so, and leaves the data as it was', async () => {
    // 400,000 orders (≈ 70 MB): DuckDB reads it in one statement, which reports how far it got.
    const header = 'order_id,order_date,partner_id,partner_name,salesperson,region,province,city,industry,end_customer,product,product_line,quantity,unit_price,amount';
    const lines = [header];
    for (let i = 0; i < 400_000; i++) {
      lines.push(`SO${String(i).padStart(8, '0')},2026-0${1 + (i % 9)}-1${i % 10},P${i % 500},伙伴${i % 500}科技有限公司,销售${i % 40},华东,浙江,杭州,制造业,客户${i % 9000}有限公司,产品${i % 30},软件,${1 + (i % 5)},1200,${1200 * (1 + (i % 5))}`);
    }
    const file = path.join(dir, 'orders-large.csv');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const { context, page, errors } = await openApp(browser, server.url);
    const since = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-testid="file-input"]', file);
    // Cancel once the bar says how much of the file has been read: the read is under way.
    const { shown, failed } = await cancelImportWhen(page, /已读约 [\d,]+ 行（文件的 [1-9]\d*%）/);
    expect(failed).toBe('「orders-large.csv」未能导入：导入已取消，已有数据保持不变。');
    // The rows it shows are estimated from the share of the file: as many of the 400,000 rows (±2 %).
    const [, rowsShown, pct] = /已读约 ([\d,]+) 行（文件的 (\d+)%）/.exec(shown)!;
    expect(Math.abs(Number(rowsShown.replaceAll(',', '')) - (Number(pct) / 100) * 400_000)).toBeLessThanOrEqual(8_000);
    // The statement reading the file was stopped while it ran (it failed), not waited for.
    const typed = await page.evaluate((t) => window.channelLens.queryLog(t).filter((e) => /^CREATE TABLE "__ingest_\w+_typed"/.test(e.sql)).map((e) => e.rows), since);
    expect(typed).toEqual([-1]);
    // The sample as generated: 150,000 orders (sample-data/README.md), and no staging table left.
    expect(await sampleOrdersLeft(page)).toEqual([150_000, false]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('Cancel while a large CSV\'s day/month order is worked out stops that scan too', async () => {
    // 1,000,000 orders dated 1/5/2026-style (month or day first?): the import scans every date first.
    const lines = ['order_id,order_date,partner_id,amount'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`S${i},${1 + (i % 12)}/${1 + (i % 28)}/2026,P${i % 500},${100 + (i % 7)}`);
    const file = path.join(dir, 'orders-slash-dates.csv');
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const { context, page, errors } = await openApp(browser, server.url);
    const since = await page.evaluate(() => performance.now());
    await page.setInputFiles('[data-testid="file-input"]', file);
    const { shown, failed } = await cancelImportWhen(page, /读取 · 已读约 [\d,]+ 行（文件的 [1-9]\d*%）/);
    expect(shown).toContain('orders-slash-dates.csv');
    expect(failed).toBe('「orders-slash-dates.csv」未能导入：导入已取消，已有数据保持不变。');
    // The scan was stopped while it ran, and the rows were never typed.
    const log = await page.evaluate((t) => window.channelLens.queryLog(t).map((e) => ({ sql: e.sql, rows: e.rows })), since);
    expect(log.filter((e) => /^CREATE OR REPLACE TABLE "__ingest_\w+_scan"/.test(e.sql)).map((e) => e.rows)).toEqual([-1]);
    expect(log.filter((e) => /^CREATE TABLE "__ingest_\w+_typed"/.test(e.sql))).toEqual([]);
    expect(await sampleOrdersLeft(page)).toEqual([150_000, false]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('pointing at the import button or dragging a file over the page warms the import path once, changing nothing', async () => {
    const warmUps = (page: Page, since: number) => page.evaluate((t) => window.channelLens.queryLog(t)
      .filter((e) => /^CREATE TABLE "__warmup_\d+_typed"/.test(e.sql)).map((e) => e.rows), since);
    const warmed = (page: Page, since: number) => page.waitForFunction((t) => window.channelLens.queryLog(t)
      .some((e) => /^DROP TABLE IF EXISTS "__warmup_\d+_scan"/.test(e.sql)), since, { timeout: 60_000 });
    const hoverImport = (page: Page) => page.hover('label:has([data-testid="file-input"])');
    const dragOver = (page: Page) => page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['a,b\n1,2\n'], 'orders.csv', { type: 'text/csv' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }));
      window.dispatchEvent(new DragEvent('dragleave', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    for (const [how, first, then] of [['pointer', hoverImport, dragOver], ['drag', dragOver, hoverImport]] as const) {
      const { context, page, errors } = await openApp(browser, server.url);
      // The first view paints before the engine is up: wait for it (and its model) first.
      await page.evaluate(() => window.channelLens.query('SELECT 1'));
      const since = await page.evaluate(() => performance.now());
      const before = await loadedTables(page);
      const revenue = await kpiValue(page, 'revenue');
      await first(page);
      await warmed(page, since);
      await then(page);
      await page.evaluate(() => window.channelLens.query('SELECT 1'));
      // One warm-up (its typed read succeeded: rows is not -1), whichever way the user came.
      expect({ how, runs: (await warmUps(page, since)).filter((rows) => rows !== -1).length }).toEqual({ how, runs: 1 });
      // Nothing loaded changed, and the model was not rebuilt.
      const log = await page.evaluate((t) => window.channelLens.queryLog(t).map((e) => e.sql), since);
      expect(log.filter((sql) => /fact_orders AS/.test(sql))).toEqual([]);
      expect(await loadedTables(page)).toEqual(before);
      expect(await kpiValue(page, 'revenue')).toBe(revenue);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('the import bar names each phase, then says the dashboard is updated; Cancel goes once the rows are in', async () => {
    const lines = ['order_id,order_date,partner_id,amount'];
    for (let i = 0; i < 2000; i++) lines.push(`B${i},2026-02-0${1 + (i % 9)},P${i % 40},${100 + i}`);
    const file = path.join(dir, 'orders-phases.csv');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const { context, page, errors } = await openApp(browser, server.url);
    // Every state the bar shows: its phase and whether it offers Cancel.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="import-progress"]');
        const text = bar?.querySelector('span')?.textContent ?? null;
        const phase = text?.includes(' · ') ? text.split(' · ')[1] : text;
        const state = phase && `${phase}${bar!.querySelector('button') ? ' +cancel' : ''}`;
        if (state && seen[seen.length - 1] !== state) seen.push(state);
        // What the header says the figures are while the dashboard is updated.
        if (phase === '更新看板') (window as unknown as { header: string }).header ??= document.querySelector('[data-testid="data-source"]')?.textContent ?? '';
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]')?.textContent?.includes('orders-phases.csv'), null, { timeout: 120_000 });
    await waitReady(page);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    // In order: Cancel is offered while the file is read and checked, not once its rows are in.
    expect(seen[0]).toBe('识别格式 +cancel');
    // Then the dashboard is updated, once for all the files dropped.
    expect(seen.slice(-3)).toEqual(['保存', '完成', '更新看板']);
    expect(seen.filter((s) => s.startsWith('转换类型'))).toEqual(['转换类型 +cancel']);
    // The sample's figures are on screen until the dashboard is updated, and the header says so.
    expect(await page.evaluate(() => (window as unknown as { header: string }).header)).toMatch(/^示例数据/);
    expect(await page.textContent('[data-testid="data-source"]')).toBe('我的数据');
    expect(await loadedTables(page).then((t) => t.rows.orders)).toBe(2000);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the report says in words which rows were left out and which cells were left empty', async () => {
    // Line 1 the header; line 3 has an unreadable quantity (optional: the row stays, the cell is
    // emptied); line 4 an unreadable date (required: the row is left out).
    const text = ['order_id,order_date,partner_id,quantity,amount', 'A1,2026-01-05,P1,2,100', 'A2,2026-01-06,P1,abc,200',
      'A3,not a date,P1,1,300', 'A4,2026-01-07,P2,3,400'].join('\n');
    const file = path.join(dir, 'orders-flawed.csv');
    fs.writeFileSync(file, `${text}\n`);
    const { context, page, errors } = await openApp(browser, `${server.url}?page=data&lang=en`);
    await page.setInputFiles('[data-testid="file-input"]', file);
    const card = page.locator('[data-testid="import-report"]', { hasText: 'orders-flawed.csv' });
    await card.waitFor({ timeout: 120_000 });
    await waitReady(page);
    expect(await card.locator('[data-testid="skipped-rows"] summary').innerText()).toBe('Rows left out: 1 (Value not readable 1)');
    await card.locator('[data-testid="skipped-rows"] summary').click();
    expect(await card.locator('[data-testid="skipped-rows"] tbody tr').allInnerTexts()).toEqual(['4\torder_date\tValue not readable\tnot a date']);
    expect(await card.locator('[data-testid="blanked-cells"] summary').innerText()).toBe('Cells left empty (row kept, value not readable): 1');
    await card.locator('[data-testid="blanked-cells"] summary').click();
    expect(await card.locator('[data-testid="blanked-cells"] tbody tr').allInnerTexts()).toEqual(['3\tquantity\tabc']);
    const rows = await page.evaluate(() => window.channelLens.query('SELECT order_id, quantity FROM orders ORDER BY order_id'));
    expect(rows).toEqual([{ order_id: 'A1', quantity: 2 }, { order_id: 'A2', quantity: null }, { order_id: 'A4', quantity: 3 }]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a first file that fails on its last row leaves the sample data as it was', async () => {
    // 2,000 good rows (so the file reads as UTF-8), then a last row with a GBK byte pair in it.
    const good = ['订单编号,日期,客户编码,客户名称,价税合计', ...Array.from({ length: 2000 }, (_, i) => `SO-${i},2026-01-05,P1,杭州云启,100`)].join('\n');
    const file = path.join(dir, 'orders-broken.csv');
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`${good}\nSO-X,2026-01-06,P1,`), Buffer.from([0xc4, 0xe3]), Buffer.from(',100\n')]));
    const { context, page, errors } = await openApp(browser, server.url);
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"] .bad') !== null, null, { timeout: 120_000 });
    // Said in the page's language, with the line: header on line 1, 2,000 good rows, the bad one on 2,002.
    expect(await page.textContent('[data-testid="import-status"] .bad')).toContain('「orders-broken.csv」未能导入：第 2002 行不是有效的 UTF-8 文本');
    await waitReady(page);
    // The sample as generated: 150,000 orders and 1,200 partners (sample-data/README.md).
    const tables = await page.evaluate(() => window.channelLens.tables());
    expect(tables.find((t) => t.name === 'orders')?.rows).toBe(150_000);
    expect(tables.find((t) => t.name === 'partners')?.rows).toBe(1_200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
