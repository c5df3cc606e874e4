/**
 * Hostile data end to end: every text column of every canonical table (ids included, so the
 * tables still join) holds markup, script, `javascript:` and spreadsheet formulas. After importing
 * them through the file input, every page is visited, every chart hovered point by point, the
 * partner detail opened and a table exported: nothing may execute, no element may be created from
 * data, no CSP violation, no dialog, no page error, and the tables keep their rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from './static-server';
import { launchChromium, waitReady } from './browser';

const HOSTILE = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '=HYPERLINK("http://x")',
  '+SUM(1)',
  '@cmd',
  '-1+2',
];
/** The k-th hostile text, made unique with a suffix so ids stay distinct. */
const bad = (k: number, tag = '') => `${HOSTILE[k % HOSTILE.length]}${tag}${k}`;

const PARTNERS = 12;
const partnerId = (k: number) => bad(k, '#');
const month = (i: number) => `2025-${String((i % 12) + 1).padStart(2, '0')}`;
const day = (i: number) => `${month(i)}-${String((i % 27) + 1).padStart(2, '0')}`;

type Table = { name: string; header: string[]; rows: (string | number)[][] };

/** A few dozen rows per canonical table; the expected row counts are the lengths of these arrays. */
function tables(): Table[] {
  const n = (count: number) => Array.from({ length: count }, (_, i) => i);
  const p = (i: number) => partnerId(i % PARTNERS);
  return [
    { name: 'partners', header: ['partner_id', 'partner_name', 'tier', 'parent_partner_id', 'region', 'province', 'city', 'industry', 'owner', 'signed_date', 'status', 'certification'],
      rows: n(PARTNERS).map((i) => [partnerId(i), bad(i + 1), bad(i + 2), i > 3 ? partnerId(i % 3) : '', bad(i % 3), bad(i + 3), bad(i + 4), bad(i + 5), bad(i % 4, 'rep'), day(i), bad(i + 6), bad(i)]) },
    { name: 'orders', header: ['order_id', 'order_date', 'partner_id', 'partner_name', 'salesperson', 'region', 'province', 'city', 'industry', 'end_customer', 'product', 'product_line', 'quantity', 'unit_price', 'amount'],
      rows: n(48).map((i) => [bad(i, 'SO'), day(i), p(i), bad(i % PARTNERS + 1), bad(i % 4, 'rep'), bad(i % 3), bad(i + 3), bad(i + 4), bad(i + 5), bad(i + 6), bad(i % 5, 'prod'), bad(i % 2, 'line'), (i % 5) + 1, 1000 + i, (1000 + i) * ((i % 5) + 1)]) },
    { name: 'sellout', header: ['date', 'partner_id', 'product', 'customer', 'region', 'quantity', 'amount'],
      rows: n(36).map((i) => [day(i), p(i), bad(i % 5, 'prod'), bad(i + 2), bad(i % 3), (i % 4) + 1, 500 + i]) },
    { name: 'targets', header: ['period', 'salesperson', 'region', 'target_amount', 'target_new_partners'],
      rows: n(24).map((i) => [month(i), bad(i % 4, 'rep'), bad(i % 3), 20_000 + i * 100, 2]) },
    { name: 'inventory', header: ['snapshot_date', 'partner_id', 'product', 'on_hand_qty', 'on_hand_value'],
      rows: n(24).map((i) => [day(i), p(i), bad(i % 5, 'prod'), 10 + i, 1000 + i]) },
    { name: 'receivables', header: ['invoice_id', 'partner_id', 'invoice_date', 'due_date', 'amount', 'paid_amount', 'paid_date'],
      rows: n(30).map((i) => [bad(i, 'INV'), p(i), day(i), day(i + 1), 3000 + i, i % 3 ? 3000 + i : 0, i % 3 ? day(i + 2) : '']) },
    { name: 'trainings', header: ['training_id', 'date', 'partner_id', 'type', 'attendees', 'passed'],
      rows: n(24).map((i) => [bad(i, 'TR'), day(i), p(i), bad(i + 1), 5 + (i % 3), 3]) },
    { name: 'surveys', header: ['survey_date', 'partner_id', 'score_training', 'score_marketing', 'score_supply', 'score_price', 'score_rebate', 'score_overall', 'nps'],
      rows: n(24).map((i) => [day(i), p(i), 3 + (i % 3), 4, 3, 4, 5, 4, i % 11]) },
    { name: 'activities', header: ['activity_id', 'date', 'type', 'region', 'partner_id', 'cost', 'attendees', 'leads', 'revenue'],
      rows: n(24).map((i) => [bad(i, 'ACT'), day(i), bad(i % 4, 'type'), bad(i % 3), p(i), 2000 + i, 20, 5, 8000 + i]) },
    { name: 'opportunities', header: ['opp_id', 'partner_id', 'salesperson', 'stage', 'amount', 'created_date', 'close_date', 'status', 'registered'],
      rows: n(30).map((i) => [bad(i, 'OPP'), p(i), bad(i % 4, 'rep'), bad(i % 5, 'stage'), 10_000 + i, day(i), day(i + 3), ['open', 'won', 'lost'][i % 3], i % 2 ? 'true' : 'false']) },
    { name: 'expenses', header: ['date', 'salesperson', 'region', 'category', 'amount'],
      rows: n(24).map((i) => [day(i), bad(i % 4, 'rep'), bad(i % 3), bad(i + 2), 700 + i]) },
  ];
}

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
const csv = (t: Table) => [t.header, ...t.rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';

let server: StaticServer;
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-hostile-'));
const TABLES = tables();

beforeAll(async () => {
  for (const t of TABLES) fs.writeFileSync(path.join(dir, `${t.name}.csv`), csv(t));
  // A file that matches no table loads raw: its header is hostile too.
  fs.writeFileSync(path.join(dir, 'notes.csv'), `${cell(HOSTILE[0])},${cell(HOSTILE[1])}\n${HOSTILE.map((h, i) => `${cell(h)},${cell(bad(i + 1))}`).join('\n')}\n`);
  server = await serveStatic(process.env.DIST_DIR ?? 'dist');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Watch { errors: string[]; dialogs: string[]; requests: string[] }

async function open(): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const watch: Watch = { errors: [], dialogs: [], requests: [] };
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('dialog', (d) => { watch.dialogs.push(d.message()); void d.dismiss(); });
  // `<img src=x>` turned into an element would request ./x.
  page.on('request', (r) => { if (/\/x$|^http:\/\/x/.test(r.url())) watch.requests.push(r.url()); });
  await page.goto(server.url);
  await waitReady(page);
  return { page, watch };
}

/** Nothing ran, nothing was made from data, nothing was blocked. */
async function expectClean(page: Page, watch: Watch, where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    imgs: [...document.querySelectorAll('img')].filter((i) => i.getAttribute('src') === 'x').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__xss')).length,
    links: [...document.querySelectorAll('a[href]')].filter((a) => a.getAttribute('href')!.startsWith('javascript:')).length,
    csp: (window as unknown as { cspViolations: string[] }).cspViolations,
  }));
  expect(state, where).toEqual({ xss: undefined, imgs: 0, scripts: 0, links: 0, csp: [] });
  expect(watch, where).toEqual({ errors: [], dialogs: [], requests: [] });
}

