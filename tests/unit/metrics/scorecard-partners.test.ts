/**
 * Partner evaluation on scorecard-fixture.ts, Q1 2025, with defaultPartnerSpecs(100000):
 * revenue 25 (0 → 100000), growth 10 (−50 % → +30 %), active months 15 (share of the 3 months),
 * overdue share 10 (50 % → 0 %), days late 10 (60 → 0), inventory 10 (band 2–8), satisfaction 10 (1 → 5),
 * training pass rate 5, certification 5 (level 0 → 3).
 *
 *   P1: rev 80, growth +100 % → 100, months 3/3 → 100, overdue 1/2 → 0, late (0 + 6)/2 = 3 → 95, 5 wk → 100,
 *       sat 100, training 90, 金牌 100 → (2000 + 1000 + 1500 + 0 + 950 + 1000 + 1000 + 450 + 500) / 100 = 84
 *   P3: rev 100, −20 % → 37.5, 2/3 → 66.67, 1/1 → 0, 30 → 50, 12 wk → 50, 3 → 50, 50 %, 金牌
 *       → (2500 + 375 + 1000 + 0 + 500 + 500 + 500 + 250 + 500) / 100 = 61.25
 *   P4: rev 30, 0 % → 62.5, 1/3, no invoices / stock / survey / training, cert 0
 *       → (750 + 625 + 500 + 0) / 55 = 34.09…
 *   P5: rev 10, no base year, 1 of the 2 months since signing (Feb) → 50, 1/1 → 0, 10 → 83.33, 1 wk → 50,
 *       4 → 75, no training, '' → 0 → (250 + 750 + 0 + 833.33 + 500 + 750 + 0) / 85 = 36.27…
 *   P2: rev 20, no base, 1/3, cert 0 → (500 + 500 + 0) / 45 = 22.22…
 *   P6: rev 25, −50 % → 0, 1/3, 1/1 → 0, 30 → 50, no stock, 2 → 25, 25 % → 25, cert 0
 *       → (625 + 0 + 500 + 0 + 500 + 250 + 125 + 0) / 90 = 22.22…   (tie with P2: both 200/9)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { DEFAULT_SEGMENTS, defaultPartnerSpecs, partnerRaw, partnerScorecard } from '../../../src/metrics/scorecard-partners';
import { loadScorecardFixture } from './scorecard-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadScorecardFixture()));

const Q1 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });
const specs = defaultPartnerSpecs(100000);

describe('partnerRaw', () => {
  it('collects revenue, growth, regularity, payment, stock, satisfaction, training and certification', async () => {
    const r = await partnerRaw(query, Q1());
    const by = Object.fromEntries(r.rows.map((x) => [x.partner_id, x]));
    expect(by.P1).toEqual({
      partner_id: 'P1', partner_name: '一号', tier: '一级代理商', region: '华东', salesperson: '张三', parent_partner_id: null,
      is_second_tier: false, revenue: 80000, baseRevenue: 40000, growth: 1, activeMonths: 3, months: 3, invoices: 2, lateInvoices: 1,
      overdueShare: 0.5, daysLate: 3, weeksOfSupply: 5, satisfaction: 5, trainingPassRate: 0.9, certificationLevel: 3,
      lastOrder: '2025-03-10', daysSinceLastOrder: 21, onceOff: false, signedDate: '2023-01-01', daysSinceSigned: 820,
    });
    expect(by.P2).toMatchObject({ parent_partner_id: 'P1', is_second_tier: true, growth: null, invoices: 0, overdueShare: null, daysLate: null, certificationLevel: 0 });
    expect(by.P3).toMatchObject({ growth: -0.2, activeMonths: 2, overdueShare: 1, daysLate: 30, weeksOfSupply: 12, trainingPassRate: 0.5 });
    expect(by.P5).toMatchObject({ daysLate: 10, weeksOfSupply: 1, certificationLevel: 0, daysSinceLastOrder: 30, activeMonths: 1, months: 2, daysSinceSigned: 58 });
    expect(by.P2).toMatchObject({ months: 3, daysSinceSigned: 75 }); // signed 01-15: January counts
    expect(by.P6).toMatchObject({ growth: -0.5, daysLate: 30, weeksOfSupply: null, trainingPassRate: 0.25, daysSinceLastOrder: 70 });
  });
});

describe('partnerScorecard', () => {
  it('scores, ranks with ties and segments with structured reasons', async () => {
    const r = await partnerScorecard(query, Q1(), { specs });
    // Default thresholds: eliminate below 30 → P5 (36.27) and P4 (34.09, flat) are watched; P6 (22.22) goes;
    // P2 (22.22 too) was signed 75 days before the end, inside the 180-day grace: watched, not eliminated.
    expect(r.rows.map((x) => [x.id, x.rank, x.segment])).toEqual([
      ['P1', 1, 'strategic'], ['P3', 2, 'maintain'], ['P5', 3, 'watch'], ['P4', 4, 'watch'], ['P2', 5, 'watch'], ['P6', 5, 'eliminate'],
    ]);
    const totals = r.rows.map((x) => x.total as number);
    [84, 61.25, 9250 / 255, 1875 / 55, 200 / 9, 200 / 9].forEach((t, i) => expect(totals[i]).toBeCloseTo(t, 9));
    expect(r.rows[0].reasons).toEqual([{ code: 'overdue-share', value: 0.5 }]);
    expect(r.rows[4]).toMatchObject({ id: 'P2', renormalised: true, missing: ['growth', 'overdueShare', 'daysLate', 'inventoryHealth', 'satisfaction', 'trainingPassRate'] });
    expect(r.rows[4].reasons).toEqual([]);
    expect(r.rows[5].reasons.map((f) => f.code)).toEqual(['low-score', 'overdue-share', 'revenue-decline']);
    expect(r.rows[5].reasons[2]).toEqual({ code: 'revenue-decline', value: -0.5 });
  });

  it('takes the segment thresholds as parameters', async () => {
    // strategic 90 → P1 (growth +100 %) develops; 70 days without an order → P6; a 60-day grace no longer
    // covers P2 (signed 75 days before) → eliminated for its low score; P5 (58 days) is still spared.
    const segments = { ...DEFAULT_SEGMENTS, strategic: 90, noOrderDays: 70, graceDays: 60 };
    const r = await partnerScorecard(query, Q1(), { specs, segments });
    expect(r.rows.map((x) => [x.id, x.segment])).toEqual([['P1', 'develop'], ['P3', 'maintain'], ['P5', 'watch'], ['P4', 'watch'], ['P2', 'eliminate'], ['P6', 'eliminate']]);
    expect(r.rows[4].reasons).toEqual([{ code: 'low-score', value: 200 / 9 }]);
    expect(r.rows[5].reasons.slice(0, 2)).toMatchObject([{ code: 'no-order-days', value: 70 }, { code: 'low-score' }]);
  });

  it('can measure revenue against the partner\'s own tier', async () => {
    // 一级: 10000 25000 80000 120000 → ⌈0.8 × 4⌉ = 4th = 120000; 二级: 20000 30000 → ⌈1.6⌉ = 2nd = 30000.
    //   P1 80000/120000 = 66.67 → (1666.67 + 1000 + 1500 + 0 + 950 + 1000 + 1000 + 450 + 500) / 100 = 80.67   strategic
    //   P4 30000/30000 = 100   → (2500 + 625 + 500 + 0) / 55 = 65.91                                          maintain
    //   P3 unchanged 61.25 maintain; P2 20000/30000 → (1666.67 + 500 + 0) / 45 = 48.15 watch
    //   P5 10000/120000 = 8.33 → (208.33 + 750 + 0 + 833.33 + 500 + 750 + 0) / 85 = 35.78 watch
    //   P6 25000/120000 = 20.83 → (520.83 + 0 + 500 + 0 + 500 + 250 + 125 + 0) / 90 = 21.06 eliminate
    const r = await partnerScorecard(query, Q1(), { revenuePeers: 'tier' });
    expect(r.anchors).toEqual({ 一级代理商: 120000, 二级经销商: 30000 });
    expect(r.rows.map((x) => [x.id, x.rank, x.segment])).toEqual([
      ['P1', 1, 'strategic'], ['P4', 2, 'maintain'], ['P3', 3, 'maintain'], ['P2', 4, 'watch'], ['P5', 5, 'watch'], ['P6', 6, 'eliminate'],
    ]);
    [24200 / 300, 3625 / 55, 61.25, 6500 / 135, 9125 / 255, 5687.5 / 270].forEach((t, i) => expect(r.rows[i].total as number).toBeCloseTo(t, 9));
  });

  it('anchors revenue on the 80th-percentile partner by default and follows partner filters', async () => {
    // positive revenues 10000 20000 25000 30000 80000 120000 → the 5th of 6 (⌈0.8 × 6⌉) = 80000
    const r = await partnerScorecard(query, Q1());
    expect(r.specs[0]).toMatchObject({ key: 'revenue', rule: { kind: 'linear', zero: 0, full: 80000 } });
    expect((await partnerScorecard(query, Q1({ tier: ['二级经销商'] }), { specs })).rows.map((x) => x.id)).toEqual(['P4', 'P2']);
    expect(await partnerScorecard(query, Q1({ product: ['A'] }), { specs })).toMatchObject({ rows: [], reason: 'unsupported-filter', dims: ['product'] });
  });
});
