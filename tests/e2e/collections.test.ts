/**
 * The collections page in real headless Chromium against the built app on a plain static server.
 * Expected figures come from the test's own SQL over the shipped sample database. A payment counts
 * at a date when paid_date ≤ that date, or when paid_date is empty and paid_amount > 0.
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

const PAID_BY_TO = `CASE WHEN r.paid_date <= $2::DATE OR (r.paid_date IS NULL AND r.paid_amount > 0) THEN COALESCE(r.paid_amount, 0) ELSE 0 END`;

/** Collection rate: paid ÷ due over invoices due in [from, to] (partner dims from partners). */
async function collectionRate(where = '', params: string[] = []): Promise<number> {
  const [r] = await truth.sql(
    `SELECT SUM(r.amount)::DOUBLE AS due, SUM(${PAID_BY_TO})::DOUBLE AS paid
     FROM receivables r LEFT JOIN partners p USING (partner_id) WHERE r.due_date BETWEEN $1::DATE AND $2::DATE ${where}`,
    [period.from, period.to, ...params],
  );
  return Number(r.paid) / Number(r.due);
}

/** Open receivables at `to` (issued by then, amount − paid by then > 0): overdue (past due) and all. */
async function openItems(where = '', params: string[] = []): Promise<{ overdue: number; outstanding: number }> {
  const [r] = await truth.sql(
    `WITH o AS (SELECT r.amount - ${PAID_BY_TO} AS open, $2::DATE - r.due_date AS days
       FROM receivables r LEFT JOIN partners p USING (partner_id)
       WHERE COALESCE(r.invoice_date, r.due_date) <= $2::DATE AND $1::DATE IS NOT NULL ${where})
     SELECT COALESCE(SUM(open) FILTER (WHERE open > 0 AND days > 0), 0)::DOUBLE AS overdue,
            COALESCE(SUM(open) FILTER (WHERE open > 0), 0)::DOUBLE AS outstanding FROM o`,
    [period.from, period.to, ...params],
  );
  return { overdue: Number(r.overdue), outstanding: Number(r.outstanding) };
}

describe('collections on the sample data', () => {
  it('shows the collection rate, overdue total and share, and DSO of the SQL', async () => {
    const { page, errors } = await open('?page=collections');
    expect(await kpiValue(page, 'collection-rate')).toBeCloseTo(await collectionRate(), 6);
    const items = await openItems();
    expect(items.overdue).toBeGreaterThan(0);
    expect(await kpiValue(page, 'overdue-amount')).toBeCloseTo(items.overdue, 2);
    expect(await kpiValue(page, 'overdue-share')).toBeCloseTo(items.overdue / items.outstanding, 6);
    // DSO = receivables at period end ÷ invoiced in the 3 calendar months ending then × their days.
    const [d] = await truth.sql(
      `WITH w AS (SELECT (date_trunc('month', $1::DATE) - INTERVAL 2 MONTH)::DATE AS f)
       SELECT (SELECT SUM(amount)::DOUBLE FROM receivables, w WHERE invoice_date BETWEEN w.f AND $1::DATE) AS sales,
              ($1::DATE - (SELECT f FROM w) + 1)::INTEGER AS days`,
      [period.to],
    );
    expect(await kpiValue(page, 'dso')).toBeCloseTo((items.outstanding / Number(d.sales)) * Number(d.days), 6);
    expect(await page.locator('[data-testid="overdue-invoices"] tbody tr').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts 周涛 first in aging by salesperson, with his overdue amount', async () => {
    const { page, errors } = await open('?page=collections');
    await page.click('[data-testid="aging-by-salesperson"]');
    await page.evaluate(() => window.channelLens.idle());
    // The chart itself redraws by salesperson (not only its table): 周涛's bar is on screen.
    await page.waitForFunction(() => window.channelLens.chartPoint('chart-aging', '周涛') !== null, null, { timeout: 15_000 });
    await page.locator('[data-testid="chart-aging"]').locator('..').locator('..').locator('summary').click();
    const first = page.locator('[data-testid="chart-aging-table"] tbody tr').first();
    expect((await first.locator('td').first().textContent())?.trim()).toBe('周涛');
    const zhou = await openItems('AND p.owner = $3', ['周涛']);
    const next = await truth.sql(
      `WITH o AS (SELECT p.owner, r.amount - ${PAID_BY_TO} AS open, $2::DATE - r.due_date AS days
         FROM receivables r JOIN partners p USING (partner_id) WHERE COALESCE(r.invoice_date, r.due_date) <= $2::DATE AND $1::DATE IS NOT NULL)
       SELECT owner, SUM(open)::DOUBLE AS overdue FROM o WHERE open > 0 AND days > 0 AND owner <> '周涛' GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      [period.from, period.to],
    );
    // The story: his overdue is several times anyone else's.
    expect(zhou.overdue).toBeGreaterThan(3 * Number(next[0].overdue));
    const cell = (await first.locator('td').nth(5).textContent())?.replace(/[¥,\s]/g, '');
    expect(Number(cell)).toBeCloseTo(zhou.overdue, 1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click on a region bar in aging filters the whole page', async () => {
    const { page, errors } = await open('?page=collections');
    await page.locator('[data-testid="chart-aging"]').scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => window.channelLens.chartPoint('chart-aging', '华南'));
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('region') === '华南');
    await page.evaluate(() => window.channelLens.idle());
    expect(await page.evaluate(() => window.channelLens.state.region)).toEqual(['华南']);
    expect(await kpiValue(page, 'collection-rate')).toBeCloseTo(await collectionRate('AND p.region = $3', ['华南']), 6);
    expect(await kpiValue(page, 'overdue-amount')).toBeCloseTo((await openItems('AND p.region = $3', ['华南'])).overdue, 2);
    const regions = await page.locator('[data-testid="overdue-invoices"] tbody tr td:nth-child(5)').allTextContents();
    expect(new Set(regions.map((r) => r.trim()))).toEqual(new Set(['华南']));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
