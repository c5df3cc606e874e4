/**
 * The scorecards page (考核) in headless Chromium against the built app. The expected ranking is
 * computed by the test itself (scorecard-truth.ts: its own SQL over the sample file, its own
 * implementation of the documented scoring), never read from the app's scoring code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { kpiValue, launchChromium, waitReady } from './browser';
import { SAMPLE_DIR, openTruth, type Truth } from './sample-truth';
import { DEFAULT_TARGETS, ranking, rawKpis, type RawKpis, type Weights } from './scorecard-truth';

let server: StaticServer;
let browser: Browser;
let truth: Truth;
let raw: RawKpis[];
let period: { from: string; to: string };

const DEFAULT: Weights = { quota: 50, inventory: 10, new: 10, active2: 10, satisfaction: 10, collection: 10 };
const EDITED: Weights = { ...DEFAULT, quota: 20, collection: 40 };

beforeAll(async () => {
  server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  browser = await launchChromium();
  truth = await openTruth();
  period = await truth.defaultPeriod();
  raw = await rawKpis(truth, period.from, period.to);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  truth?.close();
});

interface Opened { page: Page; errors: string[] }

async function open(url: string, locale = 'zh-CN'): Promise<Opened> {
  const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await page.goto(url);
  await waitReady(page);
  return { page, errors };
}

/** The ranking as shown: salesperson, rank and total of each row, top to bottom. */
async function shownRanking(page: Page) {
  await page.evaluate(() => window.channelLens.idle());
  return page.$$eval('[data-testid="scorecard-row"]', (trs) =>
    trs.map((tr) => ({ id: tr.getAttribute('data-id') ?? '', rank: Number(tr.getAttribute('data-rank')), total: Number(tr.getAttribute('data-total')) })));
}

function expectSameRanking(shown: { id: string; rank: number; total: number }[], expected: ReturnType<typeof ranking>) {
  expect(shown.map((r) => r.id)).toEqual(expected.map((r) => r.id));
  expect(shown.map((r) => r.rank)).toEqual(expected.map((r) => r.rank));
  shown.forEach((r, i) => expect(r.total).toBeCloseTo(expected[i].total, 6));
}

