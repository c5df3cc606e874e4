/**
 * A second fixture with only the required columns: orders name their partner and carry no
 * region/salesperson (inherited from partners), partners have no tier/status/dates, targets are
 * per region only, and there is no receivables table.
 *   partners A1 甲公司 华东 张三 · A2 乙公司 华南 王五 · A3 丙公司 华东 李四 · A4 乙公司 华南 王五 (namesake of A2)
 *   orders 01-05 甲公司 1000 · 01-20 丙公司 2000 · 02-10 乙公司 4000 (ambiguous) · 02-11 丁公司 8000 (unknown)
 *   targets 2025-01 华东 5000 · 2025-Q1 华南 9000
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { revenueBy, revenueByMonth, topPartners } from '../../../src/metrics/breakdowns';
import { collectionRate } from '../../../src/metrics/collections';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { buildModel, type ModelInfo } from '../../../src/metrics/model';
import { activePartners, newPartners } from '../../../src/metrics/partners';
import { partnerNames } from '../../../src/metrics/dimensions';
import { quotaAttainment, revenue } from '../../../src/metrics/sales';
import { exec, openDb } from './fixture';

let query: QueryFn;
let info: ModelInfo;
beforeAll(async () => {
  query = await openDb();
  await exec(query, `
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, region VARCHAR, owner VARCHAR);
INSERT INTO partners VALUES ('A1','甲公司','华东','张三'), ('A2','乙公司','华南','王五'), ('A3','丙公司','华东','李四'), ('A4','乙公司','华南','王五');
CREATE TABLE orders (order_date DATE, partner_name VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES ('2025-01-05','甲公司',1000), ('2025-01-20','丙公司',2000), ('2025-02-10','乙公司',4000), ('2025-02-11','丁公司',8000);
CREATE TABLE targets (period VARCHAR, region VARCHAR, target_amount DOUBLE);
INSERT INTO targets VALUES ('2025-01','华东',5000), ('2025-Q1','华南',9000)`);
  info = await buildModel(query);
});

const scope = (from: string, to: string, filters: Filters = {}): Scope => ({ from, to, filters });
const JAN_FEB = (filters: Filters = {}) => scope('2025-01-01', '2025-02-28', filters);
const JAN = (filters: Filters = {}) => scope('2025-01-01', '2025-01-31', filters);

describe('model with missing optional columns and tables', () => {
  it('builds every derived table and reports what is missing', () => {
    expect(Object.keys(info.tables)).toEqual(['partners', 'orders', 'targets', 'dim_partners', 'fact_orders', 'fact_targets', 'fact_receivables']);
    expect(info.tables.orders.columns).toEqual(['order_date', 'partner_name', 'amount']);
    expect(info.tables.fact_receivables.rows).toBe(0);
    expect(info.dataRange).toEqual({ min: '2025-01-05', max: '2025-02-11' });
    // 乙公司 is ambiguous (A2/A4), 丁公司 unknown
    expect(info.warnings).toEqual([{ code: 'order-partner-unmatched', table: 'orders', rows: 2 }]);
  });

  it('resolves unique names only and inherits region and salesperson', async () => {
    const rows = await query('SELECT partner_id, partner_name, region, salesperson, is_second_tier FROM fact_orders ORDER BY order_date');
    expect(rows).toEqual([
      { partner_id: 'A1', partner_name: '甲公司', region: '华东', salesperson: '张三', is_second_tier: false },
      { partner_id: 'A3', partner_name: '丙公司', region: '华东', salesperson: '李四', is_second_tier: false },
      { partner_id: null, partner_name: '乙公司', region: null, salesperson: null, is_second_tier: false },
      { partner_id: null, partner_name: '丁公司', region: null, salesperson: null, is_second_tier: false },
    ]);
  });

  it('filters revenue by inherited dims', async () => {
    expect(await revenue(query, JAN_FEB())).toEqual({ value: 15000, orders: 4 }); // 1000 + 2000 + 4000 + 8000
    expect((await revenue(query, JAN_FEB({ region: ['华东'] }))).value).toBe(3000); // 甲 1000 + 丙 2000
    expect((await revenue(query, JAN_FEB({ salesperson: ['张三'] }))).value).toBe(1000); // 甲 via A1's owner
    expect((await revenue(query, JAN_FEB({ region: ['华南'] }))).value).toBe(0); // 乙 unresolved
  });

  it('uses region-level quotas and refuses a salesperson filter', async () => {
    // January: 华东 5000 + 华南 9000 × 31/90 (= 3100) = 8100; revenue 3000
    const all = await quotaAttainment(query, JAN(), '2025-01-15');
    expect(all.target).toBeCloseTo(8100, 6);
    expect(all.value).toBeCloseTo(3000 / 8100, 9);
    expect((await quotaAttainment(query, JAN({ region: ['华东'] }), '2025-01-31')).value).toBe(0.6); // 3000 / 5000
    expect(await quotaAttainment(query, JAN({ salesperson: ['张三'] }), '2025-01-31'))
      .toMatchObject({ value: null, reason: 'unsupported-filter', dims: ['salesperson'], revenue: 1000, target: null });
    const months = await revenueByMonth(query, scope('2025-01-01', '2025-03-31'));
    // Feb target 9000 × 28/90 = 2800; Mar 9000 × 31/90 = 3100
    expect(months.map((m) => [m.month, m.revenue, m.target])).toEqual([['2025-01', 3000, 8100], ['2025-02', 12000, 2800], ['2025-03', 0, 3100]]);
    const rep = await revenueByMonth(query, scope('2025-01-01', '2025-02-28', { salesperson: ['张三'] }));
    expect(rep.map((m) => [m.revenue, m.target])).toEqual([[1000, null], [0, null]]);
  });

  it('partner KPIs work without status, tier and signed dates', async () => {
    // resolved partners with orders in 2024-12-01..2025-02-28: A1, A3; all 4 partners eligible (no status, no date)
    expect(await activePartners(query, JAN_FEB())).toMatchObject({ active: 2, activeSecondTier: 0, eligible: 4, rate: 0.5 });
    expect(await newPartners(query, JAN_FEB())).toMatchObject({ count: 0, productiveRate: null });
    expect(await collectionRate(query, JAN_FEB())).toMatchObject({ value: null, reason: 'nothing-due', invoices: 0 });
  });

  it('breakdowns keep unresolved partners by name and null keys', async () => {
    const top = await topPartners(query, JAN_FEB());
    expect(top.map((r) => [r.partner_id, r.partner_name, r.revenue])).toEqual([
      [null, '丁公司', 8000], [null, '乙公司', 4000], ['A3', '丙公司', 2000], ['A1', '甲公司', 1000],
    ]);
    expect(await revenueBy(query, JAN_FEB(), 'tier')).toEqual([{ key: null, revenue: 15000, share: 1 }]);
  });
});

describe('model from nothing and target period spellings', () => {
  it('builds empty derived tables when no canonical table is loaded', async () => {
    const q = await openDb();
    const empty = await buildModel(q);
    expect(empty.dataRange).toBeNull();
    expect(Object.keys(empty.tables)).toEqual(['dim_partners', 'fact_orders', 'fact_targets', 'fact_receivables']);
    expect(await revenue(q, JAN())).toEqual({ value: 0, orders: 0 });
    expect(await quotaAttainment(q, JAN(), '2025-01-31')).toMatchObject({ value: null, reason: 'no-target' });
    expect((await revenueByMonth(q, JAN()))).toEqual([{ month: '2025-01', revenue: 0, revenue_last_year: 0, target: null }]);
  });

  it('parses month, quarter, half-year and year spellings; rejects the rest', async () => {
    const q = await openDb();
    const cases: [string, string | null, string | null][] = [
      ['2025-Q1', '2025-01-01', '2025-03-31'], ['2025Q2', '2025-04-01', '2025-06-30'],
      ['2025年第3季度', '2025-07-01', '2025-09-30'], ['2025年Q4', '2025-10-01', '2025-12-31'],
      ['q1 2026', '2026-01-01', '2026-03-31'], ['Q2-2026', '2026-04-01', '2026-06-30'],
      ['2025/7', '2025-07-01', '2025-07-31'], ['2025年8月', '2025-08-01', '2025-08-31'],
      ['202509', '2025-09-01', '2025-09-30'], ['2025-10-01', '2025-10-01', '2025-10-31'],
      ['2025-11-01 00:00:00', '2025-11-01', '2025-11-30'], [' 2025 - 12 ', '2025-12-01', '2025-12-31'],
      ['2024-02', '2024-02-01', '2024-02-29'], ['2025-H2', '2025-07-01', '2025-12-31'],
      ['2025', '2025-01-01', '2025-12-31'], ['2026年', '2026-01-01', '2026-12-31'],
      ['2025-13', null, null], ['2025-00', null, null], ['Q5-2025', null, null], ['下个月', null, null], ['', null, null],
    ];
    await q('CREATE TABLE targets (period VARCHAR, region VARCHAR, target_amount DOUBLE)');
    for (const [i, [period]] of cases.entries()) await q('INSERT INTO targets VALUES (?, ?, ?)', [period, '华东', i + 1]);
    const m = await buildModel(q);
    const rows = await q(`SELECT CAST(period_start AS VARCHAR) AS s, CAST(period_end AS VARCHAR) AS e FROM fact_targets ORDER BY target_amount`);
    expect(rows.map((r) => [r.s, r.e])).toEqual(cases.map(([, s, e]) => [s, e]));
    expect(m.warnings).toEqual([{ code: 'target-period-unparsed', table: 'targets', rows: 5 }]);
  });
});

describe('partnerNames', () => {
  it('names the ids asked for; an unknown id gets no name; a hostile id is only a value', async () => {
    expect(await partnerNames(query, ['A3', 'A1', 'ZZ', "x') OR 1=1 --"])).toEqual({ A3: '丙公司', A1: '甲公司' });
    expect(await partnerNames(query, [])).toEqual({});
  });
});
