/**
 * Sharing and presenting, in real headless Chromium against the built app: a view built by clicks
 * is copied as a link and reopened in a fresh browser context with identical KPIs; a link made on
 * other data opens with a notice; hostile parameters are reported and never executed; presentation
 * mode walks every slide at 1920×1080 without scrollbars. Expected figures come from the test's SQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { launchChromium, kpiValue, waitReady } from './browser';
import { openTruth, SAMPLE_DIR, type Truth } from './sample-truth';
import { walkSlides } from './slides';

let server: StaticServer;
let browser: Browser;
let truth: Truth;
let period: { from: string; to: string };
const SHOTS = process.env.SHOTS_DIR;

beforeAll(async () => {
  server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  browser = await launchChromium();
  truth = await openTruth();
  period = await truth.defaultPeriod();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  truth?.close();
});

interface Opened { page: Page; errors: string[]; dialogs: string[] }

async function open(search: string, options: BrowserContextOptions = {}): Promise<Opened> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(search.startsWith('http') ? search : `${server.url}${search}`);
  await waitReady(page);
  return { page, errors, dialogs };
}

/** Every KPI card on the page: name → raw data-value. */
async function allKpis(page: Page): Promise<Record<string, string | null>> {
  return page.$$eval('[data-testid^="kpi-"]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-testid'), e.getAttribute('data-value')])));
}

