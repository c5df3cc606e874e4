/**
 * Salesperson scorecard on scorecard-fixture.ts with DESIGN's default weights
 * (quota 50, inventory health 10, new partners 10, active second tier 10, satisfaction 10, collection 10).
 *
 *   rep   quota (cap 150)       inventory (band 2–8)  new productive   active 2nd (÷2)  satisfaction (1→0, 5→100)  collection
 *   张三  100000/100000 → 100   5 wk → 100            1 of target 1 → 100  P2 → 50     5 → 100                    15000/15000 → 100
 *   李四  150000/100000 → 150   12 wk → 50            0 of 1 → 0           P4 → 50     3 → 50                     5000/10000 → 50
 *   王五  target 0 → missing    1 wk → 50             1 of 2 (setting) → 50  0 → 0     4 → 75                     10000/10000 → 100
 *   赵六  25000/50000 → 50      no stock → missing    0 of 2 → 0           0 → 0       2 → 25                     8000/10000 → 80
 *
 *   张三 (5000 + 1000 + 1000 + 500 + 1000 + 1000) / 100 = 95
 *   李四 (7500 +  500 +    0 + 500 +  500 +  500) / 100 = 95      → tie with 张三: both rank 1
 *   王五 quota missing → weights renormalised over 50: (500 + 500 + 0 + 750 + 1000) / 50 = 55   → rank 3
 *   赵六 inventory missing → over 90: (2500 + 0 + 0 + 250 + 800) / 90 = 39.44…                 → rank 4
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { withWeights } from '../../../src/metrics/scorecard';
import { DEFAULT_SALES_SPECS, salesRaw, salesScorecard } from '../../../src/metrics/scorecard-sales';
import { loadScorecardFixture } from './scorecard-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadScorecardFixture()));

const Q1 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });

describe('salesRaw', () => {
  it('collects each salesperson’s raw KPIs', async () => {
    const r = await salesRaw(query, Q1());
    const by = Object.fromEntries(r.rows.map((x) => [x.salesperson, x]));
    expect(Object.keys(by).sort()).toEqual(['张三', '李四', '王五', '赵六'].sort());
    expect(by['张三']).toEqual({
      salesperson: '张三', region: '华东', revenue: 100000, target: 100000, weeksOfSupply: 5, newPartners: 1,
      productiveNewPartners: 1, newPartnerTarget: 1, activeSecondTier: 1, satisfaction: 5, collectionRate: 1,
    });
    expect(by['李四']).toMatchObject({ revenue: 150000, target: 100000, weeksOfSupply: 12, productiveNewPartners: 0, activeSecondTier: 1, satisfaction: 3, collectionRate: 0.5 });
    expect(by['王五']).toMatchObject({ region: '华北', revenue: 10000, target: 0, weeksOfSupply: 1, productiveNewPartners: 1, newPartnerTarget: null, activeSecondTier: 0, collectionRate: 1 });
    expect(by['赵六']).toMatchObject({ revenue: 25000, target: 50000, weeksOfSupply: null, activeSecondTier: 0, satisfaction: 2, collectionRate: 0.8 });
  });
});

describe('salesScorecard', () => {
  it('scores, renormalises missing KPIs, and ranks ties together', async () => {
    const r = await salesScorecard(query, Q1());
    const by = Object.fromEntries(r.rows.map((x) => [x.id, x]));
    expect(by['张三']).toMatchObject({ rank: 1, renormalised: false, missing: [] });
    expect(by['张三'].total).toBeCloseTo(95, 9);
    expect(by['李四'].total).toBeCloseTo(95, 9);
    expect(by['李四'].rank).toBe(1);
    expect(by['李四'].kpis.map((k) => k.score)).toEqual([150, 50, 0, 50, 50, 50]);
    expect(by['王五']).toMatchObject({ rank: 3, renormalised: true, missing: ['quota'] });
    expect(by['王五'].total).toBeCloseTo(55, 9);
    expect(by['王五'].kpis[0]).toMatchObject({ key: 'quota', value: 10000, target: 0, score: null, reason: 'zero-target', effectiveWeight: null });
    expect(by['王五'].kpis[4].effectiveWeight).toBeCloseTo(10 / 50, 12);
    expect(by['赵六']).toMatchObject({ rank: 4, missing: ['inventoryHealth'], group: '西南' });
    expect(by['赵六'].total).toBeCloseTo(3550 / 90, 9);
    expect(r.rows.map((x) => x.rank)).toEqual([1, 1, 3, 4]);
  });

  it('fails the review on a gated KPI at zero whatever the total', async () => {
    // gate on new partners: 李四 (0) and 赵六 (0) fail → 张三 1, 王五 2, then 李四 3, 赵六 4
    const specs = DEFAULT_SALES_SPECS.map((s) => (s.key === 'newPartners' ? { ...s, gate: true } : s));
    const r = await salesScorecard(query, Q1(), { specs });
    expect(r.rows.map((x) => [x.id, x.rank, x.passed])).toEqual([['张三', 1, true], ['王五', 2, true], ['李四', 3, false], ['赵六', 4, false]]);
    expect(r.rows[2].failedGates).toEqual(['newPartners']);
  });

  it('follows edited weights and the salesperson filter; refuses other filters', async () => {
    // satisfaction only: 张三 100, 王五 75, 李四 50, 赵六 25
    const weights = { quota: 0, inventoryHealth: 0, newPartners: 0, activeSecondTier: 0, satisfaction: 100, collection: 0 };
    const r = await salesScorecard(query, Q1(), { specs: withWeights(DEFAULT_SALES_SPECS, weights) });
    expect(r.rows.map((x) => [x.id, x.total])).toEqual([['张三', 100], ['王五', 75], ['李四', 50], ['赵六', 25]]);
    expect((await salesScorecard(query, Q1({ salesperson: ['赵六', '王五'] }))).rows.map((x) => [x.id, x.rank])).toEqual([['王五', 1], ['赵六', 2]]);
    expect(await salesScorecard(query, Q1({ region: ['华东'] }))).toEqual({ rows: [], reason: 'unsupported-filter', dims: ['region'] });
  });
});
