/**
 * Weeks of supply, stock trend and sell-through on a hand-made channel. to = 2025-03-31, 13 weeks
 * = 91 days → sales window 2024-12-31..2025-03-31.
 *
 * Partners: D1 华东 张三 and D2 华南 李四 report sell-out; D3 华东 张三 does not (sell-in fallback).
 * Latest snapshot ≤ 03-31: D1 03-31 (02-10 and 02-28 are older, 04-15 is after `to`), D2 03-15, D3 03-20.
 *
 *   pos    stock (value)    sales in window          weekly  WoS          status   over-stock value
 *   D1 A   100 (10000)      130 (12-31) + 130 (03-31) 20     5            healthy  0
 *                           (12-30 and 04-01 outside)
 *   D1 B    20  (4000)      130 (02-01)               10     2 (edge)     healthy  0
 *   D1 C    15  (1500)      130 (03-10)               10     1.5          under    0
 *   D2 A   240 (24000)      390 (01-15)               30     8 (edge)     healthy  0
 *   D2 C    50  (5000)      none                       0     — no movement over     5000 (all of it)
 *   D2 D    80  (8000)       91 (02-20)                7     80/7≈11.43   over     (80 − 56) × 100 = 2400
 *   D3 A    40  (8000)      sell-in 13 + 13 (fallback) 2     20           over     (40 − 16) × 200 = 4800
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { sellThrough, stockTrend, weeksOfSupply } from '../../../src/metrics/inventory';
import { loadDetail } from './detail-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, region VARCHAR, owner VARCHAR);
INSERT INTO partners VALUES ('D1','东方分销','分销商','华东','张三'), ('D2','南方分销','分销商','华南','李四'), ('D3','西子代理','一级代理商','华东','张三');
CREATE TABLE inventory (snapshot_date DATE, partner_id VARCHAR, product VARCHAR, on_hand_qty DOUBLE, on_hand_value DOUBLE);
INSERT INTO inventory VALUES
 ('2025-02-10','D1','A',500,50000), ('2025-02-28','D1','A',999,99900),
 ('2025-03-31','D1','A',100,10000), ('2025-03-31','D1','B',20,4000), ('2025-03-31','D1','C',15,1500),
 ('2025-04-15','D1','A',5,500),
 ('2025-03-15','D2','A',240,24000), ('2025-03-15','D2','C',50,5000), ('2025-03-15','D2','D',80,8000),
 ('2025-03-20','D3','A',40,8000);
CREATE TABLE sellout (date DATE, partner_id VARCHAR, product VARCHAR, quantity DOUBLE, amount DOUBLE);
INSERT INTO sellout VALUES
 ('2024-12-30','D1','A',1000,100000), ('2024-12-31','D1','A',130,13000), ('2025-03-31','D1','A',130,13000),
 ('2025-04-01','D1','A',999,99900), ('2025-02-01','D1','B',130,13000), ('2025-03-10','D1','C',130,13000),
 ('2025-01-15','D2','A',390,39000), ('2025-02-20','D2','D',91,9100);
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, product VARCHAR, quantity DOUBLE, amount DOUBLE);
INSERT INTO orders VALUES
 ('2025-01-05','D1','A',400,32000), ('2025-02-05','D2','A',300,24000), ('2025-03-05','D1','C',300,24000),
 ('2025-01-10','D3','A',13,1040), ('2025-03-01','D3','A',13,1040)`)));

const Q1 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });

describe('weeksOfSupply', () => {
  it('divides the latest stock by the average weekly sales of the trailing 13 weeks', async () => {
    const r = await weeksOfSupply(query, Q1());
    expect(r.window).toEqual({ from: '2024-12-31', to: '2025-03-31' });
    expect(r.rows.map((x) => [x.partner_id, x.product, x.snapshot_date, x.on_hand_qty, x.basis, x.unit, x.window_sales, x.weekly_sales, x.status]))
      .toEqual([
        ['D1', 'A', '2025-03-31', 100, 'sellout', 'qty', 260, 20, 'healthy'],
        ['D1', 'B', '2025-03-31', 20, 'sellout', 'qty', 130, 10, 'healthy'],
        ['D1', 'C', '2025-03-31', 15, 'sellout', 'qty', 130, 10, 'under'],
        ['D2', 'A', '2025-03-15', 240, 'sellout', 'qty', 390, 30, 'healthy'],
        ['D2', 'C', '2025-03-15', 50, 'sellout', 'qty', 0, 0, 'over'],
        ['D2', 'D', '2025-03-15', 80, 'sellout', 'qty', 91, 7, 'over'],
        ['D3', 'A', '2025-03-20', 40, 'sellin', 'qty', 26, 2, 'over'],
      ]);
    const wos = r.rows.map((x) => x.weeks_of_supply);
    expect(wos.slice(0, 4)).toEqual([5, 2, 1.5, 8]);
    expect(wos[4]).toBeNull();
    expect(wos[5]).toBeCloseTo(80 / 7, 12);
    expect(wos[6]).toBe(20);
    expect(r.rows.map((x) => x.no_movement)).toEqual([false, false, false, false, true, false, false]);
    expect(r.rows.map((x) => x.overstock_value)).toEqual([0, 0, 0, 0, 5000, 2400, 4800]);
    expect(r.overstockValue).toBe(12200);
    expect(r.sellInFallback).toBe(1);
  });

  it('takes the thresholds as parameters', async () => {
    // under 3 / over 6: D1 B (2) → under; D2 A (8) → over, excess 240 − 6 × 30 = 60 units × 100 = 6000;
    // D2 D excess 80 − 42 = 38 × 100 = 3800; D3 A 40 − 12 = 28 × 200 = 5600.
    const r = await weeksOfSupply(query, Q1(), { under: 3, over: 6, weeks: 13 });
    expect(r.rows.map((x) => x.status)).toEqual(['healthy', 'under', 'under', 'over', 'over', 'over', 'over']);
    expect(r.overstockValue).toBe(6000 + 5000 + 3800 + 5600);
    // 4 weeks = 28 days (03-04..03-31): D1 A sold 130 → 32.5 a week → 100 / 32.5
    const w4 = await weeksOfSupply(query, Q1({ partner: ['D1'], product: ['A'] }), { under: 2, over: 8, weeks: 4 });
    expect(w4.window).toEqual({ from: '2025-03-04', to: '2025-03-31' });
    expect(w4.rows[0].weeks_of_supply).toBeCloseTo(100 / 32.5, 12);
    await expect(weeksOfSupply(query, Q1(), { under: 9, over: 8, weeks: 13 })).rejects.toThrow(RangeError);
  });

  it('filters by partner dims and product', async () => {
    expect((await weeksOfSupply(query, Q1({ region: ['华南'] }))).rows.map((x) => x.product)).toEqual(['A', 'C', 'D']);
    expect((await weeksOfSupply(query, Q1({ product: ['A'] }))).rows.map((x) => x.partner_id)).toEqual(['D1', 'D2', 'D3']);
    // as of 02-28 D1's latest snapshot is 02-28 (A 999); window 2024-11-30..2025-02-28 sold 1000 + 130 = 1130 → 86.92/wk
    const feb = await weeksOfSupply(query, { from: '2025-02-01', to: '2025-02-28', filters: { salesperson: ['张三'] } });
    expect(feb.rows.map((x) => [x.partner_id, x.product, x.on_hand_qty])).toEqual([['D1', 'A', 999]]);
    expect(feb.rows[0].weeks_of_supply).toBeCloseTo(999 / (1130 / 13), 12);
  });
});

describe('stockTrend', () => {
  it('takes each partner’s last snapshot inside each month', async () => {
    // Feb: D1 02-28 (A 999); Mar: D1 03-31 (100 + 20 + 15), D2 03-15 (240 + 50 + 80), D3 03-20 (40)
    const rows = await stockTrend(query, { from: '2025-02-01', to: '2025-03-31', filters: {} });
    expect(rows.map((r) => [r.month, r.partner_id, r.snapshot_date, r.on_hand_qty, r.on_hand_value])).toEqual([
      ['2025-02', 'D1', '2025-02-28', 999, 99900],
      ['2025-03', 'D1', '2025-03-31', 135, 15500],
      ['2025-03', 'D2', '2025-03-15', 370, 37000],
      ['2025-03', 'D3', '2025-03-20', 40, 8000],
    ]);
  });
});

describe('sellThrough', () => {
  it('compares sell-in to reporting partners with their sell-out and flags a persistent gap', async () => {
    // sell-in (D1, D2 only; D3 never reports): Jan 400, Feb 300, Mar 300
    // sell-out: Jan 390 (D2 A), Feb 130 + 91 = 221, Mar 130 + 130 = 260 → gaps 10, 79, 40
    const r = await sellThrough(query, Q1());
    expect(r.basis).toBe('qty');
    expect(r.rows.map((m) => [m.month, m.sell_in_qty, m.sell_out_qty, m.gap, m.cumulative_gap])).toEqual([
      ['2025-01', 400, 390, 10, 10], ['2025-02', 300, 221, 79, 89], ['2025-03', 300, 260, 40, 129],
    ]);
    expect(r.rows[0]).toMatchObject({ sell_in_amount: 32000, sell_out_amount: 39000 });
    expect(r).toMatchObject({ gapRun: 3, stuffing: true });
    expect((await sellThrough(query, Q1(), 4)).stuffing).toBe(false);
    // 华南 (D2): Jan 0 − 390, Feb 300 − 91 = 209, Mar 0 − 0 → run 0
    const south = await sellThrough(query, Q1({ region: ['华南'] }));
    expect(south.rows.map((m) => m.gap)).toEqual([-390, 209, 0]);
    expect(south).toMatchObject({ gapRun: 0, stuffing: false });
  });
});
