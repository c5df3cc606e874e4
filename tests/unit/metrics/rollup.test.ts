/**
 * Rollups (src/metrics/rollup.ts) must not change a number: every metric that may read a rollup is
 * computed twice on the same hand-made rows — as the app does (from a rollup when orderSource()
 * allows it) and forced onto fact_orders — and the two must be equal. Hand-computed figures pin
 * the fallbacks: a period that is not whole months, and filters by dimensions no rollup keeps.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { revenueBy, revenueByMonth, topPartners } from '../../../src/metrics/breakdowns';
import { BREAKDOWN_COLUMNS, type BreakdownDim } from '../../../src/metrics/columns';
import { concentration } from '../../../src/metrics/concentration';
import { DIMENSIONS, withoutFilter, type Dimension, type Filters, type Scope } from '../../../src/metrics/filters';
import { buildModel } from '../../../src/metrics/model';
import { activitySource, isMonthAligned, orderSource } from '../../../src/metrics/rollup';
import { activePartners } from '../../../src/metrics/partners';
import { growth, quotaAttainment, revenue } from '../../../src/metrics/sales';
import { revenueByMonthAnd, salesBy } from '../../../src/metrics/sales-by';
import { exec, openDb } from './fixture';

// Every metric asks orderSource() where to read; the test can force fact_orders and sees each answer.
const probe = vi.hoisted(() => ({ forceRaw: false, kinds: [] as string[] }));
vi.mock('../../../src/metrics/rollup', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/metrics/rollup')>();
  return {
    ...actual,
    orderSource: (...args: Parameters<typeof actual.orderSource>) => {
      const src = probe.forceRaw ? actual.RAW_ORDERS : actual.orderSource(...args);
      probe.kinds.push(src.kind);
      return src;
    },
    activitySource: (...args: Parameters<typeof actual.activitySource>) => {
      const src = probe.forceRaw ? actual.rawActivity(args[1]) : actual.activitySource(...args);
      probe.kinds.push(src.kind);
      return src;
    },
  };
});

/**
 * Partners: A1 甲 一级代理商 华东/上海/上海 金融 张三; A2 乙 二级经销商 (parent A1) 华东/江苏/南京 制造 张三;
 * B1 丙 分销商 华南/广东/广州 零售 王五; C1 丁 一级代理商 华北/北京/北京 政府 赵六.
 * Orders inherit every dimension they leave empty from their partner; some carry their own
 * (O03, O10, O18 industry; O05, O16 city/province; O08 salesperson; O12 region). O11 names its
 * partner only (→ B1), O12 names an unknown partner, O20 an unknown partner_id; O13 is a return.
 * Amounts are whole numbers so every sum is exact in any order.
 */
