/**
 * Concentration on 12 partners whose 2025 revenue totals 1000:
 *   P01 400, P02 200, P03 100, P04 100, P05 50, P06 50, P07 30, P08 20, P09 20, P10 10, P11 10, P12 10
 *   (P01 in two orders; P13 nets 50 − 80 = −30 and is left out; a 2024 order of P12 is outside).
 *   shares .40 .20 .10 .10 .05 .05 .03 .02 .02 .01 .01 .01
 *   top-10 share = 1 − .01 − .01 = .98
 *   cumulative .40 .60 .70 .80 → Pareto count 4 (80% reached exactly at rank 4), 4 / 12 of partners
 *   HHI = 40² + 20² + 10² + 10² + 5² + 5² + 3² + 2² + 2² + 1² + 1² + 1² = 1600 + 400 + 200 + 50 + 9 + 8 + 3 = 2270
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { concentration } from '../../../src/metrics/concentration';
import type { Scope } from '../../../src/metrics/filters';
import { loadDetail } from './detail-fixture';

const REVENUE: [string, number][] = [
  ['P02', 200], ['P03', 100], ['P04', 100], ['P05', 50], ['P06', 50], ['P07', 30], ['P08', 20], ['P09', 20], ['P10', 10], ['P11', 10], ['P12', 10],
];
let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, product VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES ('2025-02-01','P01','A',300), ('2025-03-01','P01','B',100),
 ${REVENUE.map(([p, a]) => `('2025-05-01','${p}','A',${a})`).join(', ')},
 ('2025-06-01','P13','A',50), ('2025-07-01','P13','A',-80), ('2024-12-31','P12','A',999)`)));

const Y2025 = (filters = {}): Scope => ({ from: '2025-01-01', to: '2025-12-31', filters });

describe('concentration', () => {
  it('gives top-10 share, the Pareto count and HHI', async () => {
    const r = await concentration(query, Y2025());
    expect(r).toMatchObject({ partners: 12, total: 1000, topN: 10, paretoCount: 4, paretoThreshold: 0.8, reason: null });
    expect(r.topShare).toBeCloseTo(0.98, 12);
    expect(r.paretoPartnerShare).toBeCloseTo(1 / 3, 12);
    expect(r.hhi).toBeCloseTo(2270, 9);
    expect(r.curve.slice(0, 4).map((p) => [p.rank, p.partner_id, p.revenue])).toEqual([[1, 'P01', 400], [2, 'P02', 200], [3, 'P03', 100], [4, 'P04', 100]]);
    expect(r.curve.map((p) => p.cumulative_share)[3]).toBeCloseTo(0.8, 12);
    expect(r.curve[11]).toMatchObject({ rank: 12, partner_id: 'P12', partner_share: 1 });
    expect(r.curve[11].cumulative_share).toBeCloseTo(1, 12);
  });

  it('takes N and the Pareto threshold as parameters and follows filters', async () => {
    const r = await concentration(query, Y2025(), 3, 0.85);
    expect(r.topShare).toBeCloseTo(0.7, 12); // .40 + .20 + .10
    expect(r.paretoCount).toBe(5); // .80 at rank 4, .85 at rank 5
    // product B: only P01's 100 → one partner with everything: HHI 10000
    expect(await concentration(query, Y2025({ product: ['B'] }))).toMatchObject({ partners: 1, topShare: 1, paretoCount: 1, hhi: 10000 });
    expect(await concentration(query, { from: '2026-01-01', to: '2026-12-31', filters: {} }))
      .toMatchObject({ partners: 0, total: 0, topShare: null, paretoCount: null, hhi: null, curve: [] });
  });
});
