/**
 * Expense ratio, Q1 2025. Revenue: 张三 (华东) 100000, 李四 (华南) 50000, 王五 (华北, no partner) 20000.
 * Expenses: 张三 华东 5000; 张三 no region 3000 (→ 华东, his partner's region); 李四 华南 10000;
 * 王五 华北 4000; region-only 华北 1000; 2024-12-31 张三 9999 (outside).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { expenseRatio } from '../../../src/metrics/expenses';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { loadDetail } from './detail-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, region VARCHAR, owner VARCHAR);
INSERT INTO partners VALUES ('G1','一号','华东','张三'), ('G2','二号','华南','李四');
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, partner_name VARCHAR, salesperson VARCHAR, region VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES ('2025-01-10','G1',NULL,NULL,NULL,100000), ('2025-02-10','G2',NULL,NULL,NULL,50000),
 ('2025-03-10',NULL,'散客','王五','华北',20000);
CREATE TABLE expenses (date DATE, salesperson VARCHAR, region VARCHAR, category VARCHAR, amount DOUBLE);
INSERT INTO expenses VALUES ('2025-01-05','张三','华东','差旅',5000), ('2025-02-05','张三',NULL,'业务',3000),
 ('2025-03-05','李四','华南','差旅',10000), ('2025-03-06','王五','华北','市场',4000), ('2025-03-07',NULL,'华北','市场',1000),
 ('2024-12-31','张三','华东','差旅',9999)`)));

const Q1 = (filters: Filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });

describe('expenseRatio', () => {
  it('divides expenses by revenue per salesperson', async () => {
    expect((await expenseRatio(query, Q1(), 'salesperson')).rows).toEqual([
      { key: '李四', expenses: 10000, revenue: 50000, ratio: 0.2 },
      { key: '张三', expenses: 8000, revenue: 100000, ratio: 0.08 },
      { key: '王五', expenses: 4000, revenue: 20000, ratio: 0.2 },
      { key: null, expenses: 1000, revenue: 0, ratio: null },
    ]);
  });

  it('per region (a region-less expense takes its rep’s region) and in total', async () => {
    expect((await expenseRatio(query, Q1(), 'region')).rows).toEqual([
      { key: '华南', expenses: 10000, revenue: 50000, ratio: 0.2 },
      { key: '华东', expenses: 8000, revenue: 100000, ratio: 0.08 },
      { key: '华北', expenses: 5000, revenue: 20000, ratio: 0.25 },
    ]);
    expect((await expenseRatio(query, Q1())).rows).toEqual([{ key: null, expenses: 23000, revenue: 170000, ratio: 23000 / 170000 }]);
  });

  it('applies region / salesperson filters to both sides and refuses the rest', async () => {
    expect((await expenseRatio(query, Q1({ region: ['华北'] }))).rows).toEqual([{ key: null, expenses: 5000, revenue: 20000, ratio: 0.25 }]);
    expect(await expenseRatio(query, Q1({ tier: ['一级'] }))).toEqual({ rows: [], reason: 'unsupported-filter', dims: ['tier'] });
  });
});