const FIXTURE = `
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, parent_partner_id VARCHAR,
  region VARCHAR, province VARCHAR, city VARCHAR, industry VARCHAR, owner VARCHAR, signed_date DATE, status VARCHAR);
INSERT INTO partners VALUES
 ('A1','甲','一级代理商',NULL,'华东','上海','上海','金融','张三','2022-01-01','合作中'),
 ('A2','乙','二级经销商','A1','华东','江苏','南京','制造','张三','2023-03-01','合作中'),
 ('B1','丙','分销商',NULL,'华南','广东','广州','零售','王五','2023-06-01','合作中'),
 ('C1','丁','一级代理商',NULL,'华北','北京','北京','政府','赵六','2021-01-01','合作中');
CREATE TABLE orders (order_id VARCHAR, order_date DATE, partner_id VARCHAR, partner_name VARCHAR, salesperson VARCHAR,
  region VARCHAR, province VARCHAR, city VARCHAR, industry VARCHAR, product VARCHAR, product_line VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES
 ('O01','2024-01-05','A1',NULL,NULL,NULL,NULL,NULL,NULL,'产品A','平台',1000),
 ('O02','2024-01-20','A2',NULL,NULL,NULL,NULL,NULL,NULL,'产品B','安全',500),
 ('O03','2024-02-10','B1',NULL,NULL,NULL,NULL,NULL,'金融','产品A','平台',700),
 ('O04','2024-03-31','C1',NULL,NULL,NULL,NULL,NULL,NULL,'产品C','服务',300),
 ('O05','2024-06-15','A1',NULL,NULL,NULL,'江苏','苏州',NULL,'产品B','安全',250),
 ('O06','2024-12-31','B1',NULL,NULL,NULL,NULL,NULL,NULL,'产品A','平台',800),
 ('O07','2025-01-01','A1',NULL,NULL,NULL,NULL,NULL,NULL,'产品A','平台',1200),
 ('O08','2025-01-15','A1',NULL,'李四',NULL,NULL,NULL,NULL,'产品C','服务',400),
 ('O09','2025-01-31','A2',NULL,NULL,NULL,NULL,NULL,NULL,'产品B','安全',600),
 ('O10','2025-02-01','B1',NULL,NULL,NULL,NULL,NULL,'教育','产品A','平台',900),
 ('O11','2025-02-14',NULL,'丙',NULL,NULL,NULL,NULL,NULL,'产品B','安全',150),
 ('O12','2025-02-20',NULL,'无名公司',NULL,'西南',NULL,NULL,NULL,'产品A','平台',350),
 ('O13','2025-02-28','C1',NULL,NULL,NULL,NULL,NULL,NULL,'产品C','服务',-200),
 ('O14','2025-03-10','C1',NULL,NULL,NULL,NULL,NULL,NULL,'产品A','平台',1100),
 ('O15','2025-03-31','A2',NULL,NULL,NULL,NULL,NULL,NULL,'产品B','安全',450),
 ('O16','2025-04-01','B1',NULL,NULL,NULL,'广东','深圳',NULL,'产品C','服务',275),
 ('O17','2025-04-30','A1',NULL,NULL,NULL,NULL,NULL,NULL,'产品A','平台',525),
 ('O18','2025-05-15','C1',NULL,NULL,NULL,NULL,NULL,'金融','产品B','安全',650),
 ('O19','2025-06-30','A2',NULL,NULL,NULL,NULL,NULL,NULL,'产品A','平台',125),
 ('O20','2025-02-10','X9','X九',NULL,NULL,NULL,NULL,NULL,'产品C','服务',225);
CREATE TABLE targets (period VARCHAR, salesperson VARCHAR, region VARCHAR, target_amount DOUBLE);
INSERT INTO targets VALUES
 ('2024','张三',NULL,4000), ('2024','王五',NULL,2000), ('2024','赵六',NULL,1000),
 ('2025-Q1','张三',NULL,3000), ('2025-Q1','王五',NULL,1500), ('2025-Q1','赵六',NULL,900),
 ('2025-Q2','张三',NULL,3300), ('2025-Q2','王五',NULL,1200), ('2025-Q2','赵六',NULL,600)`;

let query: QueryFn;
beforeAll(async () => {
  query = await openDb();
  await exec(query, FIXTURE);
  await buildModel(query);
});

const scope = (from: string, to: string, filters: Filters = {}): Scope => ({ from, to, filters });
const Q1 = (filters: Filters = {}) => scope('2025-01-01', '2025-03-31', filters);

/** Month-aligned scopes over every filter the rollups keep, alone and combined. */
const ALIGNED: Scope[] = [
  Q1(),
  scope('2025-01-01', '2025-12-31', { region: ['华东'] }),
  scope('2025-02-01', '2025-05-31', { tier: ['一级代理商'] }),
  Q1({ industry: ['金融'] }),
  Q1({ region: ['华东'], province: ['江苏'] }),
  Q1({ city: ['上海', '广州'] }),
  Q1({ salesperson: ['张三'] }),
  scope('2025-01-01', '2025-06-30', { region: ['华东', '华南'], tier: ['一级代理商', '二级经销商'] }),
  scope('2025-02-01', '2025-02-28', { region: ['西南'] }),
  scope('2024-01-01', '2024-12-31', { industry: ['金融', '制造'] }),
];

