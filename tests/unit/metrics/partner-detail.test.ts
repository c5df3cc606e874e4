/**
 * One partner seen whole, on a hand-made channel. Period 2025-03-01..2025-06-30; order history
 * of 6 months → 2025-01..2025-06 (Jan, Feb outside the period).
 *
 *   D1 华东一号 分销商 金牌, resellers R1, R2:
 *     2024-12-15  9000 A 软件   (first order ever, before the history window)
 *     2025-01-10  1000 A 软件   (history, not period)
 *     2025-03-05  2000 A 软件   2025-03-20  3000 B 服务
 *     2025-05-01  −500 A 软件   (a return)
 *     2025-06-30  4000 B 服务   (on `to`: in)
 *     2025-07-01  7000 A 软件   (after `to`: out, and not the last order as of `to`)
 *     → months Jan 1000/1, Feb 0, Mar 5000/2, Apr 0, May −500/0, Jun 4000/1
 *     → period: revenue 2000 + 3000 − 500 + 4000 = 8500, 3 orders, 1 return of −500
 *     → products: B 7000 (2 orders, 7000/8500), A 1500 (1 order, 1500/8500)
 *     trainings: T1 04-10 产品培训 10/8; (no id) 05-20 销售技巧 4/—; T2 02-01 (before); T3 07-05 (after)
 *     surveys: 06-15 scores 4 4 5 3 2 → 3.6, nps 9; 2024-12-15 (before)
 *   R1 东二甲 二级经销商 under D1: 2025-02-01 800 → last order 149 days before 06-30 (Feb 28 + 121)
 *     survey 06-15 with only score_overall 3.5 → score 3.5, nps 6
 *   Z1 空白 ISV: nothing at all.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Scope } from '../../../src/metrics/filters';
import {
  historyFrom, partnerOrders, partnerProducts, partnerProfile, partnerSurveys, partnerTrainings,
} from '../../../src/metrics/partner-detail';
import { partnerStructure } from '../../../src/metrics/partners-health';
import { loadDetail } from './detail-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, parent_partner_id VARCHAR, region VARCHAR,
  province VARCHAR, city VARCHAR, industry VARCHAR, owner VARCHAR, signed_date DATE, status VARCHAR, certification VARCHAR);
INSERT INTO partners VALUES
 ('D1','华东一号','分销商',NULL,'华东','上海','上海','金融','张三','2020-01-01','合作中','金牌'),
 ('R1','东二甲','二级经销商','D1','华东','江苏','南京','制造','张三','2024-06-01','合作中',NULL),
 ('R2','东二乙','二级经销商','D1','华东','江苏','苏州','制造','张三','2025-01-01','合作中',NULL),
 ('Z1','空白','ISV',NULL,'西南','四川','成都','教育','王五','2025-03-01','暂停',NULL);
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, amount DOUBLE, product VARCHAR, product_line VARCHAR);
INSERT INTO orders VALUES
 ('2024-12-15','D1',9000,'A','软件'), ('2025-01-10','D1',1000,'A','软件'), ('2025-03-05','D1',2000,'A','软件'),
 ('2025-03-20','D1',3000,'B','服务'), ('2025-05-01','D1',-500,'A','软件'), ('2025-06-30','D1',4000,'B','服务'),
 ('2025-07-01','D1',7000,'A','软件'), ('2025-02-01','R1',800,'A','软件');
CREATE TABLE trainings (training_id VARCHAR, date DATE, partner_id VARCHAR, type VARCHAR, attendees INTEGER, passed INTEGER);
INSERT INTO trainings VALUES
 ('T1','2025-04-10','D1','产品培训',10,8), (NULL,'2025-05-20','D1','销售技巧',4,NULL),
 ('T2','2025-02-01','D1','技术认证',5,5), ('T3','2025-07-05','D1','产品培训',6,6);
CREATE TABLE surveys (survey_date DATE, partner_id VARCHAR, score_training DOUBLE, score_marketing DOUBLE, score_supply DOUBLE,
  score_price DOUBLE, score_rebate DOUBLE, score_overall DOUBLE, nps INTEGER);
INSERT INTO surveys VALUES
 ('2025-06-15','D1',4,4,5,3,2,NULL,9), ('2024-12-15','D1',3,3,3,3,3,NULL,7), ('2025-06-15','R1',NULL,NULL,NULL,NULL,NULL,3.5,6)`)), 60_000); // loading DuckDB-WASM is slow on a busy machine

const P: Scope = { from: '2025-03-01', to: '2025-06-30', filters: {} };

describe('historyFrom', () => {
  it('starts `months` months before to, or at the period start when the period is longer', () => {
    expect(historyFrom(P, 24)).toBe('2023-07-01');
    expect(historyFrom(P, 6)).toBe('2025-01-01');
    expect(historyFrom(P, 2)).toBe('2025-03-01');
    expect(historyFrom({ from: '2025-03-15', to: '2025-03-20', filters: {} }, 1)).toBe('2025-03-01');
    expect(() => historyFrom(P, 0)).toThrow(RangeError);
  });
});

describe('partnerProfile', () => {
  it('gives master data, certification, resellers and order / training / survey markers as of to', async () => {
    expect(await partnerProfile(query, 'D1', P.to)).toEqual({
      partner_id: 'D1', partner_name: '华东一号', tier: '分销商', is_second_tier: false, parent_id: null, parent_name: null,
      region: '华东', province: '上海', city: '上海', industry: '金融', salesperson: '张三', signed_date: '2020-01-01',
      status: '合作中', certification: '金牌', resellers: 2, first_order: '2024-12-15', last_order: '2025-06-30',
      days_since_last: 0, last_training: '2025-05-20', last_survey: '2025-06-15',
    });
  });

  it('names the parent of a second-tier partner and counts days since its last order', async () => {
    expect(await partnerProfile(query, 'R1', P.to)).toMatchObject({
      is_second_tier: true, parent_id: 'D1', parent_name: '华东一号', resellers: 0,
      first_order: '2025-02-01', last_order: '2025-02-01', days_since_last: 149, last_training: null, last_survey: '2025-06-15',
    });
  });

  it('is null for an unknown id, and the id is a bound value', async () => {
    expect(await partnerProfile(query, 'NOPE', P.to)).toBeNull();
    expect(await partnerProfile(query, "D1' OR '1'='1", P.to)).toBeNull();
    expect(await partnerProfile(query, 'Z1', P.to)).toMatchObject({ first_order: null, last_order: null, days_since_last: null, certification: null });
    await expect(partnerProfile(query, '', P.to)).rejects.toThrow(TypeError);
  });
});

describe('partnerOrders', () => {
  it('zero-fills the history months, marks the period and totals the period net of returns', async () => {
    const r = await partnerOrders(query, P, 'D1', 6);
    expect(r.months).toEqual([
      { month: '2025-01', revenue: 1000, orders: 1, in_period: false },
      { month: '2025-02', revenue: 0, orders: 0, in_period: false },
      { month: '2025-03', revenue: 5000, orders: 2, in_period: true },
      { month: '2025-04', revenue: 0, orders: 0, in_period: true },
      { month: '2025-05', revenue: -500, orders: 0, in_period: true },
      { month: '2025-06', revenue: 4000, orders: 1, in_period: true },
    ]);
    expect(r).toMatchObject({ revenue: 8500, orders: 3, returns: 1, returned: -500 });
  });

  it('is all zeros for a partner without orders (a calm "no data", not an error)', async () => {
    const r = await partnerOrders(query, P, 'Z1', 6);
    expect(r.months.map((m) => m.revenue)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r).toMatchObject({ revenue: 0, orders: 0, returns: 0, returned: 0 });
    expect((await partnerOrders(query, P, 'R1', 6)).revenue).toBe(0);
  });
});

describe('partnerProducts', () => {
  it('splits the period by product, largest first, with shares of the partner total', async () => {
    const r = await partnerProducts(query, P, 'D1');
    expect(r.map((x) => [x.product, x.product_line, x.revenue, x.orders])).toEqual([['B', '服务', 7000, 2], ['A', '软件', 1500, 1]]);
    expect(r[0].share).toBeCloseTo(7000 / 8500, 12);
    expect(r[1].share).toBeCloseTo(1500 / 8500, 12);
    expect(await partnerProducts(query, P, 'R1')).toEqual([]);
  });
});

describe('partnerTrainings and partnerSurveys', () => {
  it('lists the period trainings latest first with pass rates', async () => {
    expect(await partnerTrainings(query, P, 'D1')).toEqual([
      { date: '2025-05-20', training_id: null, type: '销售技巧', attendees: 4, passed: null, pass_rate: null },
      { date: '2025-04-10', training_id: 'T1', type: '产品培训', attendees: 10, passed: 8, pass_rate: 0.8 },
    ]);
    expect(await partnerTrainings(query, P, 'Z1')).toEqual([]);
  });

  it('lists the period surveys with the mean score (overall when no dimension is given)', async () => {
    const [d1] = await partnerSurveys(query, P, 'D1');
    expect(d1).toMatchObject({ survey_date: '2025-06-15', score_training: 4, score_rebate: 2, nps: 9 });
    expect(d1.score).toBeCloseTo(3.6, 12);
    expect(await partnerSurveys(query, P, 'D1')).toHaveLength(1);
    expect(await partnerSurveys(query, P, 'R1')).toEqual([
      { survey_date: '2025-06-15', score_training: null, score_marketing: null, score_supply: null, score_price: null, score_rebate: null, score: 3.5, nps: 6 },
    ]);
  });
});

describe('the drawer reuses partnerStructure with a partner filter', () => {
  it('gives the distributor its resellers and which ordered in the period', async () => {
    const r = await partnerStructure(query, { ...P, filters: { partner: ['D1'] } });
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ partner_id: 'D1', resellers: 2, ordered: 0 });
    expect(r.rows[0].children.map((c) => c.partner_id)).toEqual(['R1', 'R2']);
  });
});
