/**
 * Weeks of supply per partner, on the hand-made channel of inventory.test.ts (to = 2025-03-31,
 * 13-week window 2024-12-31..2025-03-31), all products of a partner together:
 *
 *   partner  stock (qty)        weekly sales        WoS                 status   over-stock value
 *   D1       100 + 20 + 15=135  20 + 10 + 10 = 40   135 / 40 = 3.375    healthy  0
 *   D2       240 + 50 + 80=370  30 + 0 + 7 = 37     370 / 37 = 10       over     5000 + 2400 = 7400
 *   D3       40                 2 (sell-in)         20                  over     4800
 *
 * Channel: Σ stock 545 ÷ Σ weekly 79; median partner 10; 2 over-stocked, none under, no partner
 * without movement (D2's product C has none, but D2 as a whole sells).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { weeksOfSupply, type SupplyRow } from '../../../src/metrics/inventory';
import { partnerSupply, supplySummary } from '../../../src/metrics/inventory-partners';
import { loadDetail } from './detail-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, region VARCHAR, owner VARCHAR);
INSERT INTO partners VALUES ('D1','东方分销','分销商','华东','张三'), ('D2','南方分销','分销商','华南','李四'), ('D3','西子代理','一级代理商','华东','张三');
CREATE TABLE inventory (snapshot_date DATE, partner_id VARCHAR, product VARCHAR, on_hand_qty DOUBLE, on_hand_value DOUBLE);
INSERT INTO inventory VALUES
 ('2025-03-31','D1','A',100,10000), ('2025-03-31','D1','B',20,4000), ('2025-03-31','D1','C',15,1500),
 ('2025-03-15','D2','A',240,24000), ('2025-03-15','D2','C',50,5000), ('2025-03-15','D2','D',80,8000),
 ('2025-03-20','D3','A',40,8000);
CREATE TABLE sellout (date DATE, partner_id VARCHAR, product VARCHAR, quantity DOUBLE, amount DOUBLE);
INSERT INTO sellout VALUES
 ('2024-12-31','D1','A',130,13000), ('2025-03-31','D1','A',130,13000), ('2025-02-01','D1','B',130,13000),
 ('2025-03-10','D1','C',130,13000), ('2025-01-15','D2','A',390,39000), ('2025-02-20','D2','D',91,9100);
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, product VARCHAR, quantity DOUBLE, amount DOUBLE);
INSERT INTO orders VALUES ('2025-01-10','D3','A',13,1040), ('2025-03-01','D3','A',13,1040)`)));

const TH = { under: 2, over: 8, weeks: 13 };
const Q1 = { from: '2025-01-01', to: '2025-03-31', filters: {} };

describe('partnerSupply', () => {
  it('adds up each partner’s products: Σ stock ÷ Σ weekly sales', async () => {
    const r = await weeksOfSupply(query, Q1, TH);
    const p = partnerSupply(r.rows, TH);
    // Most over-stock value first: D2 7400, D3 4800, D1 0.
    expect(p.map((x) => [x.partner_id, x.stock, x.weekly, x.weeks_of_supply, x.status, x.overstock_value, x.basis])).toEqual([
      ['D2', 370, 37, 10, 'over', 7400, 'sellout'],
      ['D3', 40, 2, 20, 'over', 4800, 'sellin'],
      ['D1', 135, 40, 3.375, 'healthy', 0, 'sellout'],
    ]);
    expect(p[0]).toMatchObject({ partner_name: '南方分销', region: '华南', salesperson: '李四', snapshot_date: '2025-03-15',
      on_hand_value: 37000, positions: 3, over_positions: 2, under_positions: 0, no_movement: false, unit: 'qty' });
    expect(p[2]).toMatchObject({ under_positions: 1, on_hand_qty: 135 });
  });

  it('summarises the channel', async () => {
    const r = await weeksOfSupply(query, Q1, TH);
    const s = supplySummary(r, partnerSupply(r.rows, TH));
    expect(s).toMatchObject({ partners: 3, overstocked: 2, understocked: 0, noMovement: 0, medianWeeks: 10, overstockValue: 12200, overstockedPartnersValue: 12200, stockValue: 60500 });
    expect(s.overallWeeks).toBeCloseTo(545 / 79, 12);
  });

  it('follows the thresholds: over 12 leaves D2 (10 weeks) healthy', async () => {
    const th = { ...TH, over: 12 };
    const r = await weeksOfSupply(query, Q1, th);
    const s = supplySummary(r, partnerSupply(r.rows, th));
    expect(s.overstocked).toBe(1);
    // D2 is healthy as a whole now (10 weeks), so only D3 is an over-stocked partner: 40 units on hand,
    // 2 sold a week, 40 − 12 × 2 = 16 units beyond 12 weeks at 8000 ÷ 40 = 200 each → 3200.
    expect(s.overstockedPartnersValue).toBe(3200);
  });

  it('flags stock without sales as over-stocked, and values when there are no quantities', () => {
    const row = (o: Partial<SupplyRow>): SupplyRow => ({
      partner_id: 'X', partner_name: null, tier: null, region: null, salesperson: null, product: 'A', snapshot_date: '2025-03-31',
      on_hand_qty: 0, on_hand_value: null, basis: 'sellout', unit: 'qty', window_sales: 0, weekly_sales: 0,
      weeks_of_supply: null, no_movement: false, status: null, overstock_value: null, ...o,
    });
    const p = partnerSupply([
      row({ partner_id: 'S', on_hand_qty: 5, no_movement: true, status: 'over', overstock_value: 50 }),
      row({ partner_id: 'S', product: 'B', on_hand_qty: 0 }),
      // No quantities: 3000 of stock value ÷ 1500 sold a week = 2 weeks.
      row({ partner_id: 'V', unit: 'value', on_hand_value: 3000, weekly_sales: 1500, status: 'healthy' }),
      row({ partner_id: 'N', unit: null }),
    ], TH);
    expect(p.map((x) => [x.partner_id, x.weeks_of_supply, x.no_movement, x.status])).toEqual([
      ['S', null, true, 'over'], ['V', 2, false, 'healthy'], ['N', null, false, null],
    ]);
    expect(p[0].overstock_value).toBe(50);
  });
});
