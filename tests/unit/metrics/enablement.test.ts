/**
 * Enablement on a hand-made Q1 2025. Partners E1 华东 张三, E2 华南 李四, E3 华东 张三.
 *
 * Trainings (T3 is dated 2024 → out):
 *   T1 01-10 E1 产品培训 10 att, 8 passed | T1 01-10 E2 产品培训 5 / 3 (one session, two partners)
 *   T2 02-15 E1 销售培训 6 / not graded   | (no id) 03-01 E3 产品培训 4 / 4 | (no id) 03-02 E3 产品培训 2 / 1
 *   total: 4 sessions, 3 partners, 27 attendees, 16 passed of 21 graded → 16/21
 *
 * Activities: AC1 01-20 路演 华东 (no partner) cost 100000 leads 50 revenue 400000
 *             AC2 02-10 研讨会 E2 (华南) 20000 / 40 / 10000;  AC3 03-05 路演 华南 50000 / 0 / 0
 *             AC4 03-20 促销 E1 0 / 10 / 5000
 *
 * Surveys (1–5; score = mean of the dims present, else overall):
 *   S1 01-15 E1 4 4 5 3 4 → 4,   nps 9  | S2 01-20 E2 2 3 3 2 – → 2.5, nps 6 | S3 02-10 E3 – – – – – overall 3.5, nps 8
 *   S4 03-05 E1 5 5 5 5 5 → 5,   nps 10 | S5 03-25 E2 1 2 2 1 1 → 1.4, no nps | S6 2024-12-01 E3 (out)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { activityReturn, leastSatisfiedPartners, satisfaction, satisfactionByMonth, trainingStats } from '../../../src/metrics/enablement';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { loadDetail } from './detail-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, region VARCHAR, owner VARCHAR);
INSERT INTO partners VALUES ('E1','一号','华东','张三'), ('E2','二号','华南','李四'), ('E3','三号','华东','张三');
CREATE TABLE trainings (training_id VARCHAR, date DATE, partner_id VARCHAR, type VARCHAR, attendees INTEGER, passed INTEGER);
INSERT INTO trainings VALUES ('T1','2025-01-10','E1','产品培训',10,8), ('T1','2025-01-10','E2','产品培训',5,3),
 ('T2','2025-02-15','E1','销售培训',6,NULL), (NULL,'2025-03-01','E3','产品培训',4,4), ('','2025-03-02','E3','产品培训',2,1),
 ('T3','2024-12-31','E1','产品培训',20,20);
CREATE TABLE activities (activity_id VARCHAR, date DATE, type VARCHAR, region VARCHAR, partner_id VARCHAR, cost DOUBLE, leads INTEGER, revenue DOUBLE);
INSERT INTO activities VALUES ('AC1','2025-01-20','路演','华东',NULL,100000,50,400000), ('AC2','2025-02-10','研讨会',NULL,'E2',20000,40,10000),
 ('AC3','2025-03-05','路演','华南',NULL,50000,0,0), ('AC4','2025-03-20','促销',NULL,'E1',0,10,5000);
CREATE TABLE surveys (survey_date DATE, partner_id VARCHAR, score_training DOUBLE, score_marketing DOUBLE, score_supply DOUBLE,
  score_price DOUBLE, score_rebate DOUBLE, score_overall DOUBLE, nps INTEGER);
INSERT INTO surveys VALUES ('2025-01-15','E1',4,4,5,3,4,4,9), ('2025-01-20','E2',2,3,3,2,NULL,2.5,6),
 ('2025-02-10','E3',NULL,NULL,NULL,NULL,NULL,3.5,8), ('2025-03-05','E1',5,5,5,5,5,5,10), ('2025-03-25','E2',1,2,2,1,1,1,NULL),
 ('2024-12-01','E3',1,1,1,1,1,1,0)`)));

const Q1 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });

describe('trainingStats', () => {
  it('counts sessions, partners, attendees and the pass rate over graded rows', async () => {
    expect((await trainingStats(query, Q1())).rows).toEqual([
      { key: null, sessions: 4, partnersTrained: 3, attendees: 27, passed: 16, passRate: 16 / 21 },
    ]);
  });

  it('splits by type and by region', async () => {
    // 产品培训: T1 + two id-less rows = 3 sessions, E1 E2 E3, 21 attendees, 16/21; 销售培训: not graded
    expect((await trainingStats(query, Q1(), 'type')).rows).toEqual([
      { key: '产品培训', sessions: 3, partnersTrained: 3, attendees: 21, passed: 16, passRate: 16 / 21 },
      { key: '销售培训', sessions: 1, partnersTrained: 1, attendees: 6, passed: null, passRate: null },
    ]);
    // 华东 (E1, E3): T1 T2 + 2 rows, 10 + 6 + 4 + 2 = 22, passed 8 + 4 + 1 = 13 of 16 graded; 华南 (E2): 3/5
    expect((await trainingStats(query, Q1(), 'region')).rows.map((r) => [r.key, r.sessions, r.partnersTrained, r.attendees, r.passRate]))
      .toEqual([['华东', 4, 2, 22, 13 / 16], ['华南', 1, 1, 5, 0.6]]);
    expect(await trainingStats(query, Q1({ product: ['A'] }))).toMatchObject({ reason: 'unsupported-filter', dims: ['product'] });
  });
});

describe('activityReturn', () => {
  it('gives cost, leads, cost per lead, revenue and ROI by type', async () => {
    // 路演 AC1 + AC3: 150000, 50 leads → 3000/lead, 400000 → ROI 250000/150000; 研讨会: 500/lead, ROI −0.5; 促销 no cost
    expect((await activityReturn(query, Q1())).rows).toEqual([
      { key: '路演', activities: 2, cost: 150000, leads: 50, costPerLead: 3000, revenue: 400000, roi: 250000 / 150000 },
      { key: '研讨会', activities: 1, cost: 20000, leads: 40, costPerLead: 500, revenue: 10000, roi: -0.5 },
      { key: '促销', activities: 1, cost: 0, leads: 10, costPerLead: 0, revenue: 5000, roi: null },
    ]);
  });

  it('uses the activity’s own region, else its partner’s', async () => {
    // 华东: AC1 + AC4 (E1) = 100000, 60 leads, 405000; 华南: AC2 (E2) + AC3 = 70000, 40, 10000
    const r = await activityReturn(query, Q1(), 'region');
    expect(r.rows.map((x) => [x.key, x.cost, x.leads, x.revenue])).toEqual([['华东', 100000, 60, 405000], ['华南', 70000, 40, 10000]]);
    expect(r.rows[1].roi).toBeCloseTo(-60000 / 70000, 12);
    // 张三's partners: only AC4 (AC1 has no partner, so no salesperson)
    expect((await activityReturn(query, Q1({ salesperson: ['张三'] }), null)).rows).toMatchObject([{ key: null, activities: 1, revenue: 5000 }]);
  });
});

describe('satisfaction', () => {
  it('averages each dimension over the answers given, the per-survey score, and NPS', async () => {
    const r = await satisfaction(query, Q1());
    // training (4+2+5+1)/4, marketing (4+3+5+2)/4, supply (5+3+5+2)/4, price (3+2+5+1)/4, rebate (4+5+1)/3
    expect(r.dimensions.map((d) => [d.dimension, d.responses])).toEqual([
      ['score_training', 4], ['score_marketing', 4], ['score_supply', 4], ['score_price', 4], ['score_rebate', 3],
    ]);
    expect(r.dimensions.map((d) => d.mean)).toEqual([3, 3.5, 3.75, 2.75, 10 / 3]);
    // scores 4, 2.5, 3.5, 5, 1.4 → 16.4 / 5
    expect(r.overall.mean).toBeCloseTo(3.28, 12);
    expect(r.overall.responses).toBe(5);
    // nps answers 9, 6, 8, 10: promoters 2, passive 1, detractor 1 → (2 − 1) / 4 = 25
    expect(r.nps).toEqual({ value: 25, promoters: 2, passives: 1, detractors: 1, responses: 4 });
  });

  it('follows satisfaction over time', async () => {
    // Jan (4 + 2.5)/2, nps 9 & 6 → 0; Feb 3.5, nps 8 → 0; Mar (5 + 1.4)/2, nps 10 → 100
    const r = await satisfactionByMonth(query, Q1());
    expect(r.rows.map((m) => [m.month, m.mean, m.responses, m.nps.value])).toEqual([['2025-01', 3.25, 2, 0], ['2025-02', 3.5, 1, 0], ['2025-03', 3.2, 2, 100]]);
  });

  it('lists the least satisfied partners', async () => {
    // E2 (2.5 + 1.4)/2 = 1.95, E3 3.5, E1 4.5
    const r = await leastSatisfiedPartners(query, Q1(), 2);
    expect(r.rows.map((p) => [p.partner_id, p.surveys, p.last_survey, p.nps_mean])).toEqual([['E2', 2, '2025-03-25', 6], ['E3', 1, '2025-02-10', 8]]);
    expect(r.rows[0].mean).toBeCloseTo(1.95, 12);
    expect(await satisfaction(query, Q1({ product: ['A'] }))).toMatchObject({ reason: 'unsupported-filter', overall: { mean: null } });
  });
});