type Metric = [name: string, run: (s: Scope) => Promise<unknown>];
const DIMS = Object.keys(BREAKDOWN_COLUMNS).filter((d) => d !== 'product') as BreakdownDim[];
/** Crossfilter as the charts do it: a chart on a filter dimension leaves that filter out. */
const own = (s: Scope, d: BreakdownDim) => ((DIMENSIONS as readonly string[]).includes(d) ? withoutFilter(s, d as Dimension) : s);
const METRICS: Metric[] = [
  ['revenue', (s) => revenue(query, s)],
  ['quotaAttainment', (s) => quotaAttainment(query, s, '2025-02-14')],
  ['growth yoy', (s) => growth(query, s, 'yoy')],
  ['growth mom', (s) => growth(query, s, 'mom')],
  ['revenueByMonth', (s) => revenueByMonth(query, s)],
  ['topPartners', (s) => topPartners(query, s, 10)],
  ['concentration', (s) => concentration(query, s)],
  ...DIMS.map((d): Metric => [`revenueBy ${d}`, (s) => revenueBy(query, own(s, d), d)]),
  ...DIMS.map((d): Metric => [`salesBy ${d} yoy`, (s) => salesBy(query, own(s, d), d, 'yoy')]),
  ...(['region', 'province', 'city', 'salesperson'] as const).map((d): Metric => [`salesBy ${d} mom`, (s) => salesBy(query, s, d, 'mom')]),
  ...(['region', 'province', 'city'] as const).map((d): Metric => [`revenueByMonthAnd ${d}`, (s) => revenueByMonthAnd(query, withoutFilter(s, d), d, 'yoy')]),
  ['revenueByMonthAnd industry mom', (s) => revenueByMonthAnd(query, s, 'industry', 'mom')],
];

/** The metric as the app computes it, the sources it read, and the same metric from fact_orders. */
async function bothWays(metric: Metric[1], s: Scope): Promise<{ app: unknown; kinds: string[]; raw: unknown }> {
  probe.kinds = [];
  const app = await metric(s);
  const kinds = [...probe.kinds];
  probe.forceRaw = true;
  try {
    return { app, kinds, raw: await metric(s) };
  } finally {
    probe.forceRaw = false;
  }
}

describe('metrics answered from the rollups', () => {
  it.each(METRICS)('%s equals the same metric over fact_orders', async (_name, metric) => {
    for (const s of ALIGNED) {
      const { app, kinds, raw } = await bothWays(metric, s);
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.every((k) => k === 'rollup'), JSON.stringify(s)).toBe(true);
      expect(app, JSON.stringify(s)).toEqual(raw);
    }
  });

  it('gives the hand-computed figures', async () => {
    // O07 1200 + O08 400 + O09 600 + O10 900 + O11 150 + O12 350 + O13 −200 + O14 1100 + O15 450 + O20 225
    expect(await revenue(query, Q1())).toEqual({ value: 5175, orders: 10 });
    // 华东: A1 O07 O08 + A2 O09 O15 = 1200 + 400 + 600 + 450 (O12 carries its own region 西南)
    expect(await revenue(query, Q1({ region: ['华东'] }))).toEqual({ value: 2650, orders: 4 });
    // 金融: O18 (own industry) only — A1's orders of 2025-02..05 (O17) inherit 金融 too: 650 + 525
    expect((await revenue(query, scope('2025-02-01', '2025-05-31', { industry: ['金融'] }))).value).toBe(1175);
    // 江苏 in 2024: O02 (A2) 500 + O05 (A1, own province) 250
    expect((await revenue(query, scope('2024-01-01', '2024-12-31', { province: ['江苏'] }))).value).toBe(750);
    const byRegion = await revenueBy(query, Q1(), 'region');
    expect(byRegion.map((r) => [r.key, r.revenue])).toEqual([['华东', 2650], ['华南', 1050], ['华北', 900], ['西南', 350], [null, 225]]);
    // 2025-Q1 targets 3000 + 1500 + 900 = 5400
    expect((await quotaAttainment(query, Q1(), '2025-03-31')).target).toBe(5400);
  });
});

