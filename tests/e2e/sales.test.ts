/**
 * The sales page in headless Chromium against the built app: drill region → province → city by
 * real mouse clicks on the drill chart, back up by the breadcrumb, the cards checked against the
 * test's own SQL over the sample database at every step (sample-truth.ts, native DuckDB).
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

interface Opened { page: Page; errors: string[] }

async function open(search: string): Promise<Opened> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(`${server.url}${search}`);
  await waitReady(page);
  return { page, errors };
}

/** Orders carry their own geography; a blank one is inherited from the partner (as the model does). */
const GEO = (col: 'region' | 'province' | 'city') => `COALESCE(NULLIF(trim(o.${col}), ''), p.${col})`;
type Path = { region?: string; province?: string; city?: string };

async function revenueOf(path: Path, from = period.from, to = period.to): Promise<number> {
  const dims = (['region', 'province', 'city'] as const).filter((d) => path[d] !== undefined);
  const where = dims.map((d, i) => ` AND ${GEO(d)} = $${i + 3}`).join('');
  const [r] = await truth.sql(
    `SELECT COALESCE(SUM(o.amount), 0)::DOUBLE AS v FROM orders o LEFT JOIN partners p USING (partner_id)
     WHERE o.order_date BETWEEN $1::DATE AND $2::DATE${where}`,
    [from, to, ...dims.map((d) => path[d] as string)],
  );
  return Number(r.v);
}

/** The largest child of a path in the default period: what the test drills into. */
async function largest(level: 'region' | 'province' | 'city', path: Path): Promise<string> {
  const dims = (['region', 'province'] as const).filter((d) => path[d] !== undefined);
  const where = dims.map((d, i) => ` AND ${GEO(d)} = $${i + 3}`).join('');
  const [r] = await truth.sql(
    `SELECT ${GEO(level)} AS k FROM orders o LEFT JOIN partners p USING (partner_id)
     WHERE o.order_date BETWEEN $1::DATE AND $2::DATE${where} AND ${GEO(level)} IS NOT NULL
     GROUP BY 1 ORDER BY SUM(o.amount) DESC LIMIT 1`,
    [period.from, period.to, ...dims.map((d) => path[d] as string)],
  );
  return String(r.k);
}

/** Quota attainment per region over the default period: revenue ÷ the monthly targets of its reps. */
async function regionAttainment(): Promise<Map<string, number>> {
  const rows = await truth.sql(
    `WITH rev AS (SELECT ${GEO('region')} AS region, SUM(o.amount) AS revenue FROM orders o LEFT JOIN partners p USING (partner_id)
                  WHERE o.order_date BETWEEN $1::DATE AND $2::DATE GROUP BY 1),
          tgt AS (SELECT region, SUM(target_amount) AS target FROM targets WHERE period BETWEEN $3 AND $4 GROUP BY 1)
     SELECT region, (revenue / target)::DOUBLE AS a FROM rev JOIN tgt USING (region)`,
    [period.from, period.to, period.from.slice(0, 7), period.to.slice(0, 7)],
  );
  return new Map(rows.map((r) => [String(r.region), Number(r.a)]));
}

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** Click a bar of the drill chart with the mouse, as a person would, and wait for the page to settle. */
async function clickBar(page: Page, key: string): Promise<void> {
  await page.locator('[data-testid="chart-drill"]').scrollIntoViewIfNeeded();
  const point = await page.evaluate((k) => window.channelLens.chartPoint('chart-drill', k), key);
  expect(point, `bar ${key} on the drill chart`).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
}

async function settle(page: Page, until: string, arg: unknown): Promise<void> {
  await page.waitForFunction(until, arg);
  await page.evaluate(() => window.channelLens.idle());
}