/** Move the mouse over a grid of points on every rendered chart; returns the tooltip texts seen. */
let chartsHovered = 0;
async function hoverCharts(page: Page): Promise<string[]> {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.chart[data-testid]')]
      .map((el) => { el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { id: el.dataset.testid!, top: r.top + scrollY, left: r.left, w: r.width, h: r.height }; })
      .filter((b) => b.w > 0 && b.h > 0));
  const seen: string[] = [];
  chartsHovered += boxes.length;
  for (const b of boxes) {
    await page.evaluate((top) => scrollTo(0, Math.max(0, top - 100)), b.top);
    const y0 = await page.evaluate((top) => top - scrollY, b.top);
    for (let gy = 1; gy <= 3; gy++) {
      for (let gx = 1; gx <= 8; gx++) {
        await page.mouse.move(b.left + (b.w * gx) / 9, y0 + (b.h * gy) / 4);
        const tip = await page.evaluate((id) => {
          const host = document.querySelector(`[data-testid="${CSS.escape(id)}"]`);
          return [...(host?.querySelectorAll('div') ?? [])].filter((d) => d.style.zIndex === '9999999' && d.style.display !== 'none').map((d) => d.innerText).join(' ');
        }, b.id);
        if (tip) seen.push(tip);
      }
    }
  }
  return seen;
}

