/**
 * Funnel on hand-made opportunities, Q1 2025. F1 华东 张三, F2 华南 李四 (O9 has no salesperson → 李四).
 *
 *   opp  stage      status  amount  created     closed/expected  notes
 *   O1   线索       open      1000  01-05       —
 *   O2   线索       open      2000  01-06       —
 *   O3   需求确认   open      3000  01-07       —
 *   O4   方案报价   open      4000  01-08       —
 *   O5   商务谈判   open      5000  01-09       04-15 (after Q1: not in the pipeline)
 *   O6   赢单       won       6000  01-10       02-09 (30 days)
 *   O7   赢单       won       7000  02-01       03-13 (40 days)
 *   O8   输单       lost      8000  01-15       03-16 (60 days)
 *   O9   商务谈判   lost      9000  02-01       03-02 (29 days)   lost at 商务谈判, F2
 *   O10  线索       open     10000  2024-12-01  03-31             not in the Q1 cohort, in the pipeline
 *   O11  5-合同     open     11000  03-01       03-20             unknown stage with a leading number
 *   O12  赢单       won      12000  2024-11-01  01-31 (91 days)   closed in Q1, created before
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { funnel, orderStages, pipelineCoverage } from '../../../src/metrics/funnel';
import { loadDetail } from './detail-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, tier VARCHAR, region VARCHAR, owner VARCHAR);
INSERT INTO partners VALUES ('F1','一号','一级代理商','华东','张三'), ('F2','二号','一级代理商','华南','李四');
CREATE TABLE opportunities (opp_id VARCHAR, partner_id VARCHAR, salesperson VARCHAR, stage VARCHAR, amount DOUBLE,
  created_date DATE, close_date DATE, status VARCHAR);
INSERT INTO opportunities VALUES
 ('O1','F1','张三','线索',1000,'2025-01-05',NULL,'open'), ('O2','F1','张三','线索',2000,'2025-01-06',NULL,'open'),
 ('O3','F1','张三','需求确认',3000,'2025-01-07',NULL,'open'), ('O4','F1','张三','方案报价',4000,'2025-01-08',NULL,'open'),
 ('O5','F1','张三','商务谈判',5000,'2025-01-09','2025-04-15','open'), ('O6','F1','张三','赢单',6000,'2025-01-10','2025-02-09','won'),
 ('O7','F1','张三','赢单',7000,'2025-02-01','2025-03-13','won'), ('O8','F1','张三','输单',8000,'2025-01-15','2025-03-16','lost'),
 ('O9','F2',NULL,'商务谈判',9000,'2025-02-01','2025-03-02','lost'), ('O10','F1','张三','线索',10000,'2024-12-01','2025-03-31','open'),
 ('O11','F1','张三','5-合同',11000,'2025-03-01','2025-03-20','open'), ('O12','F1','张三','赢单',12000,'2024-11-01','2025-01-31','won');
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES ('2025-02-01','F1',30000), ('2025-03-01','F2',12000);
CREATE TABLE targets (period VARCHAR, salesperson VARCHAR, region VARCHAR, target_amount DOUBLE);
INSERT INTO targets VALUES ('2025-Q1','张三','华东',50000), ('2025-Q1','李四','华南',10000)`)));

const Q1 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });

describe('funnel', () => {
  it('counts by stage in funnel order', async () => {
    const r = await funnel(query, Q1());
    expect(r.stages).toEqual([
      { stage: '线索', kind: 'open', count: 2, amount: 3000 },
      { stage: '需求确认', kind: 'open', count: 1, amount: 3000 },
      { stage: '方案报价', kind: 'open', count: 1, amount: 4000 },
      { stage: '商务谈判', kind: 'open', count: 2, amount: 14000 },
      { stage: '5-合同', kind: 'open', count: 1, amount: 11000 },
      { stage: '赢单', kind: 'won', count: 2, amount: 13000 },
      { stage: '输单', kind: 'lost', count: 1, amount: 8000 },
    ]);
  });

  it('converts stage to stage from how far each opportunity got', async () => {
    // reached: 线索 all 10; 需求确认 O3 O4 O5 O9 O11 O6 O7 = 7; 方案报价 6; 商务谈判 O5 O9 O11 O6 O7 = 5;
    // 5-合同 O11 O6 O7 = 3; 赢单 O6 O7 = 2. (O8, stage 输单, only reached 线索.)
    const r = await funnel(query, Q1());
    expect(r.conversions.map((c) => [c.from, c.to, c.reachedFrom, c.reachedTo])).toEqual([
      ['线索', '需求确认', 10, 7], ['需求确认', '方案报价', 7, 6], ['方案报价', '商务谈判', 6, 5],
      ['商务谈判', '5-合同', 5, 3], ['5-合同', '赢单', 3, 2],
    ]);
    expect(r.conversions.map((c) => c.rate)).toEqual([0.7, 6 / 7, 5 / 6, 0.6, 2 / 3]);
  });

  it('gives win rate and cycle days over the deals closed in the period', async () => {
    // closed in Q1: O6 O7 O12 won, O8 O9 lost → 3 / 5; cycle (30 + 40 + 91 + 60 + 29) / 5 = 50
    expect(await funnel(query, Q1())).toMatchObject({ won: 3, lost: 2, wonAmount: 25000, lostAmount: 17000, winRate: 0.6, cycleDays: 50 });
    // 李四 (O9 inherits him from F2): one lost deal at 商务谈判
    expect(await funnel(query, Q1({ salesperson: ['李四'] }))).toMatchObject({
      stages: [{ stage: '商务谈判', kind: 'open', count: 1, amount: 9000 }], conversions: [], won: 0, lost: 1, winRate: 0, cycleDays: 29,
    });
    expect(await funnel(query, Q1({ product: ['A'] }))).toMatchObject({ reason: 'unsupported-filter', dims: ['product'], winRate: null });
  });

  it('orders stages by the configured order, a leading number, then size', () => {
    const rows = [{ stage: 'z', count: 1 }, { stage: '2-b', count: 1 }, { stage: 'Closed Won', count: 9 }, { stage: 'y', count: 5 }, { stage: '1-a', count: 1 }, { stage: 'Lost', count: 3 }];
    expect(orderStages(rows).map((r) => r.stage)).toEqual(['1-a', '2-b', 'y', 'z', 'Closed Won', 'Lost']);
    expect(orderStages(rows, ['z', 'y']).map((r) => r.stage)).toEqual(['z', 'y', '1-a', '2-b', 'Closed Won', 'Lost']);
  });
});

describe('pipelineCoverage', () => {
  it('divides the open pipeline by the quota still to make', async () => {
    // open, closing by 03-31 or undated: O1 O2 O3 O4 O10 O11 = 1000 + 2000 + 3000 + 4000 + 10000 + 11000 = 31000
    // target 50000 + 10000, revenue 30000 + 12000 → remaining 18000
    const all = await pipelineCoverage(query, Q1());
    expect(all).toMatchObject({ pipeline: 31000, openDeals: 6, target: 60000, revenue: 42000, remaining: 18000, reason: null });
    expect(all.coverage).toBeCloseTo(31000 / 18000, 12);
    // 张三: 31000 ÷ (50000 − 30000)
    expect(await pipelineCoverage(query, Q1({ salesperson: ['张三'] }))).toMatchObject({ remaining: 20000, coverage: 1.55 });
    // 李四: 12000 ≥ 10000 → quota met
    expect(await pipelineCoverage(query, Q1({ salesperson: ['李四'] }))).toMatchObject({ pipeline: 0, remaining: -2000, coverage: null, reason: 'quota-met' });
    expect(await pipelineCoverage(query, Q1({ tier: ['一级代理商'] }))).toMatchObject({ pipeline: 31000, coverage: null, reason: 'unsupported-filter', dims: ['tier'] });
    expect(await pipelineCoverage(query, { from: '2026-01-01', to: '2026-03-31', filters: {} })).toMatchObject({ reason: 'no-target', coverage: null });
  });
});