describe('sales & quota on the sample data', () => {
  it('drills region → province → city by clicks and back up by the breadcrumb, cards matching SQL', async () => {
    const { page, errors } = await open('?page=sales');
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({}), 2);

    const region = await largest('region', {});
    const province = await largest('province', { region });
    const city = await largest('city', { region, province });

    await clickBar(page, region);
    await settle(page, `new URL(location.href).searchParams.get('region') === ${JSON.stringify(region)}`, null);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({ region }), 2);
    const attainment = await regionAttainment();
    expect(await kpiValue(page, 'quota-attainment')).toBeCloseTo(attainment.get(region)!, 6);
    expect(await page.textContent('[data-testid="crumb-region"]')).toBe(region);

    await clickBar(page, province);
    await settle(page, `new URL(location.href).searchParams.get('province') === ${JSON.stringify(province)}`, null);
    expect(param(page, 'region')).toBe(region);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({ region, province }), 2);
    // Quotas are per region and salesperson: under a province filter attainment cannot be stated.
    expect(await kpiValue(page, 'quota-attainment')).toBeNull();

    await clickBar(page, city);
    await settle(page, `new URL(location.href).searchParams.get('city') === ${JSON.stringify(city)}`, null);
    expect([param(page, 'region'), param(page, 'province')]).toEqual([region, province]);
    const cityRevenue = await revenueOf({ region, province, city });
    expect(cityRevenue).toBeGreaterThan(0);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(cityRevenue, 2);
    expect(await page.locator('[data-testid="crumb"] li').allTextContents()).toEqual([
      expect.stringContaining('全部'), expect.stringContaining(region), expect.stringContaining(province), city,
    ]);

    await page.click('[data-testid="crumb-province"]');
    await settle(page, `new URL(location.href).searchParams.get('city') === null`, null);
    expect(param(page, 'province')).toBe(province);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({ region, province }), 2);

    await page.click('[data-testid="crumb-region"]');
    await settle(page, `new URL(location.href).searchParams.get('province') === null`, null);
    expect(param(page, 'region')).toBe(region);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({ region }), 2);

    await page.click('[data-testid="crumb-all"]');
    await settle(page, `new URL(location.href).searchParams.get('region') === null`, null);
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({}), 2);
    expect(await page.evaluate(() => window.channelLens.state.region)).toEqual([]);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('flags 西北 red below target, and every flagged region by the SQL attainment and thresholds', async () => {
    const { page, errors } = await open('?page=sales');
    const attainment = await regionAttainment();
    expect(attainment.get('西北')).toBeLessThan(0.8);
    const flag = page.locator('[data-testid="below-region"] [data-key="西北"]');
    expect(await flag.getAttribute('data-tone')).toBe('bad');
    const flags = await page.locator('[data-testid="below-region"] [data-key]').evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-key'), e.getAttribute('data-tone')]),
    );
    const expected = [...attainment].filter(([, a]) => a < 1).sort((x, y) => x[1] - y[1]).map(([r, a]) => [r, a < 0.8 ? 'bad' : 'warn']);
    expect(flags).toEqual(expected);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compares with the period before under compare=mom', async () => {
    const { page, errors } = await open('?page=sales&compare=mom');
    // The default period is January..the last month; MoM shifts it back by its length in months.
    const months = Number(period.to.slice(5, 7));
    const y = Number(period.from.slice(0, 4)) - 1;
    const baseFrom = `${y}-${String(13 - months).padStart(2, '0')}-01`;
    const current = await revenueOf({});
    const base = await revenueOf({}, baseFrom, `${y}-12-31`);
    expect(await kpiValue(page, 'growth')).toBeCloseTo((current - base) / base, 9);
    expect(await page.textContent('[data-testid="kpi-growth"] h3')).toBe('环比增长');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('drills year → month by a click on a month bar, then up to its quarter and year by the time path', async () => {
    const { page, errors } = await open('?page=sales');
    // The month before the last of the default period, so its quarter is a whole one or ends at the data.
    const y = Number(period.to.slice(0, 4));
    const m = Number(period.to.slice(5, 7)) - 1;
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const lastDay = (yy: number, mm: number) => new Date(Date.UTC(yy, mm, 0)).toISOString().slice(0, 10);
    await page.locator('[data-testid="chart-monthly-target"]').scrollIntoViewIfNeeded();
    const point = await page.evaluate((k) => window.channelLens.chartPoint('chart-monthly-target', k), month);
    expect(point, `bar ${month}`).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction((mm) => new URL(location.href).searchParams.get('from') === mm && new URL(location.href).searchParams.get('to') === mm, month);
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({}, `${month}-01`, lastDay(y, m)), 2);
    expect(await page.textContent('[data-testid="time-crumb-month"]')).toBe(`${m}月`);

    // Up to the quarter: its three months, or up to the last month of the data.
    const q = Math.floor((m - 1) / 3) + 1;
    const qEnd = Math.min(3 * q, Number(period.to.slice(5, 7)));
    await page.click('[data-testid="time-crumb-quarter"]');
    await page.waitForFunction((f) => new URL(location.href).searchParams.get('from') === f, `${y}-${String(3 * q - 2).padStart(2, '0')}`);
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({}, `${y}-${String(3 * q - 2).padStart(2, '0')}-01`, lastDay(y, qEnd)), 2);
    expect(await page.textContent('[data-testid="time-crumb-quarter"]')).toBe(`第${q}季度`);

    // Up to the year (to date): the default period's figure again.
    await page.click('[data-testid="time-crumb-year"]');
    await page.waitForFunction((f) => new URL(location.href).searchParams.get('from') === f, `${y}-01`);
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'revenue')).toBeCloseTo(await revenueOf({}), 2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
