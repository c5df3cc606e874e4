/**
 * Partner-base health on a hand-made channel, as of to = 2025-12-31:
 *   lookback 12 months = 2025-01-01..2025-12-31; quiet window 180 days = 2025-07-05..2025-12-31
 *   (so 2025-07-04 is exactly 180 days before `to` and outside it).
 *
 *   D1 一级 华东 金融 张三: 2025-11-15 10000, 2025-12-20 20000        R1 二级 (D1) 华东 金融: 2025-12-01 1000
 *   D2 一级 华南 制造 李四: 2025-10-10 30000                          R2 二级 (D1) 华东 制造: 2024-05-01 2000
 *   N1 一级 华东 政府 signed 2025-01-10: 2025-04-10 5000 (day 90), 12-01 5000
 *   N2 一级 华南 政府 signed 2025-01-31: 2025-05-02 6000 (day 91), 10-01 6000
 *   N3 二级 (D2) 华南 制造 signed 2025-03-01: 2025-02-15 700 (before signing)
 *   R3 二级 (D1) 华东 金融: 2024-11-01 800, 2025-09-01 −500 (return)   R4 二级 (D2) 华南 制造: 2025-08-15 4000
 *   X1..X8 ISV 西南 教育 王五 (X7 终止):
 *     X1 06-14 (one order)                         → once-off
 *     X2 06-01 + 06-30 (29 days apart)             → once-off (inside one 30-day window)
 *     X3 06-01 + 07-01 (30 days apart)             → not (spans 31 days)
 *     X4 07-04 (exactly 180 days before `to`)      → once-off
 *     X5 07-05 (179 days)                          → not
 *     X6 2024-12-31 + 2025-03-01                   → once-off (only one inside the lookback)
 *     X7 2024-06-01                                → not (no order in the lookback)
 *     X8 03-10 500 + 11-01 −200 (a return)         → once-off (a return is not an order)
 *   N3: one order in the lookback (02-15), none since → once-off too.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { activeByTier, coverage, newPartnersByMonth, onceOffPartners, partnerStructure } from '../../../src/metrics/partners-health';
import { loadDetail } from './detail-fixture';

const X = (id: string, status = '合作中') => `('${id}','${id}','ISV',NULL,'西南','教育','王五','2023-01-01','${status}')`;
let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, parent_partner_id VARCHAR, region VARCHAR,
  industry VARCHAR, owner VARCHAR, signed_date DATE, status VARCHAR);
INSERT INTO partners VALUES
 ('D1','东一','一级代理商',NULL,'华东','金融','张三','2020-01-01','合作中'), ('D2','南一','一级代理商',NULL,'华南','制造','李四','2020-01-01','合作中'),
 ('R1','东二甲','二级经销商','D1','华东','金融','张三','2021-01-01','合作中'), ('R2','东二乙','二级经销商','D1','华东','制造','张三','2021-01-01','合作中'),
 ('R3','东二丙','二级经销商','D1','华东','金融','张三','2021-01-01','合作中'), ('R4','南二甲','二级经销商','D2','华南','制造','李四','2021-01-01','合作中'),
 ('N1','新甲','一级代理商',NULL,'华东','政府','张三','2025-01-10','合作中'), ('N2','新乙','一级代理商',NULL,'华南','政府','李四','2025-01-31','合作中'),
 ('N3','新丙','二级经销商','D2','华南','制造','李四','2025-03-01','合作中'),
 ${['X1', 'X2', 'X3', 'X4', 'X5', 'X6', 'X8'].map((id) => X(id)).join(', ')}, ${X('X7', '终止')};
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES
 ('2025-11-15','D1',10000), ('2025-12-20','D1',20000), ('2025-10-10','D2',30000), ('2025-12-01','R1',1000), ('2024-05-01','R2',2000),
 ('2024-11-01','R3',800), ('2025-09-01','R3',-500), ('2025-08-15','R4',4000),
 ('2025-04-10','N1',5000), ('2025-12-01','N1',5000), ('2025-05-02','N2',6000), ('2025-10-01','N2',6000), ('2025-02-15','N3',700),
 ('2025-06-14','X1',100), ('2025-06-01','X2',100), ('2025-06-30','X2',100), ('2025-06-01','X3',100), ('2025-07-01','X3',100),
 ('2025-07-04','X4',100), ('2025-07-05','X5',100), ('2024-12-31','X6',100), ('2025-03-01','X6',100), ('2024-06-01','X7',100),
 ('2025-03-10','X8',500), ('2025-11-01','X8',-200)`)));

const Y2025 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-12-31', filters });

describe('onceOffPartners', () => {
  it('applies the 12-month / 30-day / 180-day rule with its edges', async () => {
    const r = await onceOffPartners(query, Y2025());
    expect(r.rows.map((x) => [x.partner_id, x.orders, x.first_order, x.last_order, x.days_since_last])).toEqual([
      ['X4', 1, '2025-07-04', '2025-07-04', 180], ['X2', 2, '2025-06-01', '2025-06-30', 184],
      ['X1', 1, '2025-06-14', '2025-06-14', 200], ['X8', 1, '2025-03-10', '2025-03-10', 296],
      ['X6', 1, '2025-03-01', '2025-03-01', 305], ['N3', 1, '2025-02-15', '2025-02-15', 319],
    ]);
    expect(r.rows[1]).toMatchObject({ amount: 200, tier: 'ISV', region: '西南', salesperson: '王五' });
  });

  it('filters by partner dims, refuses product, and takes the windows as options', async () => {
    expect((await onceOffPartners(query, Y2025({ region: ['华南'] }))).rows.map((x) => x.partner_id)).toEqual(['N3']);
    expect(await onceOffPartners(query, Y2025({ product: ['A'] }))).toEqual({ rows: [], reason: 'unsupported-filter', dims: ['product'] });
    // a 31-day burst window makes X3 (06-01 + 07-01, 30 days apart) once-off as well
    const wide = await onceOffPartners(query, Y2025({ region: ['西南'] }), { lookbackMonths: 12, burstDays: 31, quietDays: 180 });
    expect(wide.rows.map((x) => x.partner_id)).toEqual(['X4', 'X3', 'X2', 'X1', 'X8', 'X6']);
  });
});

describe('newPartnersByMonth', () => {
  it('counts signings per month and the productive ones (first order within 90 days)', async () => {
    // Jan: N1 (day 90 → productive), N2 (day 91 → not); Feb none; Mar: N3 (only an order before signing), second tier
    const r = await newPartnersByMonth(query, { from: '2025-01-01', to: '2025-03-31', filters: {} });
    expect(r.rows).toEqual([
      { month: '2025-01', new: 2, productive: 1, secondTier: 0 },
      { month: '2025-02', new: 0, productive: 0, secondTier: 0 },
      { month: '2025-03', new: 1, productive: 0, secondTier: 1 },
    ]);
    // 91 days makes N2 productive
    expect((await newPartnersByMonth(query, { from: '2025-01-01', to: '2025-01-31', filters: {} }, 91)).rows[0].productive).toBe(2);
  });
});

describe('partnerStructure', () => {
  it('lists each distributor’s resellers and how many ordered in the period', async () => {
    // D1: R1 ordered (1000), R2 (2024 only), R3 (only a return −500) → 3 resellers, 1 ordered, revenue 500
    // D2: N3 (700), R4 (4000) → 2, 2, 4700
    const r = await partnerStructure(query, Y2025());
    expect(r.rows.map((d) => [d.partner_id, d.partner_name, d.resellers, d.ordered, d.revenue])).toEqual([
      ['D1', '东一', 3, 1, 500], ['D2', '南一', 2, 2, 4700],
    ]);
    expect(r.rows[0].children.map((c) => [c.partner_id, c.ordered, c.revenue])).toEqual([['R1', true, 1000], ['R2', false, 0], ['R3', false, -500]]);
  });
});

describe('activeByTier', () => {
  it('splits signed partners into active (ordered in the last 90 days) and inactive per tier', async () => {
    // window 2025-10-03..12-31: D1, D2, N1 (一级; N2's 10-01 is out), R1 (二级); X8's 11-01 is a return.
    // eligible: 一级 D1 D2 N1 N2 = 4; 二级 R1 R2 R3 R4 N3 = 5; ISV 7 (X7 终止)
    const r = await activeByTier(query, Y2025());
    expect(r.rows).toEqual([
      { tier: 'ISV', partners: 7, active: 0, inactive: 7, rate: 0 },
      { tier: '二级经销商', partners: 5, active: 1, inactive: 4, rate: 0.2 },
      { tier: '一级代理商', partners: 4, active: 3, inactive: 1, rate: 0.75 },
    ]);
  });
});

describe('coverage', () => {
  it('counts partners and revenue per region × industry', async () => {
    // 华南 制造: D2 R4 N3 → 30000 + 4000 + 700; 华东 金融: D1 R1 R3 → 30000 + 1000 − 500 (R3 has no positive order)
    // 华南 政府 N2 12000; 华东 政府 N1 10000; 西南 教育: X1..X8 but X7 = 7 partners,
    // 2025 revenue 100 + 200 + 200 + 100 + 100 + 100 (X6 03-01) + 300 (X8 net) = 1100, 7 ordering; 华东 制造 R2 0
    const r = await coverage(query, Y2025());
    expect(r.rows.map((c) => [c.region, c.industry, c.partners, c.revenue, c.ordering])).toEqual([
      ['华南', '制造', 3, 34700, 3], ['华东', '金融', 3, 30500, 2], ['华南', '政府', 1, 12000, 1],
      ['华东', '政府', 1, 10000, 1], ['西南', '教育', 7, 1100, 7], ['华东', '制造', 1, 0, 0],
    ]);
  });
});