describe('scorecards on the sample data', () => {
  it('ranks salespeople as the test computes; a weight edit re-ranks; the copied link shows the same ranking', async () => {
    const { page, errors } = await open(`${server.url}?page=scorecards`);
    const before = await shownRanking(page);
    expect(before).toHaveLength(25);
    expectSameRanking(before, ranking(raw, DEFAULT));
    // 周涛 (weak collector) is not last with quota at 50 %, but falls once collection weighs 40.
    const expected = ranking(raw, EDITED);
    expect(expected.map((r) => r.id)).not.toEqual(before.map((r) => r.id));

    await page.fill('[data-testid="weight-quota"]', '20');
    await expect.poll(() => page.textContent('[data-testid="weights-error"]')).toContain('70');
    expectSameRanking(await shownRanking(page), ranking(raw, DEFAULT)); // an invalid set changes nothing
    await page.fill('[data-testid="weight-collection"]', '40');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('w') !== null);
    const after = await shownRanking(page);
    expectSameRanking(after, expected);
    expect(new URL(page.url()).searchParams.get('w')).toBe('quota:20,inventory:10,new:10,active2:10,satisfaction:10,collection:40');
    expect(await page.evaluate(() => window.channelLens.state.w)).toBe('quota:20,inventory:10,new:10,active2:10,satisfaction:10,collection:40');
    const zhou = (rows: { id: string; rank: number }[]) => rows.find((r) => r.id === '周涛')?.rank ?? 0;
    expect(zhou(after)).toBeGreaterThan(zhou(before));

    const shared = await open(page.url());
    expectSameRanking(await shownRanking(shared.page), expected);
    expect(await shared.page.inputValue('[data-testid="weight-collection"]')).toBe('40');
    expect(errors).toEqual([]);
    expect(shared.errors).toEqual([]);
    await shared.page.context().close();
    await page.context().close();
  });

  it('a KPI target edit re-ranks as the test computes; an invalid target is refused; the copied link shows the same ranking', async () => {
    const { page, errors } = await open(`${server.url}?page=scorecards`);
    const before = await shownRanking(page);
    expectSameRanking(before, ranking(raw, DEFAULT));
    // Five active second-tier partners is full points: the reps with a few active resellers catch up.
    const targets = { ...DEFAULT_TARGETS, active2: 5 };
    const expected = ranking(raw, DEFAULT, targets);
    expect(expected.map((r) => r.id)).not.toEqual(before.map((r) => r.id));

    await page.fill('[data-testid="target-active2"]', '0');
    await page.waitForSelector('[data-testid="target-error-active2"]');
    expect(await page.getAttribute('[data-testid="target-active2"]', 'aria-invalid')).toBe('true');
    expectSameRanking(await shownRanking(page), ranking(raw, DEFAULT)); // not applied
    expect(new URL(page.url()).searchParams.get('tgt')).toBeNull();

    await page.fill('[data-testid="target-active2"]', '5');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('tgt') !== null);
    expect(new URL(page.url()).searchParams.get('tgt')).toBe('active2:5');
    expect(await page.locator('[data-testid="target-error-active2"]').count()).toBe(0);
    expectSameRanking(await shownRanking(page), expected);
    expect(await page.textContent('[data-testid="scorecard-targets"]')).toContain('活跃二级伙伴 5 家（默认 20 家）');

    const shared = await open(page.url());
    expectSameRanking(await shownRanking(shared.page), expected);
    expect(await shared.page.inputValue('[data-testid="target-active2"]')).toBe('5');
    expect(await shared.page.textContent('[data-testid="scorecard-targets"]')).toContain('活跃二级伙伴 5 家（默认 20 家）');
    expect(await shared.page.locator('[data-testid="url-notice"]').count()).toBe(0);
    expect(errors).toEqual([]);
    expect(shared.errors).toEqual([]);
    await shared.page.context().close();
    await page.context().close();
  });

  it('follows weights given through channelLens.apply and reports a bad w in the link', async () => {
    const { page, errors } = await open(`${server.url}?page=scorecards&w=quota:20,bogus:80`);
    expect(await page.textContent('[data-testid="url-notice"]')).toContain('w');
    expectSameRanking(await shownRanking(page), ranking(raw, DEFAULT));
    const satisfactionOnly = { quota: 0, inventory: 0, new: 0, active2: 0, satisfaction: 100, collection: 0 };
    await page.evaluate((w) => window.channelLens.apply({ w }), satisfactionOnly);
    expectSameRanking(await shownRanking(page), ranking(raw, satisfactionOnly));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a salesperson: detail with their KPIs over time, their region and their partners', async () => {
    const { page, errors } = await open(`${server.url}?page=scorecards`);
    await page.click('[data-testid="scorecard-row"][data-id="周涛"] button');
    await page.waitForFunction(() => JSON.stringify(window.channelLens.state.salesperson) === '["周涛"]');
    await page.evaluate(() => window.channelLens.idle());
    await page.waitForSelector('[data-testid="salesperson-detail"][data-name="周涛"]');
    expect(await page.locator('[data-testid="chart-kpi-trend"][data-rendered="true"]').count()).toBe(1);
    const expected = ranking(raw, DEFAULT).find((r) => r.id === '周涛');
    expect(Number(await page.getAttribute('[data-testid="detail-total"]', 'data-value'))).toBeCloseTo(expected?.total ?? NaN, 6);
    // Their region: the salespeople whose partners are mostly in 华东, as the test counts them.
    const mates = await truth.sql(`SELECT owner FROM (SELECT owner, region, count(*) AS n FROM partners GROUP BY 1, 2)
      QUALIFY row_number() OVER (PARTITION BY owner ORDER BY n DESC, region) = 1 AND region = '华东'`);
    expect(await page.locator('[data-testid="detail-region-table"] tbody tr').count()).toBe(mates.length);
    // The partner list below follows the salesperson filter: only 周涛's partners.
    const owners = await page.$$eval('[data-testid="partner-row"]', (trs) => trs.map((tr) => tr.children[4]?.textContent));
    expect(new Set(owners)).toEqual(new Set(['周涛']));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the planted once-off, never-ordering and churned partners for elimination, with reasons, as CSV', async () => {
    const planted = JSON.parse(fs.readFileSync(`${SAMPLE_DIR}/planted.json`, 'utf8')) as Record<string, { partners: { partner_id: string; status: string }[] }>;
    // Partners still under contract (合作中) are evaluated; suspended or terminated ones are already out.
    const live = (story: string) => planted[story].partners.filter((p) => p.status === '合作中').map((p) => p.partner_id);
    const { page, errors } = await open(`${server.url}?page=scorecards`);
    const download = page.waitForEvent('download');
    await page.click('[data-testid="elimination-table-csv"]');
    const csv = fs.readFileSync(await (await download).path(), 'utf8');
    const line = (id: string) => csv.split('\r\n').find((l) => l.startsWith(id)) ?? '';
    for (const id of live('onceOffPartners')) expect(line(id), id).toContain('一次性合作');
    for (const id of live('inactiveSecondTier')) expect(line(id), id).toContain('从未下单');
    const churned = live('churnedPartners');
    const days = await truth.sql(`SELECT partner_id, ($1::DATE - max(order_date))::INTEGER AS days FROM orders WHERE amount > 0 GROUP BY 1`, [period.to]);
    const daysOf = new Map(days.map((r) => [String(r.partner_id), Number(r.days)]));
    for (const id of churned) expect(line(id), id).toContain(`${daysOf.get(id)} 天无订单`);
    // Once-off by the documented rule (12 months to period end, one 30-day burst, nothing in the last 180 days):
    // the planted ones plus any ordinary reseller that happens to fit it.
    const [once] = await truth.sql(`SELECT count(*)::INTEGER AS n FROM (SELECT partner_id, min(order_date) AS f, max(order_date) AS l FROM orders
      WHERE amount > 0 AND order_date BETWEEN $1::DATE - INTERVAL 12 MONTH + INTERVAL 1 DAY AND $1::DATE GROUP BY 1) o JOIN partners p USING (partner_id)
      WHERE l - f <= 29 AND l < $1::DATE - 179 AND p.status = '合作中'`, [period.to]);
    expect(Number(once.n)).toBeGreaterThanOrEqual(live('onceOffPartners').length);
    expect(await kpiValue(page, 'once-off-partners')).toBe(Number(once.n));
    // Resellers signed within the last 180 days that have not ordered yet are given time, not listed.
    const fresh = await truth.sql(`SELECT partner_id FROM partners p WHERE status = '合作中' AND signed_date > $1::DATE - 180
      AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.partner_id = p.partner_id)`, [period.to]);
    expect(fresh.length).toBeGreaterThan(0);
    for (const r of fresh) expect(line(String(r.partner_id)), String(r.partner_id)).toBe('');

    // Second-tier partners under their distributor, as the partners file says.
    await page.click('[data-testid="partners-by-distributor"]');
    const tree = await page.$$eval('[data-testid="partner-row"]', (trs) => trs.map((tr) => ({
      id: tr.getAttribute('data-id') ?? '', depth: tr.getAttribute('data-depth'), parent: tr.getAttribute('data-parent') ?? '' })));
    const children = tree.filter((r) => r.depth === '1');
    expect(children.length).toBeGreaterThan(0);
    const [parent] = await truth.sql(`SELECT parent_partner_id FROM partners WHERE partner_id = $1`, [children[0].id]);
    expect(children[0].parent).toBe(parent.parent_partner_id);
    tree.forEach((r, i) => { if (r.depth === '1') expect(tree.slice(0, i).reverse().find((x) => x.depth === '0')?.id).toBe(r.parent); });

    await page.click('[data-testid="lang-switch"]');
    await page.evaluate(() => window.channelLens.idle());
    const english = page.waitForEvent('download');
    await page.click('[data-testid="elimination-table-csv"]');
    const en = fs.readFileSync(await (await english).path(), 'utf8');
    expect(en.split('\r\n').find((l) => l.startsWith(churned[0]))).toContain(`no order for ${daysOf.get(churned[0])} days`);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
