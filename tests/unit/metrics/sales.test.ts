/** Revenue, quota attainment and growth on the hand-made fixture (see fixture.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { growth, quotaAttainment, revenue } from '../../../src/metrics/sales';
import { loadFixture } from './fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadFixture()));

const Q1_2025 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });
const YEAR = (y: number, filters: Filters = {}): Scope => ({ from: `${y}-01-01`, to: `${y}-12-31`, filters });

describe('revenue', () => {
  it('sums orders in the period, returns netted off', async () => {
    // O08 70000 + O09 120000 + O10 25000 + O11 −10000 + O12 45000 + O13 15000 (03-31, last day) = 265000
    expect(await revenue(query, Q1_2025())).toEqual({ value: 265000, orders: 6 });
    // O01 100000 + O02 50000 + O03 80000 + O04 20000 = 250000
    expect(await revenue(query, { from: '2024-01-01', to: '2024-03-31', filters: {} })).toEqual({ value: 250000, orders: 4 });
    // 2025: 265000 + O14 30000 + O15 20000 + O16 55000 + O17 90000 + O18 35000 + O19 60000 + O20 40000 = 595000
    expect(await revenue(query, YEAR(2025))).toEqual({ value: 595000, orders: 13 });
  });

  it('filters by region, including dims inherited from the partner', async () => {
    // 华东: O08 70000 + O09 120000 + O10 25000 (name-only order, region from P2) = 215000
    expect((await revenue(query, Q1_2025({ region: ['华东'] }))).value).toBe(215000);
    // + 华南: O12 45000 + O13 15000 = 60000 → 275000
    expect((await revenue(query, Q1_2025({ region: ['华东', '华南'] }))).value).toBe(275000);
    // 华北: only the return O11
    expect((await revenue(query, Q1_2025({ region: ['华北'] }))).value).toBe(-10000);
    expect(await revenue(query, Q1_2025({ region: ['东北'] }))).toEqual({ value: 0, orders: 0 });
    // an empty array is no filter
    expect((await revenue(query, Q1_2025({ region: [] }))).value).toBe(265000);
  });

  it('filters by tier, salesperson, province, partner, product and combinations', async () => {
    // tier from the partner: only P2 is 二级经销商 → O10 25000
    expect((await revenue(query, Q1_2025({ tier: ['二级经销商'] }))).value).toBe(25000);
    // 2024 王五: O06 has salesperson '' → inherits 王五 from P6 → 30000
    expect((await revenue(query, YEAR(2024, { salesperson: ['王五'] }))).value).toBe(30000);
    // 张三 O09 120000 + O10 25000 (inherited) + 李四 O08 70000 = 215000
    expect((await revenue(query, Q1_2025({ salesperson: ['张三', '李四'] }))).value).toBe(215000);
    // province only exists on partners: 江苏 = P2 → O10 25000
    expect((await revenue(query, Q1_2025({ province: ['江苏'] }))).value).toBe(25000);
    // P2 in 2025: O10 25000 + O15 20000 = 45000
    expect((await revenue(query, YEAR(2025, { partner: ['P2'] }))).value).toBe(45000);
    // 产品B: O10 25000 + O11 −10000 + O13 15000 = 30000
    expect((await revenue(query, Q1_2025({ product: ['产品B'] }))).value).toBe(30000);
    // 华东 ∧ 一级代理商: O08 70000 + O09 120000 = 190000 (O10 is 二级)
    expect((await revenue(query, Q1_2025({ region: ['华东'], tier: ['一级代理商'] }))).value).toBe(190000);
  });
});

describe('quota attainment', () => {
  it('divides revenue by the targets of the period, beside time progress', async () => {
    // target = 张三 3 × 100000 + 李四 Q1 90000 + 赵六 Q1 30000 + 王五 60000 + 60000 ('2025年3月') = 540000;
    // the region-only 2025-Q1 500000 roll-up is ignored because quotas are per salesperson.
    // time progress as of 02-14: Jan 31 + Feb 14 = 45 of 90 days = 0.5
    const r = await quotaAttainment(query, Q1_2025(), '2025-02-14');
    expect(r).toEqual({ value: 265000 / 540000, reason: null, dims: [], revenue: 265000, target: 540000, timeProgress: 0.5 });
  });

  it('counts quarterly targets pro rata by overlapping days', async () => {
    // January: 张三 100000 + 李四 90000 × 31/90 (= 31000) + 赵六 30000 × 31/90 (= 10333.33) = 141333.33
    // revenue O08 70000 + O09 120000 = 190000
    const jan = await quotaAttainment(query, { from: '2025-01-01', to: '2025-01-31', filters: {} }, '2025-01-31');
    expect(jan.target).toBeCloseTo(100000 + 31000 + 10333.3333, 3);
    expect(jan.value).toBeCloseTo(190000 / 141333.3333, 6);
    expect(jan.timeProgress).toBe(1);
    // 2025-02-15..03-15 (29 days: 14 in Feb, 15 in Mar):
    // 张三 100000×14/28 + 100000×15/31, 李四 90000×29/90, 赵六 30000×29/90, 王五 60000×14/28 + 60000×15/31
    // revenue O11 −10000 + O12 45000 = 35000 (O10 is 02-14, outside)
    const mid = await quotaAttainment(query, { from: '2025-02-15', to: '2025-03-15', filters: {} }, '2025-03-01');
    const target = 50000 + 100000 * 15 / 31 + 29000 + 9666.6667 + 30000 + 60000 * 15 / 31;
    expect(mid.target).toBeCloseTo(target, 3);
    expect(mid.value).toBeCloseTo(35000 / target, 6);
    expect(mid.timeProgress).toBeCloseTo(15 / 29, 9); // 02-15..03-01 = 14 + 1 days
  });

  it('filters targets by region (incl. inferred regions) and salesperson', async () => {
    // 华东 targets: 张三 300000 + 李四 90000 (region inferred) = 390000; revenue 215000
    const east = await quotaAttainment(query, Q1_2025({ region: ['华东'] }), '2025-03-31');
    expect(east.target).toBe(390000);
    expect(east.value).toBeCloseTo(215000 / 390000, 9);
    // 王五: 60000 + 60000 = 120000; revenue O12 45000 + O13 15000 = 60000 → 0.5
    const wang = await quotaAttainment(query, Q1_2025({ salesperson: ['王五'] }), '2025-03-31');
    expect(wang).toMatchObject({ value: 0.5, target: 120000, revenue: 60000, reason: null });
    // 赵六 (region 华北 inferred) in 华北: target 30000, revenue −10000
    const north = await quotaAttainment(query, Q1_2025({ region: ['华北'], salesperson: ['赵六'] }), '2025-03-31');
    expect(north.value).toBeCloseTo(-10000 / 30000, 9);
  });

  it('refuses filters quotas cannot be split by', async () => {
    // tier 一级代理商 revenue: O08 70000 + O09 120000 + O12 45000 = 235000
    const r = await quotaAttainment(query, Q1_2025({ tier: ['一级代理商'] }), '2025-03-31');
    expect(r).toEqual({ value: null, reason: 'unsupported-filter', dims: ['tier'], revenue: 235000, target: null, timeProgress: 1 });
    const r2 = await quotaAttainment(query, Q1_2025({ product: ['产品A'], region: ['华东'], city: ['杭州'] }), '2025-03-31');
    expect(r2.reason).toBe('unsupported-filter');
    expect(r2.dims).toEqual(['city', 'product']);
  });

  it('is null with reason no-target when the period has no target', async () => {
    // 2024 revenue 380000 (O01..O07), no 2024 targets
    const r = await quotaAttainment(query, YEAR(2024), '2024-12-31');
    expect(r).toEqual({ value: null, reason: 'no-target', dims: [], revenue: 380000, target: 0, timeProgress: 1 });
  });

  it('clamps time progress to 0..1', async () => {
    expect((await quotaAttainment(query, Q1_2025(), '2024-12-31')).timeProgress).toBe(0);
    expect((await quotaAttainment(query, Q1_2025(), '2025-01-01')).timeProgress).toBeCloseTo(1 / 90, 12);
    expect((await quotaAttainment(query, Q1_2025(), '2025-04-10')).timeProgress).toBe(1);
  });
});

describe('growth', () => {
  it('YoY against the same period last year', async () => {
    // (265000 − 250000) ÷ 250000 = 0.06
    const r = await growth(query, Q1_2025(), 'yoy');
    expect(r.current).toBe(265000);
    expect(r.base).toBe(250000);
    expect(r.value).toBeCloseTo(0.06, 12);
    expect(r.baseScope).toEqual({ from: '2024-01-01', to: '2024-03-31', filters: {} });
  });

  it('MoM/QoQ against the previous period of equal length', async () => {
    // base Q4 2024: O06 30000 + O07 40000 = 70000; (265000 − 70000) ÷ 70000
    const r = await growth(query, Q1_2025(), 'mom');
    expect(r).toMatchObject({ current: 265000, base: 70000 });
    expect(r.value).toBeCloseTo(195000 / 70000, 12);
  });

  it('keeps filters on both sides', async () => {
    // 华东 Q1 2025 215000; Q1 2024 华东: O01 100000 + O02 50000 + O04 20000 = 170000
    const r = await growth(query, Q1_2025({ region: ['华东'] }), 'yoy');
    expect(r).toMatchObject({ current: 215000, base: 170000 });
    expect(r.value).toBeCloseTo(45000 / 170000, 12);
  });

  it('is null when the base is 0 and divides by |base| when negative', async () => {
    // May 2025: O15 20000; May 2024: nothing
    expect(await growth(query, { from: '2025-05-01', to: '2025-05-31', filters: {} }, 'yoy'))
      .toMatchObject({ current: 20000, base: 0, value: null });
    // 赵六 March 2025: 0; February: the return −10000 → (0 − −10000) ÷ 10000 = 1
    expect(await growth(query, { from: '2025-03-01', to: '2025-03-31', filters: { salesperson: ['赵六'] } }, 'mom'))
      .toMatchObject({ current: 0, base: -10000, value: 1 });
  });
});
