/**
 * The Funnel & forecast page in headless Chromium on the built app. Expected figures come from the
 * test's own SQL over the shipped sample database; the forecast check recomputes the documented
 * seasonal-trend method in a few lines over the SQL monthly series.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
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

async function open(search: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(`${server.url}${search}`);
  await waitReady(page);
  return { page, errors };
}

/**
 * METRICS.md: win rate = won ÷ (won + lost) and cycle days = mean(close − created) over deals
 * *closed* in [from, to] (no close date → created date). Region = the partner's.
 */
async function closedDeals(region?: string): Promise<{ winRate: number; cycleDays: number }> {
  const [r] = await truth.sql(
    `SELECT COUNT(*) FILTER (WHERE o.status = 'won')::DOUBLE AS won, COUNT(*) FILTER (WHERE o.status = 'lost')::DOUBLE AS lost,
       avg(o.close_date - o.created_date)::DOUBLE AS cycle
     FROM opportunities o LEFT JOIN partners p USING (partner_id)
     WHERE o.status IN ('won', 'lost') AND COALESCE(o.close_date, o.created_date) BETWEEN $1::DATE AND $2::DATE
       ${region ? 'AND p.region = $3' : ''}`,
    region ? [period.from, period.to, region] : [period.from, period.to],
  );
  return { winRate: Number(r.won) / (Number(r.won) + Number(r.lost)), cycleDays: Number(r.cycle) };
}

/** Monthly revenue from the first order month to the last complete month (the period ends on a month end). */
async function monthlySeries(region?: string): Promise<number[]> {
  const rows = await truth.sql(
    `WITH m AS (SELECT unnest(generate_series((SELECT date_trunc('month', min(order_date)) FROM orders), date_trunc('month', $1::DATE), INTERVAL 1 MONTH)) AS month)
     SELECT m.month, COALESCE(SUM(o.amount), 0)::DOUBLE AS revenue FROM m
     LEFT JOIN orders o ON date_trunc('month', o.order_date) = m.month ${region ? 'AND o.region = $2' : ''}
     GROUP BY m.month ORDER BY m.month`,
    region ? [period.to, region] : [period.to],
  );
  return rows.map((r) => Number(r.revenue));
}

/** One-step backtest of F(t) = A(t − 12) + (Σ last 12 − Σ previous 12) ÷ 12 over the last 6 months. */
function backtest(a: number[]): { wmape: number; bias: number } {
  let abs = 0;
  let signed = 0;
  let actual = 0;
  for (let t = a.length - 6; t < a.length; t++) {
    const sum = (from: number, to: number) => a.slice(from, to).reduce((s, v) => s + v, 0);
    const f = Math.max(0, a[t - 12] + (sum(t - 12, t) - sum(t - 24, t - 12)) / 12);
    abs += Math.abs(a[t] - f);
    signed += f - a[t];
    actual += a[t];
  }
  return { wmape: abs / actual, bias: signed / actual };
}

const nextMonths = (ym: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 1 + i + 1, 1));
    return d.toISOString().slice(0, 7);
  });

