/**
 * The scorecards page's scoring on the hand-made fixture (tests/unit/metrics/scorecard-fixture.ts:
 * 4 salespeople, 6 partners, Q1 2025) with the page's settings: active second-tier target 20,
 * new-partner target from the targets file (1 for 张三 and 李四), else 2.
 *
 *   rep   quota        inventory     new             active 2nd   satisfaction   collection
 *   张三  100 %  → 100  5 wk → 100    1 / 1 → 100     1/20 → 5     5 → 100        100 % → 100
 *   李四  150 %  → 150  12 wk → 50    0 / 1 → 0       1/20 → 5     3 → 50         50 %  → 50
 *   王五  target 0 → missing  1 wk → 50  1 / 2 → 50  0 → 0        4 → 75         100 % → 100
 *   赵六  50 %   → 50   no stock → missing  0 / 2 → 0  0 → 0       2 → 25         80 %  → 80
 *
 * Default weights 50/10/10/10/10/10:
 *   张三 (5000 + 1000 + 1000 + 50 + 1000 + 1000) / 100 = 90.5
 *   李四 (7500 +  500 +    0 + 50 +  500 +  500) / 100 = 90.5   → tie, both rank 1
 *   王五 quota missing, over 50: (500 + 500 + 0 + 750 + 1000) / 50 = 55      → 3
 *   赵六 inventory missing, over 90: (2500 + 0 + 0 + 250 + 800) / 90 = 39.44… → 4
 * Edited weights quota 20, collection 40 (others 10):
 *   张三 (2000 + 1000 + 1000 + 50 + 1000 + 4000) / 100 = 90.5
 *   李四 (3000 +  500 +    0 + 50 +  500 + 2000) / 100 = 60.5
 *   王五 over 80: (500 + 500 + 0 + 750 + 4000) / 80 = 71.875
 *   赵六 over 90: (1000 + 0 + 0 + 250 + 3200) / 90 = 49.44…
 *   → 张三 1, 王五 2, 李四 3, 赵六 4: collection now outweighs 李四's over-achieved quota.
 *
 * Custom targets (tgt=active2:1,new:1,collection:80,satisfaction:4,invlow:4,invhigh:12), default weights:
 *   rep   quota     inventory 4–12 wk (0 at 24)  new              active 2nd   satisfaction 1→0, 4→100   collection ÷ 80 %
 *   张三  100       5 wk → 100                   1 / 1 → 100      1/1 → 100    5 → 100 (capped)           100 % → 100 (capped)
 *   李四  150       12 wk → 100                  0 / 1 → 0        1/1 → 100    3 → 66.67                  50 % → 62.5
 *   王五  missing   1 wk → 25                    1 / 1 → 100 (the setting: no file target)   0 → 0     4 → 100    100 % → 100
 *   赵六  50        missing                      0 / 1 → 0        0 → 0        2 → 33.33                  80 % → 100
 *   张三 (5000 + 1000 + 1000 + 1000 + 1000 + 1000) / 100 = 100
 *   李四 (7500 + 1000 +    0 + 1000 + 666.67 + 625) / 100 = 107.916…
 *   王五 over 50: (250 + 1000 + 0 + 1000 + 1000) / 50 = 65
 *   赵六 over 90: (2500 + 0 + 0 + 333.33 + 1000) / 90 = 42.592…
 *   → 李四 1, 张三 2, 王五 3, 赵六 4: the tie is broken.
 * Only new:1 (the setting used when the targets file has none): 张三 and 李四 keep their file target
 *   (90.5 each); 王五 1 / 1 → 100: (500 + 1000 + 0 + 750 + 1000) / 50 = 65; 赵六 0 / 1 still 0 → 39.44….
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { salesSpecs } from '../../../src/views/scorecards/scorecard-config';
import { DEFAULT_TARGETS } from '../../../src/state/kpi-targets';
import { ignoredSalesFilters, loadSalesScorecard, loadSalesTrend } from '../../../src/views/scorecards/scorecard-data';
import { loadScorecardFixture } from '../metrics/scorecard-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadScorecardFixture()));
const Q1 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });
const EDITED = { quota: 20, inventory: 10, new: 10, active2: 10, satisfaction: 10, collection: 40 };
const ranking = (rows: { id: string; rank: number | null; total: number | null }[]) => rows.map((r) => [r.id, r.rank, Math.round((r.total ?? NaN) * 1000) / 1000]);

describe('the page’s salesperson scorecard', () => {
  it('ranks with the default weights, ties included', async () => {
    const rows = await loadSalesScorecard(query, Q1(), salesSpecs(null, null));
    expect(ranking(rows)).toEqual([['张三', 1, 90.5], ['李四', 1, 90.5], ['王五', 3, 55], ['赵六', 4, 39.444]]);
    expect(rows[2]).toMatchObject({ missing: ['quota'], renormalised: true });
    expect(rows[2].kpis[0]).toMatchObject({ reason: 'zero-target', score: null });
    expect(rows[0].kpis.map((k) => k.target)).toEqual([100000, null, 1, 20, null, 1]);
  });

  it('re-ranks when the weights change', async () => {
    const rows = await loadSalesScorecard(query, Q1(), salesSpecs(EDITED, null));
    expect(ranking(rows)).toEqual([['张三', 1, 90.5], ['王五', 2, 71.875], ['李四', 3, 60.5], ['赵六', 4, 49.444]]);
  });

  it('scores against custom targets: the tie of 张三 and 李四 breaks', async () => {
    const targets = { active2: 1, new: 1, collection: 80, satisfaction: 4, invlow: 4, invhigh: 12 };
    const rows = await loadSalesScorecard(query, Q1(), salesSpecs(null, null, targets));
    expect(ranking(rows)).toEqual([['李四', 1, 107.917], ['张三', 2, 100], ['王五', 3, 65], ['赵六', 4, 42.593]]);
    const li = rows[0].kpis.map((k) => [k.key, k.target, k.score === null ? null : Math.round(k.score * 1000) / 1000]);
    expect(li).toEqual([['quota', 100000, 150], ['inventoryHealth', null, 100], ['newPartners', 1, 0], ['activeSecondTier', 1, 100],
      ['satisfaction', null, 66.667], ['collection', 0.8, 62.5]]);
    expect(rows.find((r) => r.id === '王五')?.kpis[1].score).toBe(25);
  });

  it('uses the new-partner target setting only for salespeople whose targets file sets none', async () => {
    const rows = await loadSalesScorecard(query, Q1(), salesSpecs(null, null, { ...DEFAULT_TARGETS, new: 1 }));
    expect(ranking(rows)).toEqual([['张三', 1, 90.5], ['李四', 1, 90.5], ['王五', 3, 65], ['赵六', 4, 39.444]]);
    expect(rows.map((r) => [r.id, r.kpis[2].target])).toEqual([['张三', 1], ['李四', 1], ['王五', 1], ['赵六', 1]]);
  });

  it('fails a gated KPI at zero: active second tier gates out 王五 and 赵六', async () => {
    const rows = await loadSalesScorecard(query, Q1(), salesSpecs(null, ['active2']));
    expect(rows.map((r) => [r.id, r.rank, r.passed])).toEqual([['张三', 1, true], ['李四', 1, true], ['王五', 3, false], ['赵六', 4, false]]);
  });

  it('narrows to the region filter and ranks within it; other filters are ignored and said so', async () => {
    const rows = await loadSalesScorecard(query, Q1({ region: ['华南', '西南'], tier: ['x'] }), salesSpecs(EDITED, null));
    expect(ranking(rows)).toEqual([['李四', 1, 60.5], ['赵六', 2, 49.444]]);
    expect(ignoredSalesFilters(Q1({ region: ['华南'], salesperson: ['李四'], tier: ['x'], industry: ['y'] }))).toEqual(['tier', 'industry']);
  });

  it('scores one salesperson month by month', async () => {
    // 张三: January P1's 30000 against the quarter's quota pro rata (31 of 90 days); February P1 30000 + P2 20000; March P1 20000
    const trend = await loadSalesTrend(query, Q1(), '张三', salesSpecs(null, null));
    expect(trend.map((p) => p.month)).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(trend[0].row?.kpis[0].value).toBe(30000);
    expect(trend[0].row?.kpis[0].target).toBeCloseTo(100000 * 31 / 90, 6);
    expect(trend[1].row?.kpis[0].value).toBe(50000);
    expect(trend[2].row?.kpis[0].value).toBe(20000);
  });
});
