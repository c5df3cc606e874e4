/**
 * The inventory page in real headless Chromium against the built app on a plain static server.
 * Expected figures come from the test's own SQL over the shipped sample database, under DESIGN's
 * definition: weeks of supply = on_hand_qty at the partner's latest snapshot ≤ period end ÷
 * average weekly sell-out over the trailing 13 weeks (91 days ending at the period end); stock
 * with no sell-out at all in the window is infinitely many weeks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { launchChromium, kpiValue, waitReady } from './browser';
import { SAMPLE_DIR, openTruth, type Truth } from './sample-truth';

let server: StaticServer;
let browser: Browser;
let truth: Truth;
let period: { from: string; to: string };
const planted = JSON.parse(fs.readFileSync(path.join(SAMPLE_DIR, 'planted.json'), 'utf8')) as {
  overstockedDistributors: { partners: { partner_id: string }[] };
};
const PLANTED_IDS = planted.overstockedDistributors.partners.map((p) => p.partner_id);

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

async function open(search: string, page?: Page): Promise<Opened> {
  const p = page ?? (await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1440, height: 900 } })).newPage());
  const errors: string[] = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await p.goto(`${server.url}${search}`);
  await waitReady(p);
  return { page: p, errors };
}

/** Per partner: stock at its latest snapshot ≤ `to`, weekly sell-out of the 13 weeks ending at `to`. */
const SUPPLY_SQL = `
WITH snap AS (SELECT partner_id, max(snapshot_date) AS d FROM inventory WHERE snapshot_date <= $1::DATE GROUP BY 1),
stock AS (SELECT i.partner_id, SUM(i.on_hand_qty) AS qty FROM inventory i JOIN snap ON i.partner_id = snap.partner_id AND i.snapshot_date = snap.d GROUP BY 1),
sold AS (SELECT partner_id, SUM(quantity) / 13.0 AS weekly FROM sellout WHERE date BETWEEN $1::DATE - INTERVAL 90 DAY AND $1::DATE GROUP BY 1)
SELECT stock.partner_id, stock.qty::DOUBLE AS qty, COALESCE(sold.weekly, 0)::DOUBLE AS weekly FROM stock LEFT JOIN sold USING (partner_id)`;

async function supplyTruth(to: string): Promise<SupplyTruthRow[]> {
  return (await truth.sql(SUPPLY_SQL, [to])).map((r) => ({ partner_id: String(r.partner_id), qty: Number(r.qty), weekly: Number(r.weekly) }));
}

type SupplyTruthRow = { partner_id: string; qty: number; weekly: number };
const overstocked = (rows: SupplyTruthRow[], over: number) =>
  rows.filter((r) => (r.weekly > 0 ? r.qty / r.weekly > over : r.qty > 0));

async function listedPartners(page: Page): Promise<string[]> {
  const cells = await page.locator('[data-testid="chart-overstock-table"] tbody tr td:first-child').allTextContents();
  return cells.map((c) => c.trim());
}

describe('inventory on the sample data', () => {
  it('lists the planted over-stocked distributors and counts over-stocked partners as the SQL does', async () => {
    const { page, errors } = await open('?page=inventory');
    const rows = await supplyTruth(period.to);
    const expected = overstocked(rows, 8);
    expect(await kpiValue(page, 'overstocked-partners')).toBe(expected.length);
    const listed = await listedPartners(page);
    for (const id of PLANTED_IDS) expect(listed).toContain(id);
    expect(listed.sort()).toEqual(expected.map((r) => r.partner_id).sort());
    // The planted four tie up the most cash: they lead the list.
    expect(listed.slice(0, 4).sort()).toEqual([...PLANTED_IDS].sort());
    // Channel weeks of supply = Σ stock ÷ Σ weekly sell-out.
    const stock = rows.reduce((s, r) => s + r.qty, 0);
    const weekly = rows.reduce((s, r) => s + r.weekly, 0);
    expect(await kpiValue(page, 'weeks-of-supply')).toBeCloseTo(stock / weekly, 6);
    expect(await kpiValue(page, 'overstock-value')).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="chart-supply"][data-rendered="true"]').count()).toBe(1);
    expect(await page.getAttribute('[data-testid="stuffing-verdict"]', 'data-stuffing')).toMatch(/true|false/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('applies thresholds typed on the page, keeps them after a reload, and resets them', async () => {
    const { page, errors } = await open('?page=inventory');
    const rows = await supplyTruth(period.to);
    await page.fill('[data-testid="threshold-over"]', '30');
    await page.press('[data-testid="threshold-over"]', 'Enter');
    await page.locator('[data-testid="threshold-over"]').blur();
    await page.waitForFunction((n) => document.querySelector('[data-testid="kpi-overstocked-partners"]')?.getAttribute('data-value') === String(n), overstocked(rows, 30).length);
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'overstocked-partners')).toBe(overstocked(rows, 30).length);
    // Page-local setting: nothing in the URL, but it survives a reload.
    expect(new URL(page.url()).searchParams.has('over')).toBe(false);
    await page.reload();
    await waitReady(page);
    expect(await page.inputValue('[data-testid="threshold-over"]')).toBe('30');
    expect(await kpiValue(page, 'overstocked-partners')).toBe(overstocked(rows, 30).length);
    await page.getByRole('button', { name: /恢复默认/ }).click();
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'overstocked-partners')).toBe(overstocked(rows, 8).length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a click on an over-stocked partner filters the page to it', async () => {
    const { page, errors } = await open('?page=inventory');
    const id = PLANTED_IDS[0];
    await page.locator('[data-testid="chart-overstock"]').scrollIntoViewIfNeeded();
    const point = await page.evaluate((key) => window.channelLens.chartPoint('chart-overstock', key), id);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction((key) => new URL(location.href).searchParams.get('partner') === key, id);
    await page.evaluate(() => window.channelLens.idle());
    expect(await kpiValue(page, 'overstocked-partners')).toBe(1);
    const [r] = (await supplyTruth(period.to)).filter((x) => x.partner_id === id);
    expect(await kpiValue(page, 'weeks-of-supply')).toBeCloseTo(r.qty / r.weekly, 6);
    expect(await listedPartners(page)).toEqual([id]);
    // The chip names the partner, not its id.
    const [{ name }] = await truth.sql('SELECT partner_name AS name FROM partners WHERE partner_id = $1', [id]);
    await page.waitForFunction((n) => document.querySelector('[data-testid="chip-partner"]')?.textContent?.includes(n), String(name));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
