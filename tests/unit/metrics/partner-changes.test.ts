/**
 * Partner changes for the month 2025-10 (compare: 2024-10), on a hand-made channel.
 * Lost = no positive order for 180 days after ordering before. Lost during October ⇔ last order in
 * [2025-10-01 − 180, 2025-10-31 − 180] = [2025-04-04, 2025-05-04].
 *
 *   A 华东: 2024-10-10 100; 2025-10-15 300; 2025-10-16 −20 (return)  → Oct 280 vs 100: +180
 *   B 华南: 2024-10-05 500; 2025-10-20 100                             → 100 vs 500: −400
 *   C 华东: 2024-10-01 50                                               → 0 vs 50: −50; lost long ago
 *   D 华北 signed 2025-10-05: 2025-10-03 10 (before signing), 10-25 80  → new; +90, growth null
 *   E 华东 signed 2025-10-20: no orders                                 → new, never ordered
 *   F 华南: 2025-01-10 40, 2025-04-04 60                                → lost in October (window start)
 *   G 华东: 2025-04-03 70                                               → lost in September (total only)
 *   H 华北: 2025-05-05 30                                               → not lost yet (lost in November)
 *   I 华东: 2025-05-04 20, 2025-08-01 −10 (a return is not an order)   → lost in October (window end)
 *   J 华南 signed 2025-11-02                                            → not new in October
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { lostPartners, lostWindow, newPartnerList, partnerMovers, topMovers } from '../../../src/metrics/partner-changes';
import { loadDetail } from './detail-fixture';

const P = (id: string, region: string, signed = '2020-01-01') => `('${id}','伙伴${id}','分销商','${region}','销售${region}','${signed}','合作中')`;
let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, region VARCHAR, owner VARCHAR, signed_date DATE, status VARCHAR);
INSERT INTO partners VALUES ${[
  P('A', '华东'), P('B', '华南'), P('C', '华东'), P('D', '华北', '2025-10-05'), P('E', '华东', '2025-10-20'),
  P('F', '华南'), P('G', '华东'), P('H', '华北'), P('I', '华东'), P('J', '华南', '2025-11-02'),
].join(', ')};
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES
 ('2024-10-10','A',100), ('2025-10-15','A',300), ('2025-10-16','A',-20), ('2024-10-05','B',500), ('2025-10-20','B',100),
 ('2024-10-01','C',50), ('2025-10-03','D',10), ('2025-10-25','D',80), ('2025-01-10','F',40), ('2025-04-04','F',60),
 ('2025-04-03','G',70), ('2025-05-05','H',30), ('2025-05-04','I',20), ('2025-08-01','I',-10)`)));

const OCT = (filters: Filters = {}): Scope => ({ from: '2025-10-01', to: '2025-10-31', filters });

describe('partnerMovers / topMovers', () => {
  it('compares each partner with the same month last year', async () => {
    const rows = await partnerMovers(query, OCT());
    expect(rows.map((r) => [r.key, r.name, r.revenue, r.base, r.change, r.growth])).toEqual([
      ['A', '伙伴A', 280, 100, 180, 1.8], ['D', '伙伴D', 90, 0, 90, null], ['C', '伙伴C', 0, 50, -50, -1], ['B', '伙伴B', 100, 500, -400, -0.8],
    ]);
    const { gainers, decliners } = topMovers(rows, 5);
    expect(gainers.map((r) => r.key)).toEqual(['A', 'D']);
    expect(decliners.map((r) => r.key)).toEqual(['B', 'C']);
    expect(topMovers(rows, 1)).toEqual({ gainers: [rows[0]], decliners: [rows[3]] });
  });

  it('honours filters through the orders (region inherited from the partner)', async () => {
    expect((await partnerMovers(query, OCT({ region: ['华东'] }))).map((r) => r.key)).toEqual(['A', 'C']);
  });
});

describe('newPartnerList', () => {
  it('lists partners signed in the month with their first order on or after signing', async () => {
    const r = await newPartnerList(query, OCT());
    expect(r.rows.map((x) => [x.partner_id, x.signed_date, x.first_order, x.orders, x.revenue])).toEqual([
      ['D', '2025-10-05', '2025-10-25', 2, 90], ['E', '2025-10-20', null, 0, 0],
    ]);
    expect((await newPartnerList(query, OCT({ region: ['华北'] }))).rows.map((x) => x.partner_id)).toEqual(['D']);
    expect(await newPartnerList(query, OCT({ product: ['x'] }))).toMatchObject({ rows: [], reason: 'unsupported-filter', dims: ['product'] });
  });
});

describe('lostPartners', () => {
  it('computes the last-order window of the month', () => {
    expect(lostWindow({ from: '2025-10-01', to: '2025-10-31' })).toEqual({ from: '2025-04-04', to: '2025-05-04' });
    expect(() => lostWindow({ from: '2025-10-01', to: '2025-10-31' }, 0)).toThrow(RangeError);
  });

  it('lists partners lost during the month (edges included) and counts all lost by its end', async () => {
    const r = await lostPartners(query, OCT());
    expect(r.rows.map((x) => [x.partner_id, x.first_order, x.last_order, x.orders, x.revenue])).toEqual([
      ['I', '2025-05-04', '2025-05-04', 1, 10], ['F', '2025-01-10', '2025-04-04', 2, 100],
    ]);
    expect(r.total).toBe(4); // C, F, G, I
    const east = await lostPartners(query, OCT({ region: ['华东'] }));
    expect([east.rows.map((x) => x.partner_id), east.total]).toEqual([['I'], 3]);
  });

  it('looks at nothing after the end of the month', async () => {
    // As of 2025-04-30 (lost ⇔ last order ≤ 2024-11-01): A (2024-10-10) and B (2024-10-05) had not
    // ordered again yet, C (2024-10-01) was lost in March; F's 04-04 order keeps it active.
    const april = await lostPartners(query, { from: '2025-04-01', to: '2025-04-30', filters: {} });
    expect(april.rows.map((x) => [x.partner_id, x.last_order, x.orders, x.revenue])).toEqual([['A', '2024-10-10', 1, 100], ['B', '2024-10-05', 1, 500]]);
    expect(april.total).toBe(3);
    const march = await lostPartners(query, { from: '2025-03-01', to: '2025-03-31', filters: {} });
    expect(march.rows.map((x) => x.partner_id)).toEqual(['C']);
  });
});