describe('funnel and forecast on the sample data', () => {
  it('shows win rate, cycle days and pipeline coverage as the test computes them', async () => {
    const { page, errors } = await open('?page=funnel');
    const closed = await closedDeals();
    expect(closed.winRate).toBeGreaterThan(0);
    expect(await kpiValue(page, 'win-rate')).toBeCloseTo(closed.winRate, 9);
    expect(await kpiValue(page, 'cycle-days')).toBeCloseTo(closed.cycleDays, 6);
    const [c] = await truth.sql(
      `SELECT (SELECT SUM(amount) FROM opportunities WHERE status = 'open' AND (close_date IS NULL OR close_date BETWEEN $1::DATE AND $2::DATE))::DOUBLE AS pipeline,
         (SELECT SUM(target_amount) FROM targets WHERE period BETWEEN $3 AND $4)::DOUBLE AS target,
         (SELECT SUM(amount) FROM orders WHERE order_date BETWEEN $1::DATE AND $2::DATE)::DOUBLE AS revenue`,
      [period.from, period.to, period.from.slice(0, 7), period.to.slice(0, 7)],
    );
    expect(await kpiValue(page, 'pipeline-coverage')).toBeCloseTo(Number(c.pipeline) / (Number(c.target) - Number(c.revenue)), 6);
    expect(await page.locator('[data-testid="chart-funnel"][data-rendered="true"] canvas').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws 3 forecast months after the last complete month, with the backtest beside it', async () => {
    const { page, errors } = await open('?page=funnel');
    const lastComplete = period.to.slice(0, 7);
    await page.locator('[data-testid="chart-forecast"]').scrollIntoViewIfNeeded();
    const point = (key: string) => page.evaluate((k) => window.channelLens.chartPoint('chart-forecast', k), key);
    const [m1, m2, m3, m4] = nextMonths(lastComplete, 4);
    for (const month of [m1, m2, m3]) expect(await point(`forecast:${month}`), month).not.toBeNull();
    // Nothing forecast for the last complete month (it is history) nor beyond the third month.
    expect(await point(`forecast:${lastComplete}`)).toBeNull();
    expect(await point(`forecast:${m4}`)).toBeNull();
    // The points are drawn left to right, after the history.
    const xs = await Promise.all([m1, m2, m3].map(async (m) => (await point(`forecast:${m}`))!.x));
    expect(xs[0]).toBeLessThan(xs[1]);
    expect(xs[1]).toBeLessThan(xs[2]);

    const expected = backtest(await monthlySeries());
    expect(await kpiValue(page, 'forecast-wmape')).toBeCloseTo(expected.wmape, 9);
    expect(await kpiValue(page, 'forecast-bias')).toBeCloseTo(expected.bias, 9);
    expect(await page.getAttribute('[data-testid="forecast-method"]', 'data-method')).toBe('seasonal-trend');

    // The selector switches the chart and its backtest to one region without filtering the page.
    await page.selectOption('[data-testid="forecast-region"]', '西北');
    await page.evaluate(() => window.channelLens.idle());
    const northwest = backtest(await monthlySeries('西北'));
    expect(await kpiValue(page, 'forecast-wmape')).toBeCloseTo(northwest.wmape, 9);
    expect(await page.evaluate(() => window.channelLens.state.region)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('saves each chart as a PNG named after what it shows, at twice its size on screen', async () => {
    const { page, errors } = await open('?page=funnel');
    /** Click the chart's PNG button: the download's name, and its pixel size beside the chart's size on screen. */
    async function save(testid: string) {
      await page.locator(`[data-testid="${testid}"][data-rendered="true"]`).scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testid}-png"]`)]);
      const png = fs.readFileSync((await download.path())!);
      const box = (await page.locator(`[data-testid="${testid}"] canvas`).first().boundingBox())!;
      return {
        name: download.suggestedFilename(),
        signature: png.subarray(0, 8).toString('hex'),
        // The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
        size: [png.readUInt32BE(16), png.readUInt32BE(20)],
        screen: [Math.round(box.width) * 2, Math.round(box.height) * 2],
      };
    }
    // The panel's heading as on the page; the quota split's region chart also names its section.
    const panelTitle = (testid: string) => page.locator(`section.panel:has([data-testid="${testid}"]) h2`).innerText();
    const sectionTitle = await page.locator('section.panel section:has([data-testid="chart-forecast-region"]) > h3')
      .evaluate((h) => [...h.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());
    const forecast = await save('chart-forecast');
    const region = await save('chart-forecast-region');
    expect([forecast.name, region.name]).toEqual([
      `${await panelTitle('chart-forecast')}.png`,
      `${await panelTitle('chart-forecast-region')} · ${sectionTitle}.png`,
    ]);
    expect(sectionTitle).toContain('按区域');
    // A chart of the shared chart panel (the overview's) saves the same way.
    await page.goto(`${server.url}?page=overview`);
    await waitReady(page);
    const monthly = await save('chart-monthly');
    expect(monthly.name).toBe(`${await panelTitle('chart-monthly')}.png`);
    for (const shot of [forecast, region, monthly]) {
      expect(shot.signature).toBe('89504e470d0a1a0a');
      expect(shot.size).toEqual(shot.screen);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click on a region bar filters the page; the quota split keeps every region and narrows the reps', async () => {
    const { page, errors } = await open('?page=funnel');
    await page.locator('[data-testid="chart-forecast-region"]').scrollIntoViewIfNeeded();
    expect(await page.locator('[data-testid="quota-region"] tbody tr').count()).toBe(7);
    const pt = await page.evaluate(() => window.channelLens.chartPoint('chart-forecast-region', '华东'));
    expect(pt).not.toBeNull();
    await page.mouse.click(pt!.x, pt!.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === '华东');
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'win-rate')).toBeCloseTo((await closedDeals('华东')).winRate, 9);
    expect(await kpiValue(page, 'forecast-wmape')).toBeCloseTo(backtest(await monthlySeries('华东')).wmape, 9);
    // Crossfilter: every region stays in the split, and only 华东's reps share its quota.
    expect(await page.locator('[data-testid="quota-region"] tbody tr').count()).toBe(7);
    const [reps] = await truth.sql(`SELECT COUNT(DISTINCT salesperson)::INTEGER AS n FROM orders WHERE region = '华东'`);
    expect(await page.locator('[data-testid="quota-salesperson"] tbody tr').count()).toBe(Number(reps.n));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