async function clickBar(page: Page, testid: string, key: string) {
  await page.locator(`[data-testid="${testid}"]`).scrollIntoViewIfNeeded();
  const point = await page.evaluate(([t, k]) => window.channelLens.chartPoint(t, k), [testid, key] as const);
  expect(point, `${testid}:${key}`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

const manifest = JSON.parse(fs.readFileSync(path.join(SAMPLE_DIR, 'manifest.json'), 'utf8')) as { tables: { name: string; rows: number }[] };
const orderRows = manifest.tables.find((t) => t.name === 'orders')!.rows;

describe('copy link', () => {
  it('a view built by clicks reopens in a fresh context with identical KPIs', async () => {
    const { page, errors } = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
    // Region by a click on the overview's region chart, tier by apply(), then drill region → province.
    await clickBar(page, 'chart-region', '华东');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === '华东');
    await page.evaluate(() => window.channelLens.apply({ tier: ['分销商'] }));
    const [top] = await truth.sql(
      `SELECT o.province FROM orders o JOIN partners p USING (partner_id) WHERE o.region = '华东' AND p.tier = '分销商'
       AND o.order_date BETWEEN $1::DATE AND $2::DATE GROUP BY 1 ORDER BY SUM(o.amount) DESC LIMIT 1`, [period.from, period.to]);
    const province = String(top.province);
    await page.evaluate((p) => window.channelLens.apply({ province: [p] }), province);
    // And a comparison chosen on the filter bar.
    await page.getByRole('radio', { name: '环比' }).click();
    await page.evaluate(() => window.channelLens.idle());

    const [truthRev] = await truth.sql(
      `SELECT SUM(o.amount)::DOUBLE AS v FROM orders o JOIN partners p USING (partner_id)
       WHERE o.region = '华东' AND o.province = $3 AND p.tier = '分销商' AND o.order_date BETWEEN $1::DATE AND $2::DATE`, [period.from, period.to, province]);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(Number(truthRev.v), 2);
    const before = await allKpis(page);
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(6);
    const state = await page.evaluate(() => window.channelLens.state);

    await page.click('[data-testid="copy-link"]');
    await page.waitForSelector('[data-testid="toast"]');
    const link = (await page.getAttribute('[data-testid="copy-link"]', 'data-link'))!;
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const url = new URL(link);
    expect(url.searchParams.get('region')).toBe('华东');
    expect(url.searchParams.get('tier')).toBe('分销商');
    expect(url.searchParams.get('province')).toBe(province);
    expect(url.searchParams.get('compare')).toBe('mom');
    expect(url.searchParams.get('v')).toBe('1');
    expect(url.searchParams.get('ds')).toMatch(new RegExp(`^sample:${orderRows}:[0-9a-f]{8}$`));
    expect(errors).toEqual([]);
    await page.context().close();

    const fresh = await open(link);
    expect(await allKpis(fresh.page)).toEqual(before);
    expect(await fresh.page.evaluate(() => window.channelLens.state)).toEqual(state);
    expect(await fresh.page.locator('[data-testid="url-notice"]').count()).toBe(0);
    expect(await fresh.page.locator('[data-testid="dataset-notice"]').count()).toBe(0);
    expect(fresh.errors).toEqual([]);
    await fresh.page.context().close();
  });

  it('a link made on other data opens as usual, with a calm notice', async () => {
    const { page, errors } = await open(`?region=西北&ds=sample:${orderRows + 1}:deadbeef&v=1`);
    const notice = await page.textContent('[data-testid="dataset-notice"]');
    expect(notice).toContain('sample');
    expect(notice).toContain((orderRows + 1).toLocaleString('zh-CN'));
    expect(await kpiValue(page, 'revenue')).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="url-notice"]').count()).toBe(0);
    await page.click('[data-testid="dataset-notice"] button');
    expect(await page.locator('[data-testid="dataset-notice"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('hostile links', () => {
  it('are listed in a notice and ignored; no dialog, no error, the data intact', async () => {
    const clean = await open('');
    const tables = await clean.page.evaluate(() => window.channelLens.tables());
    await clean.page.context().close();
    expect(tables.find((t) => t.name === 'orders')?.rows).toBe(orderRows);

    const search = `?region=<script>alert(1)</script>&page=x&from=2024-13&bogus=1&tier=' OR 1=1 --&ds=<img src=x onerror=alert(2)>`;
    const { page, errors, dialogs } = await open(search);
    const notice = (await page.textContent('[data-testid="url-notice"]'))!;
    for (const param of ['page=x', 'from=2024-13', 'bogus=1', 'ds=']) expect(notice).toContain(param);
    // Values stay values: they filter (to nothing), they are shown as text, never run.
    const state = await page.evaluate(() => window.channelLens.state);
    expect(state.region).toEqual(['<script>alert(1)</script>']);
    expect(state.tier).toEqual(["' OR 1=1 --"]);
    expect(state.page).toBe('overview');
    expect(await kpiValue(page, 'revenue')).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([src]), img[src="x"]').length)).toBe(0);
    expect(await page.evaluate(() => window.channelLens.tables())).toEqual(tables);
    expect(await page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('presentation mode', () => {
  it('shows every panel and KPI group of the overview as a slide, with the filters stated', async () => {
    const { page, errors } = await open('?region=华东&tier=分销商', { viewport: { width: 1920, height: 1080 } });
    await page.keyboard.press('p');
    await page.waitForSelector('[data-testid="present-caption"]');
    const caption = (await page.textContent('[data-testid="present-caption"]'))!;
    for (const text of ['区域：华东', '伙伴类型：分销商', '2026年1月', '2026年10月']) expect(caption).toContain(text);
    // Editing chrome is gone: no filter bar, no app header, no table toggles on the slide.
    expect(await page.isVisible('[data-testid="filter-bar"]')).toBe(false);
    expect(await page.isVisible('[data-testid="lang-switch"]')).toBe(false);
    expect(await page.locator('[data-slide-current] details:visible').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-present'));

    const total = await walkSlides(page, SHOTS ? `${SHOTS}/overview` : null);
    expect(total).toBe(6); // the KPI group and five charts
    // Charts were drawn at slide size and drawn back at page size.
    const width = await page.evaluate(() => document.querySelector('[data-testid="chart-monthly"] canvas')!.clientWidth);
    expect(width).toBeLessThan(1900);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('starts from the header button too', async () => {
    const { page } = await open('', { viewport: { width: 1920, height: 1080 } });
    await page.click('[data-testid="present-start"]');
    await page.waitForSelector('[data-testid="present-counter"]');
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('[data-testid="present-counter"]')).toMatch(/^2 \/ \d+$/);
    await page.click('[data-testid="present-bar"] .exit');
    await page.waitForFunction(() => !document.documentElement.hasAttribute('data-present'));
    await page.context().close();
  });
});

