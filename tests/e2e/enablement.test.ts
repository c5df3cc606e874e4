/**
 * The Enablement page in headless Chromium on the built app. Every expected figure comes from the
 * test's own SQL over the shipped sample database (raw canonical tables, not the app's model).
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

async function open(search: string, locale = 'zh-CN'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(`${server.url}${search}`);
  await waitReady(page);
  return { page, errors };
}

/** Pass rate = SUM(passed) ÷ SUM(attendees) of trainings dated in the period (region = the partner's). */
async function passRate(region?: string): Promise<{ rate: number; sessions: number }> {
  const [r] = await truth.sql(
    `SELECT SUM(t.passed)::DOUBLE / SUM(t.attendees)::DOUBLE AS rate, COUNT(DISTINCT t.training_id)::INTEGER AS sessions
     FROM trainings t LEFT JOIN partners p USING (partner_id)
     WHERE t.date BETWEEN $1::DATE AND $2::DATE AND t.passed IS NOT NULL ${region ? 'AND p.region = $3' : ''}`,
    region ? [period.from, period.to, region] : [period.from, period.to],
  );
  return { rate: Number(r.rate), sessions: Number(r.sessions) };
}

/** ROI = (Σ revenue − Σ cost) ÷ Σ cost of activities dated in the period (own region, else the partner's). */
async function activityRoi(region?: string): Promise<number> {
  const [r] = await truth.sql(
    `SELECT SUM(a.revenue)::DOUBLE AS revenue, SUM(a.cost)::DOUBLE AS cost
     FROM activities a LEFT JOIN partners p USING (partner_id)
     WHERE a.date BETWEEN $1::DATE AND $2::DATE ${region ? 'AND COALESCE(a.region, p.region) = $3' : ''}`,
    region ? [period.from, period.to, region] : [period.from, period.to],
  );
  return (Number(r.revenue) - Number(r.cost)) / Number(r.cost);
}

describe('enablement on the sample data', () => {
  it('shows pass rate, activity ROI and NPS of the default period, as the test computes them', async () => {
    const { page, errors } = await open('?page=enablement');
    const training = await passRate();
    expect(training.rate).toBeGreaterThan(0.5);
    expect(await kpiValue(page, 'pass-rate')).toBeCloseTo(training.rate, 9);
    expect(await kpiValue(page, 'training-sessions')).toBe(training.sessions);
    expect(await kpiValue(page, 'activity-roi')).toBeCloseTo(await activityRoi(), 9);
    const [n] = await truth.sql(
      `SELECT 100.0 * (COUNT(*) FILTER (WHERE nps >= 9) - COUNT(*) FILTER (WHERE nps <= 6)) / COUNT(nps) AS nps
       FROM surveys WHERE survey_date BETWEEN $1::DATE AND $2::DATE AND nps IS NOT NULL`,
      [period.from, period.to],
    );
    expect(await kpiValue(page, 'nps')).toBeCloseTo(Number(n.nps), 9);
    for (const id of ['chart-training-type', 'chart-training-region', 'chart-activity-type', 'chart-activity-region', 'chart-satisfaction-dimensions', 'chart-satisfaction-trend'])
      expect(await page.locator(`[data-testid="${id}"][data-rendered="true"] canvas`).count(), id).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the least satisfied partner first', async () => {
    const { page, errors } = await open('?page=enablement');
    // Per survey: the mean of its dimension scores; per partner: the mean over its surveys.
    const [worst] = await truth.sql(
      `WITH s AS (SELECT partner_id, (COALESCE(score_training, 0) + COALESCE(score_marketing, 0) + COALESCE(score_supply, 0)
          + COALESCE(score_price, 0) + COALESCE(score_rebate, 0)) / NULLIF((score_training IS NOT NULL)::INT + (score_marketing IS NOT NULL)::INT
          + (score_supply IS NOT NULL)::INT + (score_price IS NOT NULL)::INT + (score_rebate IS NOT NULL)::INT, 0) AS score
        FROM surveys WHERE survey_date BETWEEN $1::DATE AND $2::DATE)
       SELECT partner_id FROM s WHERE score IS NOT NULL GROUP BY partner_id ORDER BY avg(score), partner_id LIMIT 1`,
      [period.from, period.to],
    );
    const firstRow = page.locator('[data-testid="least-satisfied"] tbody tr').first();
    expect(await firstRow.textContent()).toContain(String(worst.partner_id));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click on a region bar filters every card by that region', async () => {
    const { page, errors } = await open('?page=enablement');
    await page.locator('[data-testid="chart-training-region"]').scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => window.channelLens.chartPoint('chart-training-region', '西北'));
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === '西北');
    await page.evaluate(() => window.channelLens.idle());
    const training = await passRate('西北');
    expect(await kpiValue(page, 'pass-rate')).toBeCloseTo(training.rate, 9);
    expect(await kpiValue(page, 'training-sessions')).toBe(training.sessions);
    expect(await kpiValue(page, 'activity-roi')).toBeCloseTo(await activityRoi('西北'), 9);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks English when asked', async () => {
    const { page, errors } = await open('?page=enablement&lang=en', 'en-US');
    expect(await page.textContent('[data-testid="kpi-pass-rate"] h3')).toBe('Training pass rate');
    expect(await page.textContent('[data-testid="kpi-activity-roi"] h3')).toBe('Marketing activity ROI');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