describe('hostile data', () => {
  it('imports markup, script and formulas in every text column; nothing executes on any page', async () => {
    const { page, watch } = await open();
    await page.setInputFiles('[data-testid="file-input"]', [...TABLES.map((t) => path.join(dir, `${t.name}.csv`)), path.join(dir, 'notes.csv')]);
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]') !== null, null, { timeout: 120_000 });
    await waitReady(page);
    const expected = Object.fromEntries(TABLES.map((t) => [t.name, t.rows.length]));
    const counts = async () => Object.fromEntries((await page.evaluate(() => window.channelLens.tables())).filter((t) => t.name in expected).map((t) => [t.name, t.rows]));
    expect(await counts()).toEqual(expected);
    // The values arrived as text, unchanged.
    const names = await page.evaluate(() => window.channelLens.query('SELECT partner_id FROM partners ORDER BY partner_id'));
    expect(names.map((r) => r.partner_id)).toEqual(TABLES[0].rows.map((r) => r[0]).sort());
    await expectClean(page, watch, 'after import');

    const tooltips: string[] = [];
    for (const name of ['overview', 'sales', 'partners', 'inventory', 'collections', 'enablement', 'funnel', 'scorecards', 'report', 'data']) {
      await page.evaluate((p) => window.channelLens.apply({ page: p }), name);
      await page.evaluate(() => window.channelLens.idle());
      tooltips.push(...(await hoverCharts(page)));
      await expectClean(page, watch, `page ${name}`);
    }
    console.log(`hostile data: ${chartsHovered} charts hovered, ${tooltips.length} tooltips seen`);
    expect(chartsHovered).toBeGreaterThanOrEqual(20);
    // Tooltips showed the hostile names as text (escaped, not dropped and not rendered).
    expect(tooltips.some((t) => HOSTILE.slice(0, 3).some((h) => t.includes(h.slice(0, 12)))), tooltips.slice(0, 5).join(' | ')).toBe(true);

    await page.evaluate((id) => window.channelLens.apply({ page: 'partners', partner: [id] }), partnerId(4));
    await page.waitForSelector('[data-testid="partner-detail"]');
    await page.evaluate(() => window.channelLens.idle());
    expect((await page.textContent('[data-testid="partner-detail-name"]'))?.trim()).toBe(bad(5));
    await hoverCharts(page);
    await expectClean(page, watch, 'partner detail');

    expect(await counts()).toEqual(expected);
    await page.context().close();
  });

  it('a table exported as CSV neutralises every cell that would start a formula', async () => {
    const { page, watch } = await open();
    await page.setInputFiles('[data-testid="file-input"]', path.join(dir, 'partners.csv'));
    await page.waitForFunction(() => document.querySelector('[data-testid="import-status"]') !== null, null, { timeout: 120_000 });
    await waitReady(page);
    await page.evaluate(() => window.channelLens.apply({ page: 'data' }));
    await page.evaluate(() => window.channelLens.idle());
    // The SQL console's result table shows the partners as loaded; export it.
    await page.fill('[data-testid="sql-input"]', 'SELECT partner_id, partner_name, tier FROM partners ORDER BY partner_id');
    await page.click('[data-testid="sql-run"]');
    await page.waitForSelector('[data-testid="sql-result-csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="sql-result-csv"]')]);
    const text = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = text.trimEnd().split('\r\n').slice(1);
    expect(lines.length).toBe(PARTNERS);
    const cells = lines.flatMap((l) => [...l.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]).filter((_, i) => i < 3));
    const unquoted = cells.map((c) => (c.startsWith('"') ? c.slice(1, -1).replaceAll('""', '"') : c));
    const risky = unquoted.filter((c) => /^'?[=+\-@\t\r]/.test(c));
    expect(risky.length).toBeGreaterThan(PARTNERS); // the fixture really has formula-like cells
    for (const c of risky) expect(c.startsWith("'"), c).toBe(true);
    await expectClean(page, watch, 'export');
    await page.context().close();
  });
});
