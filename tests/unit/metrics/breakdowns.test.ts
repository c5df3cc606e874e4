/** Overview chart breakdowns on the hand-made fixture (see fixture.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { revenueBy, revenueByMonth, topPartners } from '../../../src/metrics/breakdowns';
import { withoutFilter, type Filters, type Scope } from '../../../src/metrics/filters';
import { loadFixture } from './fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadFixture()));

const scope = (from: string, to: string, filters: Filters = {}): Scope => ({ from, to, filters });

describe('revenueByMonth', () => {
  it('zero-fills months and adds last year and pro-rata targets', async () => {
    const rows = await revenueByMonth(query, scope('2025-01-01', '2025-06-30'));
    expect(rows.map((r) => r.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    // revenue: Jan O08+O09 = 190000; Feb O10 25000 + O11 −10000 = 15000; Mar O12+O13 = 60000;
    // Apr none; May O15 20000; Jun O14 30000 + O16 55000 = 85000
    expect(rows.map((r) => r.revenue)).toEqual([190000, 15000, 60000, 0, 20000, 85000]);
    // 2024: Jan O01 100000; Feb O02 50000; Mar O03 80000 + O04 20000; Apr/May none; Jun O05 60000
    expect(rows.map((r) => r.revenue_last_year)).toEqual([100000, 50000, 100000, 0, 0, 60000]);
    // targets: Jan 张三 100000 + 李四 90000×31/90 + 赵六 30000×31/90
    //          Feb 张三 100000 + 王五 60000 + 李四 90000×28/90 + 赵六 30000×28/90
    //          Mar 张三 100000 + 王五 60000 + 李四 90000×31/90 + 赵六 30000×31/90; none after March
    const t = rows.map((r) => r.target);
    expect(t[0]).toBeCloseTo(100000 + 31000 + 10333.3333, 3);
    expect(t[1]).toBeCloseTo(100000 + 60000 + 28000 + 9333.3333, 3);
    expect(t[2]).toBeCloseTo(100000 + 60000 + 31000 + 10333.3333, 3);
    expect(t.slice(3)).toEqual([null, null, null]);
  });

  it('clips partial first and last months to the scope, for revenue, last year and target', async () => {
    const rows = await revenueByMonth(query, scope('2025-01-15', '2025-03-10'));
    // Jan 15–31: O09 120000 (O08 on 01-01 is outside); Mar 1–10: O12 45000 (O13 on 03-31 is outside)
    expect(rows.map((r) => [r.month, r.revenue])).toEqual([['2025-01', 120000], ['2025-02', 15000], ['2025-03', 45000]]);
    // last year 2024-01-15..2024-03-10: O01 (01-15, edge) 100000; O02 50000; O03 (03-10, edge) 80000, O04 (03-25) out
    expect(rows.map((r) => r.revenue_last_year)).toEqual([100000, 50000, 80000]);
    // Jan 15–31 = 17 days: 100000×17/31 + 90000×17/90 + 30000×17/90
    expect(rows[0].target).toBeCloseTo(100000 * 17 / 31 + 17000 + 5666.6667, 3);
    expect(rows[1].target).toBeCloseTo(197333.3333, 3);
    // Mar 1–10 = 10 days: 张三 100000×10/31 + 王五 60000×10/31 + 李四 90000×10/90 + 赵六 30000×10/90
    expect(rows[2].target).toBeCloseTo(160000 * 10 / 31 + 10000 + 3333.3333, 3);
  });

  it('applies filters to targets or blanks the targets when it cannot', async () => {
    const wang = await revenueByMonth(query, scope('2025-01-01', '2025-03-31', { salesperson: ['王五'] }));
    // 王五: Jan no orders/no target; Feb target 60000; Mar O12 + O13 = 60000, target 60000
    expect(wang).toEqual([
      { month: '2025-01', revenue: 0, revenue_last_year: 0, target: null },
      { month: '2025-02', revenue: 0, revenue_last_year: 0, target: 60000 },
      { month: '2025-03', revenue: 60000, revenue_last_year: 0, target: 60000 },
    ]);
    const tier = await revenueByMonth(query, scope('2025-01-01', '2025-03-31', { tier: ['二级经销商'] }));
    // only O10 (P2) 25000 in Feb; targets cannot be split by tier
    expect(tier.map((r) => [r.revenue, r.target])).toEqual([[0, null], [25000, null], [0, null]]);
  });
});

describe('revenueBy', () => {
  it('ranks regions with shares (order region wins over partner region)', async () => {
    // 2025 华东: O08 70 + O09 120 + O10 25 + O15 20 + O17 90 + O19 60 + O20 40 = 425000
    // 华南: O12 45 + O13 15 + O14 30 + O16 55 (P3's order booked in 华南) = 145000; 华北: O11 −10 + O18 35 = 25000
    const rows = await revenueBy(query, scope('2025-01-01', '2025-12-31'), 'region');
    expect(rows.map((r) => [r.key, r.revenue])).toEqual([['华东', 425000], ['华南', 145000], ['华北', 25000]]);
    expect(rows[0].share).toBeCloseTo(425 / 595, 12);
    expect(rows[2].share).toBeCloseTo(25 / 595, 12);
  });

  it('keeps a null key for orders without the dimension', async () => {
    // tiers 2025: 一级代理商 P1 270000 + P3 165000 + P4 75000 = 510000; 二级经销商 P2 45000;
    // 分销商 P5 −10000 + P8 35000 = 25000; P6 has no tier → null 15000
    const rows = await revenueBy(query, scope('2025-01-01', '2025-12-31'), 'tier');
    expect(rows.map((r) => [r.key, r.revenue])).toEqual([['一级代理商', 510000], ['二级经销商', 45000], ['分销商', 25000], [null, 15000]]);
    expect(rows[3].share).toBeCloseTo(15 / 595, 12);
  });

  it('groups by product line and by salesperson under filters', async () => {
    // Q1 2025: 软件 O08 70 + O09 120 + O12 45 = 235000; 服务 O10 25 − O11 10 + O13 15 = 30000
    const lines = await revenueBy(query, scope('2025-01-01', '2025-03-31'), 'product_line');
    expect(lines).toEqual([
      { key: '软件', revenue: 235000, share: 235000 / 265000 },
      { key: '服务', revenue: 30000, share: 30000 / 265000 },
    ]);
    // 华东 Q1: 张三 O09 120000 + O10 25000 = 145000; 李四 O08 70000
    const reps = await revenueBy(query, scope('2025-01-01', '2025-03-31', { region: ['华东'] }), 'salesperson');
    expect(reps.map((r) => [r.key, r.revenue])).toEqual([['张三', 145000], ['李四', 70000]]);
  });

  it('lets a chart leave its own filter out (crossfilter)', async () => {
    const s = scope('2025-01-01', '2025-12-31', { region: ['华东'], tier: ['一级代理商'] });
    // region chart without its own filter, still filtered by tier 一级代理商 (P1, P3, P4):
    // 华东 P1 270000 + P3 O08 70 + O20 40 = 380000; 华南 O12 45 + O14 30 + O16 55 = 130000
    const rows = await revenueBy(query, withoutFilter(s, 'region'), 'region');
    expect(rows.map((r) => [r.key, r.revenue])).toEqual([['华东', 380000], ['华南', 130000]]);
  });

  it('returns nothing for an empty period and rejects unknown dimensions', async () => {
    expect(await revenueBy(query, scope('2030-01-01', '2030-12-31'), 'region')).toEqual([]);
    await expect(revenueBy(query, scope('2025-01-01', '2025-12-31'), 'status' as never)).rejects.toThrow(RangeError);
  });
});

describe('topPartners', () => {
  it('ranks partners by revenue with share of the scope', async () => {
    // 2025: P1 120+90+60 = 270000; P3 70+55+40 = 165000; P4 45+30 = 75000 (of 595000)
    const rows = await topPartners(query, scope('2025-01-01', '2025-12-31'), 3);
    expect(rows).toEqual([
      { partner_id: 'P1', partner_name: '华东科技', tier: '一级代理商', region: '华东', revenue: 270000, share: 270 / 595 },
      { partner_id: 'P3', partner_name: '浙商信息', tier: '一级代理商', region: '华东', revenue: 165000, share: 165 / 595 },
      { partner_id: 'P4', partner_name: '岭南数码', tier: '一级代理商', region: '华南', revenue: 75000, share: 75 / 595 },
    ]);
  });

  it('defaults to 10, includes negative partners last, and uses the partner’s home region', async () => {
    const all = await topPartners(query, scope('2025-01-01', '2025-12-31'));
    // P1, P3, P4, P2 45000, P8 35000, P6 15000, P5 −10000
    expect(all.map((r) => [r.partner_id, r.revenue])).toEqual([
      ['P1', 270000], ['P3', 165000], ['P4', 75000], ['P2', 45000], ['P8', 35000], ['P6', 15000], ['P5', -10000],
    ]);
    // orders booked in 华南 in 2025: P4 75000, P3 55000 (O16), P6 15000; total 145000
    const south = await topPartners(query, scope('2025-01-01', '2025-12-31', { region: ['华南'] }));
    expect(south.map((r) => [r.partner_id, r.region, r.revenue])).toEqual([['P4', '华南', 75000], ['P3', '华东', 55000], ['P6', '华南', 15000]]);
    expect(south[1].share).toBeCloseTo(55 / 145, 12);
  });

  it('rejects a bad n', async () => {
    await expect(topPartners(query, scope('2025-01-01', '2025-12-31'), 0)).rejects.toThrow(RangeError);
    await expect(topPartners(query, scope('2025-01-01', '2025-12-31'), 2.5)).rejects.toThrow(RangeError);
  });
});

describe('dimensionValues', () => {
  it('lists the pickable values of a dimension by revenue, without nulls', async () => {
    const { dimensionValues } = await import('../../../src/metrics/dimensions');
    // all orders: 华东 2024 O01 100 + O02 50 + O04 20 + O05 60 = 230000, 2025 425000 → 655000;
    // 华北 O03 80 + O07 40 + 2025 25 = 145000; 华南 O06 30 + 2025 145 = 175000
    expect(await dimensionValues(query, 'region')).toEqual(['华东', '华南', '华北']);
    // tiers: 一级代理商 2024 P1 120000 + P3 110000 + 2025 510000 = 740000; 分销商 P5 2024 120000 + 2025 25000
    // = 145000; 二级经销商 45000; P6's null tier is left out
    expect(await dimensionValues(query, 'tier')).toEqual(['一级代理商', '分销商', '二级经销商']);
    await expect(dimensionValues(query, 'status' as never)).rejects.toThrow(RangeError);
  });

  it('lists, for every dimension, what the orders themselves give (read from a rollup where one holds it)', async () => {
    const { dimensionValues } = await import('../../../src/metrics/dimensions');
    const { ORDER_DIMS } = await import('../../../src/metrics/columns');
    for (const [dim, ref] of Object.entries(ORDER_DIMS)) {
      const col = ref.slice(2);
      const rows = await query(`SELECT ${col} AS v FROM fact_orders WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY SUM(amount) DESC, v`);
      expect(await dimensionValues(query, dim as never), dim).toEqual(rows.map((r) => String(r.v)));
    }
  });
});
