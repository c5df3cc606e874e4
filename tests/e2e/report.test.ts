/**
 * The monthly market analysis report in headless Chromium: figures against the test's own SQL,
 * the planted stories found and named in the generated sentences, the month picker, the A4 print
 * (page count, every section heading in the PDF text, pages rendered to PNG for a person to look
 * at), and the report presented as slides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { launchChromium, kpiValue, waitReady } from './browser';
import { openTruth, SAMPLE_DIR, type Truth } from './sample-truth';
import { walkSlides } from './slides';

let server: StaticServer;
let browser: Browser;
let truth: Truth;
const OUT = process.env.SHOTS_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cl-report-'));
const planted = JSON.parse(fs.readFileSync(path.join(SAMPLE_DIR, 'planted.json'), 'utf8')) as {
  onceOffPartners: { partners: { partner_name: string }[] };
  overstockedDistributors: { partners: { partner_name: string }[] };
  weakCollectionRep: { salesperson: string };
};
const SECTIONS_ZH = ['本月概况', '涨跌排行', '未达目标的区域与销售', '库存预警', '回款预警', '伙伴变动', '下月预测与目标拆分'];

beforeAll(async () => {
  server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  browser = await launchChromium();
  truth = await openTruth();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  truth?.close();
});

async function open(search: string, locale = 'zh-CN', viewport = { width: 1440, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(`${server.url}${search}`);
  await waitReady(page);
  return { page, errors };
}

async function monthRevenue(month: string, where = '', params: string[] = []): Promise<number> {
  const [r] = await truth.sql(
    `SELECT COALESCE(SUM(o.amount), 0)::DOUBLE AS v FROM orders o WHERE strftime(o.order_date, '%Y-%m') = $1 ${where}`, [month, ...params]);
  return Number(r.v);
}

const pct = (v: number) => new Intl.NumberFormat('zh-CN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v);

describe('monthly report', () => {
  it('opens on the latest month with figures from the data and a sentence per section', async () => {
    const { page, errors } = await open('?page=report');
    expect(await page.getAttribute('[data-testid="report"]', 'data-month')).toBe('2026-10');
    const headings = await page.$$eval('[data-testid="report"] section.section > h2', (hs) => hs.map((h) => h.textContent!.replace(/^\d+/, '').trim()));
    expect(headings).toEqual(SECTIONS_ZH);
    for (const id of ['summary', 'movers', 'below', 'inventory', 'collections', 'partners', 'forecast'])
      expect((await page.textContent(`[data-testid="narrative-${id}"]`))!.length, id).toBeGreaterThan(20);

    const revenue = await monthRevenue('2026-10');
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(revenue, 2);
    const [t] = await truth.sql(`SELECT SUM(target_amount)::DOUBLE AS v FROM targets WHERE period = '2026-10'`);
    expect(await kpiValue(page, 'quota-attainment')).toBeCloseTo(revenue / Number(t.v), 6);
    const lastYear = await monthRevenue('2025-10');
    expect(await kpiValue(page, 'growth')).toBeCloseTo((revenue - lastYear) / lastYear, 6);
    expect(await page.textContent('[data-testid="narrative-summary"]')).toContain(`完成目标的 ${pct(revenue / Number(t.v))}`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the planted stories: the region below quota, the weak collector, over-stock and once-off partners', async () => {
    const { page } = await open('?page=report&to=2026-10');
    const byRegion = await truth.sql(
      `WITH r AS (SELECT region, SUM(amount) AS rev FROM orders WHERE strftime(order_date, '%Y-%m') = '2026-10' GROUP BY 1),
            t AS (SELECT region, SUM(target_amount) AS tgt FROM targets WHERE period = '2026-10' GROUP BY 1)
       SELECT r.region, (rev / tgt)::DOUBLE AS att FROM r JOIN t USING (region) ORDER BY att LIMIT 1`);
    const worst = byRegion[0];
    expect(worst.region).toBe('西北');
    expect(await page.textContent('[data-testid="narrative-below"]')).toContain(`西北区本月完成率 ${pct(Number(worst.att))}`);
    expect(await page.textContent('[data-testid="narrative-collections"]')).toContain(`逾期最多的是${planted.weakCollectionRep.salesperson}`);

    const stock = (await page.textContent('[data-testid="report-inventory-table"]'))!;
    for (const p of planted.overstockedDistributors.partners) expect(stock).toContain(p.partner_name);
    const onceOff = (await page.textContent('[data-testid="report-onceoff-table"]'))!;
    for (const p of planted.onceOffPartners.partners) expect(onceOff).toContain(p.partner_name);
    expect(await page.textContent('[data-testid="narrative-forecast"]')).toContain('预计2026年11月销售额');
    await page.context().close();
  });

  it('follows the month picker and the URL filters', async () => {
    const { page, errors } = await open('?page=report&region=华东');
    await page.selectOption('[data-testid="report-month"]', '2026-05');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2026-05');
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await monthRevenue('2026-05', 'AND o.region = $2', ['华东']), 2);
    expect(await page.textContent('[data-testid="report"] .meta')).toContain('区域：华东');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints to A4: a sensible page count, every heading in the text, pages as PNGs', async () => {
    const { page, errors } = await open('?page=report&to=2026-10');
    const pdf = path.join(OUT, 'report.pdf');
    await page.pdf({ path: pdf, format: 'A4' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(SECTIONS_ZH.length);
    expect(pages).toBeLessThanOrEqual(16);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of ['月度市场分析报告', ...SECTIONS_ZH]) expect(text).toContain(heading);
    // The running header and footer: month and filters on every page, page numbers.
    expect(text.split('月度市场分析报告 · 2026年10月').length - 1).toBe(pages);
    expect(text).toContain(`第 1 页，共 ${pages} 页`);
    // Every section starts on a new page: its heading is in the first lines of some page.
    const pageTexts = text.split('\f');
    for (const heading of SECTIONS_ZH) expect(pageTexts.some((p) => p.split('\n').slice(0, 12).join('\n').includes(heading)), heading).toBe(true);
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'report-page')]);
    expect(fs.readdirSync(OUT).filter((f) => f.startsWith('report-page') && f.endsWith('.png')).length).toBe(pages);
    // Printing left the screen layout as it was.
    expect(await page.evaluate(() => document.documentElement.classList.contains('print-layout'))).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('presents as slides: the title and each section, no scrollbars at 1920×1080', async () => {
    const { page, errors } = await open('?page=report', 'zh-CN', { width: 1920, height: 1080 });
    const total = await walkSlides(page, process.env.SHOTS_DIR ? `${OUT}/report` : null);
    expect(total).toBe(1 + SECTIONS_ZH.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks English', async () => {
    const { page, errors } = await open('?page=report&lang=en', 'en-US');
    const headings = await page.$$eval('[data-testid="report"] section.section > h2', (hs) => hs.map((h) => h.textContent!.replace(/^\d+/, '').trim()));
    expect(headings[0]).toBe('The month at a glance');
    expect(await page.textContent('[data-testid="narrative-summary"]')).toMatch(/^Oct 2026 revenue was ¥/);
    expect(await page.textContent('[data-testid="narrative-below"]')).toContain('西北 reached');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
