/**
 * The overview in real headless Chromium against the built app on a plain static server.
 * Every expected figure is computed by the test's own SQL over the sample files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { launchChromium, kpiValue, waitReady } from './browser';
import { openTruth, type Truth } from './sample-truth';

let server: StaticServer;
let browser: Browser;
let truth: Truth;
let period: { from: string; to: string };

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

interface Opened { page: Page; errors: string[]; foreign: string[] }

async function open(search = '', locale = 'zh-CN'): Promise<Opened> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  await page.goto(`${server.url}${search}`);
  await waitReady(page);
  return { page, errors, foreign };
}

async function revenueWhere(where: string, params: string[]): Promise<number> {
  const [r] = await truth.sql(
    `SELECT COALESCE(SUM(o.amount), 0)::DOUBLE AS v FROM orders o LEFT JOIN partners p USING (partner_id)
     WHERE o.order_date BETWEEN $1::DATE AND $2::DATE ${where}`,
    [period.from, period.to, ...params],
  );
  return Number(r.v);
}

describe('overview on the sample data', () => {
  it('reaches ready with the revenue of the default period, and nothing leaves the origin', async () => {
    const { page, errors, foreign } = await open();
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueWhere('', []), 2);
    const [c] = await truth.sql(
      `SELECT COUNT(DISTINCT partner_id)::INTEGER AS n FROM orders WHERE amount > 0 AND order_date BETWEEN $1::DATE - INTERVAL 89 DAY AND $1::DATE`,
      [period.to],
    );
    expect(await kpiValue(page, 'active-partners')).toBe(Number(c.n));
    const [due] = await truth.sql(
      `SELECT SUM(amount)::DOUBLE AS due, SUM(CASE WHEN paid_date <= $2::DATE OR (paid_date IS NULL AND paid_amount > 0) THEN COALESCE(paid_amount, 0) ELSE 0 END)::DOUBLE AS paid
       FROM receivables WHERE due_date BETWEEN $1::DATE AND $2::DATE`,
      [period.from, period.to],
    );
    expect(await kpiValue(page, 'collection-rate')).toBeCloseTo(Number(due.paid) / Number(due.due), 6);
    expect(await page.locator('[data-testid="chart-monthly"][data-rendered="true"] canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.context().close();
  });

  it('follows filters given in the URL: revenue and quota attainment', async () => {
    const { page, errors } = await open('?region=华东&tier=分销商,核心代理商');
    const expected = await revenueWhere(`AND o.region = $3 AND p.tier IN ($4, $5)`, ['华东', '分销商', '核心代理商']);
    expect(expected).toBeGreaterThan(0);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(expected, 2);
    // Targets carry region and salesperson only: under a tier filter attainment cannot be stated.
    expect(await kpiValue(page, 'quota-attainment')).toBeNull();
    await page.context().close();

    const regionOnly = await open('?region=西北');
    const revenue = await revenueWhere(`AND o.region = $3`, ['西北']);
    const [t] = await truth.sql(
      `SELECT SUM(target_amount)::DOUBLE AS v FROM targets WHERE region = $3 AND period BETWEEN $1 AND $2`,
      [period.from.slice(0, 7), period.to.slice(0, 7), '西北'],
    );
    expect(await kpiValue(regionOnly.page, 'quota-attainment')).toBeCloseTo(revenue / Number(t.v), 6);
    expect(errors).toEqual([]);
    await regionOnly.page.context().close();
  });

  it('a click on a region bar filters every card, and Back undoes it', async () => {
    const { page, errors } = await open();
    await page.locator('[data-testid="chart-region"]').scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => window.channelLens.chartPoint('chart-region', '华南'));
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === '华南');
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueWhere(`AND o.region = $3`, ['华南']), 2);
    expect(await page.evaluate(() => window.channelLens.state.region)).toEqual(['华南']);
    // The charts redraw for the new state: the tier chart now shows 华南's split only.
    const [tierSeq, regionSeq] = await Promise.all(['chart-tier', 'chart-region'].map((id) => page.getAttribute(`[data-testid="${id}"]`, 'data-render-seq')));
    expect(Number(tierSeq)).toBeGreaterThan(1);
    expect(Number(regionSeq)).toBeGreaterThan(1);

    await page.goBack();
    await page.waitForFunction(() => (window.channelLens.state.region ?? []).length === 0);
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueWhere('', []), 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('apply() resolves with every card showing the new state', async () => {
    const { page } = await open();
    await page.evaluate(() => window.channelLens.apply({ industry: ['金融'], salesperson: [] }));
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueWhere(`AND o.industry = $3`, ['金融']), 2);
    await page.evaluate(() => window.channelLens.apply({ industry: [] }));
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueWhere('', []), 2);
    await page.context().close();
  });

  it('speaks Chinese to a Chinese browser and English when switched; bad URL parameters are reported', async () => {
    const { page } = await open('?region=华东&bogus=1&from=2026-13');
    expect(await page.textContent('[data-testid="kpi-revenue"] h3')).toBe('销售额');
    expect(await page.textContent('[data-testid="url-notice"]')).toContain('bogus');
    await page.click('[data-testid="lang-switch"]');
    await page.evaluate(() => window.channelLens.idle());
    expect(await page.textContent('[data-testid="kpi-revenue"] h3')).toBe('Revenue');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await page.context().close();

    const english = await open('', 'en-US');
    expect(await english.page.textContent('[data-testid="kpi-revenue"] h3')).toBe('Revenue');
    await english.page.context().close();
  });
});