describe('active partners from the partner × month rollup', () => {
  // Windows ending at month ends and mid-month, starting on a 1st, mid-month, one day after an order.
  const WINDOWS: [to: string, days: number][] = [
    ['2025-03-31', 90], ['2025-04-29', 90], ['2025-02-14', 30], ['2025-06-30', 60], ['2025-05-15', 45], ['2025-01-31', 400],
  ];
  const FILTERS: Filters[] = [
    {}, { region: ['华东'] }, { tier: ['二级经销商'] }, { partner: ['B1', 'C1'] }, { province: ['广东'] },
    { city: ['深圳'] }, { industry: ['金融', '教育'] }, { salesperson: ['李四', '王五'] }, { region: ['华东', '西南'], tier: ['一级代理商'] },
  ];

  it('equal the same count over fact_orders', async () => {
    for (const [to, days] of WINDOWS) {
      for (const filters of FILTERS) {
        const s = scope('2025-01-01', to < '2025-01-01' ? '2025-01-01' : to, filters);
        const { app, kinds, raw } = await bothWays((x) => activePartners(query, x, days), s);
        expect(kinds, `${to} ${days} ${JSON.stringify(filters)}`).toEqual(['rollup']);
        expect(app, `${to} ${days} ${JSON.stringify(filters)}`).toEqual(raw);
      }
    }
  });

  it('gives the hand-computed counts at the window edges', async () => {
    // to 04-29, 90 days → 01-30..04-29. In it: O09 A2 01-31, O10 + O11 B1, O14 C1, O15 A2, O16 B1, O20 X9
    // (an unknown id is kept); O12 has no partner. A1 ordered on 01-01, 01-15 (before) and 04-30 (after):
    // its January and April groups hold positive orders, none inside → not active.
    const edge = await activePartners(query, scope('2025-01-01', '2025-04-29'));
    expect(edge.active).toBe(4);
    expect(edge.activeSecondTier).toBe(1); // A2
    // 华东: A2 only (A1 is out, O12 carries 西南 but has no partner)
    expect((await activePartners(query, scope('2025-01-01', '2025-04-29', { region: ['华东'] }))).active).toBe(1);
    // One day later A1's O17 (04-30) is in; 01-31..04-30 drops nobody else (O09 is 01-31).
    expect((await activePartners(query, scope('2025-01-01', '2025-04-30'))).active).toBe(5);
    // 02-14..03-06 (21 days): O11 (02-14, 丙 by name → B1) on the first day; C1's O13 (02-28) is a
    // return, not activity; O12 has no partner → 1. One day shorter (from 02-15) → 0.
    expect((await activePartners(query, scope('2025-01-01', '2025-03-06'), 21)).active).toBe(1);
    expect((await activePartners(query, scope('2025-01-01', '2025-03-06'), 20)).active).toBe(0);
  });

  it('reads fact_orders for a window inside one month or a product filter', async () => {
    const w = { from: '2025-03-02', to: '2025-03-31' };
    expect(activitySource({}, w).kind).toBe('raw');
    expect(activitySource({ product: ['产品A'] }, { from: '2025-01-01', to: '2025-03-31' }).kind).toBe('raw');
    expect(activitySource({ partner: ['A1'] }, { from: '2025-01-01', to: '2025-03-31' }).kind).toBe('rollup');
    // 03-02..03-31: O14 C1, O15 A2 → 2 (A1's January and February groups are outside)
    const { app, kinds } = await bothWays((x) => activePartners(query, x, 30), Q1());
    expect(kinds).toEqual(['raw']);
    expect(app).toMatchObject({ active: 2, activeSecondTier: 1 });
  });
});

