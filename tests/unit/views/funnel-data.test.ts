import { describe, expect, it } from 'vitest';
import { planMonth, planQuota, splitUnit } from '../../../src/views/funnel/funnel-data';

const scope = (to: string) => ({ from: '2026-01-01', to, filters: {} });

describe('the quota planner of the funnel page', () => {
  it('plans the month after the last complete month', () => {
    expect(planMonth(scope('2026-10-31'))).toBe('2026-11');
    expect(planMonth(scope('2026-10-15'))).toBe('2026-10');
    expect(planMonth(scope('2026-12-31'))).toBe('2027-01');
  });
  it('rounds a company quota to whole 万 and leaves a tiny one in yuan', () => {
    expect(splitUnit(160_000_000)).toBe(10_000);
    expect(splitUnit(50_000)).toBe(1);
  });
  it('splits by region, then gives the reps the quota of the selected regions only', () => {
    const inputs = {
      regions: [{ key: '华东', forecast: 600 }, { key: '华北', forecast: 300 }, { key: '西北', forecast: 100 }],
      reps: [{ key: '周涛', forecast: 450 }, { key: '徐丽', forecast: 150 }],
    };
    const all = planQuota(inputs, 2_000_000, []);
    expect(all.regions.map((r) => r.quota)).toEqual([1_200_000, 600_000, 200_000]);
    expect(all.repQuota).toBe(2_000_000);
    expect(all.reps.map((r) => r.quota)).toEqual([1_500_000, 500_000]);

    const east = planQuota(inputs, 2_000_000, ['华东']);
    expect(east.repQuota).toBe(1_200_000);
    expect(east.reps.map((r) => r.quota)).toEqual([900_000, 300_000]);
    expect(east.reps.reduce((s, r) => s + r.quota, 0)).toBe(east.repQuota);
  });
  it('keeps whole units that add up exactly', () => {
    const inputs = { regions: [{ key: 'a', forecast: 1 }, { key: 'b', forecast: 1 }, { key: 'c', forecast: 1 }], reps: [] };
    const plan = planQuota(inputs, 1_000_000, []);
    expect(plan.regions.map((r) => r.quota)).toEqual([340_000, 330_000, 330_000]);
  });
});