describe('fallback to fact_orders', () => {
  it('for a period that is not whole months', async () => {
    const mid = scope('2025-01-15', '2025-03-31');
    expect(orderSource([mid]).kind).toBe('raw');
    // Q1 without O07 (01-01): 5175 − 1200. No month grain can give this.
    const { app, kinds, raw } = await bothWays((s) => revenue(query, s), mid);
    expect(kinds).toEqual(['raw']);
    expect(app).toEqual({ value: 3975, orders: 9 });
    expect(raw).toEqual(app);
    // Ending mid-month: 2025-02-01..02-14 = O10 900 + O11 150 + O20 225
    expect((await revenue(query, scope('2025-02-01', '2025-02-14'))).value).toBe(1275);
    // Against its yoy base 2024-02-01..02-14 (O03 700, not O06 or any other of 2024)
    expect((await growth(query, scope('2025-02-01', '2025-02-14'), 'yoy')).value).toBeCloseTo(575 / 700, 12);
    expect((await revenueByMonth(query, mid)).map((m) => m.revenue)).toEqual([1000, 1425, 1550]);
  });

  it('for a filter by a dimension no rollup keeps', async () => {
    const byProduct = Q1({ product: ['产品A'] });
    expect(orderSource([byProduct]).kind).toBe('raw');
    const { app, kinds, raw } = await bothWays((s) => revenueBy(query, s, 'region'), byProduct);
    expect(kinds).toEqual(['raw']);
    expect(raw).toEqual(app);
    // 产品A: O07 1200 + O10 900 + O12 350 + O14 1100
    expect(await revenue(query, byProduct)).toEqual({ value: 3550, orders: 4 });
    // A partner filter is kept by the partner rollup only; grouping by product line as well is not.
    const byPartner = Q1({ partner: ['B1'] });
    expect(orderSource([byPartner]).table).toBe('"fact_rollup_partner_month"');
    expect(orderSource([byPartner], ['product_line']).kind).toBe('raw');
    // B1: O10 900 + O11 150 (named only, resolved by its unique name)
    const both = await bothWays((s) => revenue(query, s), byPartner);
    expect(both.kinds).toEqual(['rollup']);
    expect(both.app).toEqual({ value: 1050, orders: 2 });
    expect(both.raw).toEqual(both.app);
    const mix = await bothWays((s) => salesBy(query, s, 'product_line', 'yoy'), byPartner);
    expect(mix.kinds).toEqual(['raw']);
    expect(mix.raw).toEqual(mix.app);
  });
});

describe('orderSource', () => {
  it('picks the smallest rollup holding every filtered and grouped column', () => {
    const table = (s: Scope[], cols: Parameters<typeof orderSource>[1] = []) => orderSource(s, cols).table;
    expect(table([Q1({ region: ['华东'], tier: ['分销商'] })])).toBe('"fact_rollup_month"');
    expect(table([Q1({ province: ['江苏'] })])).toBe('"fact_rollup_geo_month"');
    expect(table([Q1()], ['product_line'])).toBe('"fact_rollup_geo_month"');
    expect(table([Q1({ city: ['上海'] })], ['partner_id', 'partner_name'])).toBe('"fact_rollup_partner_month"');
    // No rollup has both a product line and a partner, or a product.
    expect(table([Q1()], ['partner_id', 'product_line'])).toBe('fact_orders');
    expect(table([Q1()], ['product'])).toBe('fact_orders');
    // Every scope must be whole months: a comparison period too.
    expect(table([Q1(), scope('2024-01-01', '2024-03-30')])).toBe('fact_orders');
  });

  it('knows whole calendar months', () => {
    expect(isMonthAligned(scope('2024-02-01', '2024-02-29'))).toBe(true);
    expect(isMonthAligned(scope('2025-02-01', '2025-02-28'))).toBe(true);
    expect(isMonthAligned(scope('2024-02-01', '2024-02-28'))).toBe(false);
    expect(isMonthAligned(scope('2025-01-02', '2025-03-31'))).toBe(false);
    expect(isMonthAligned(scope('2024-12-01', '2025-01-31'))).toBe(true);
  });
});

describe('rebuilding', () => {
  it('follows the orders table when the model is rebuilt after a change', async () => {
    const q = await openDb();
    await exec(q, FIXTURE);
    await buildModel(q);
    expect((await revenue(q, Q1({ region: ['华北'] }))).value).toBe(900);
    await q(`INSERT INTO orders VALUES ('O21','2025-03-15','C1',NULL,NULL,NULL,NULL,NULL,NULL,'产品A','平台',100)`);
    await buildModel(q);
    expect((await revenue(q, Q1({ region: ['华北'] }))).value).toBe(1000);
    const [r] = await q(`SELECT CAST(SUM(amount) AS DOUBLE) AS a, CAST(SUM(orders) AS INTEGER) AS n FROM fact_rollup_month`);
    // 2024: 1000 + 500 + 700 + 300 + 250 + 800 = 3550; 2025: Q1 5175 + 275 + 525 + 650 + 125 = 6750; + O21 100
    expect(r).toEqual({ a: 10400, n: 21 });
  });
});
