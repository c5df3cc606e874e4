import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { ModelInfo } from '../../../src/metrics/model';
import { loadFixture } from './fixture';

let query: QueryFn;
let info: ModelInfo;
beforeAll(async () => ({ query, info } = await loadFixture()));

describe('buildModel on the full fixture', () => {
  it('reports source and derived tables with row counts', () => {
    // 8 partners, 20 orders, 9 target rows (all with an amount), 7 invoices.
    expect(info.tables.partners.rows).toBe(8);
    expect(info.tables.orders.rows).toBe(20);
    expect(info.tables.dim_partners.rows).toBe(8);
    expect(info.tables.fact_orders.rows).toBe(20);
    expect(info.tables.fact_targets.rows).toBe(9);
    expect(info.tables.fact_receivables.rows).toBe(7);
    expect(info.tables.fact_orders.columns).toEqual(expect.arrayContaining(['month', 'amount', 'tier', 'is_second_tier']));
    expect(info.tables.inventory).toBeUndefined();
  });

  it('gives the order date range and the warnings', () => {
    expect(info.dataRange).toEqual({ min: '2024-01-15', max: '2025-12-20' }); // O01 .. O20
    expect(info.warnings).toEqual([{ code: 'target-period-unparsed', table: 'targets', rows: 1 }]); // 'next year'
  });

  it('marks second-tier and active-status partners', async () => {
    const rows = await query('SELECT partner_id, is_second_tier, is_active_status, salesperson FROM dim_partners ORDER BY partner_id');
    const by = Object.fromEntries(rows.map((r) => [r.partner_id, r]));
    expect(by.P2.is_second_tier).toBe(true); // tier 二级经销商
    expect(by.P6.is_second_tier).toBe(true); // parent P4, no tier
    expect(by.P1.is_second_tier).toBe(false);
    expect(by.P5.is_active_status).toBe(false); // 终止
    expect(by.P6.is_active_status).toBe(true); // no status
    expect(by.P1.salesperson).toBe('张三'); // owner → salesperson
  });

  it('resolves name-only orders and inherits missing or empty dims from the partner', async () => {
    const rows = await query(`SELECT order_id, partner_id, region, province, salesperson, tier, is_second_tier,
      CAST(month AS VARCHAR) AS month FROM fact_orders WHERE order_id IN ('O06','O10','O16') ORDER BY order_id`);
    expect(rows).toEqual([
      { order_id: 'O06', partner_id: 'P6', region: '华南', province: '广东', salesperson: '王五', tier: null, is_second_tier: true, month: '2024-11-01' },
      { order_id: 'O10', partner_id: 'P2', region: '华东', province: '江苏', salesperson: '张三', tier: '二级经销商', is_second_tier: true, month: '2025-02-01' },
      // own region wins, province still inherited
      { order_id: 'O16', partner_id: 'P3', region: '华南', province: '浙江', salesperson: '李四', tier: '一级代理商', is_second_tier: false, month: '2025-06-01' },
    ]);
  });

  it('parses target periods and infers a missing region from the rep’s partners', async () => {
    const rows = await query(`SELECT period, salesperson, region, region_inferred,
      CAST(period_start AS VARCHAR) AS s, CAST(period_end AS VARCHAR) AS e FROM fact_targets
      WHERE period IN ('2025-Q1','2025年3月','next year') ORDER BY period, salesperson NULLS FIRST`);
    expect(rows).toEqual([
      { period: '2025-Q1', salesperson: null, region: '华东', region_inferred: false, s: '2025-01-01', e: '2025-03-31' },
      { period: '2025-Q1', salesperson: '李四', region: '华东', region_inferred: true, s: '2025-01-01', e: '2025-03-31' },
      { period: '2025-Q1', salesperson: '赵六', region: '华北', region_inferred: true, s: '2025-01-01', e: '2025-03-31' },
      { period: '2025年3月', salesperson: '王五', region: '华南', region_inferred: false, s: '2025-03-01', e: '2025-03-31' },
      { period: 'next year', salesperson: '张三', region: '华东', region_inferred: false, s: null, e: null },
    ]);
  });

  it('joins receivables to partner dims and can be rebuilt', async () => {
    const [r4] = await query(`SELECT region, tier, salesperson FROM fact_receivables WHERE invoice_id = 'R4'`);
    expect(r4).toEqual({ region: '华东', tier: '二级经销商', salesperson: '张三' });
    const { buildModel } = await import('../../../src/metrics/model');
    const again = await buildModel(query);
    expect(again.tables.fact_orders.rows).toBe(20);
  });
});

describe('fact_orders row order', () => {
  // Periods skip row groups by their min/max date, so fact_orders must end up in date order
  // whatever order the orders arrived in (monthly files dropped out of order).
  const orders = [
    ['A3', '2025-03-02'], ['A1', '2025-01-20'], ['A5', '2025-05-11'], ['A2', '2025-01-20'], ['A4', '2025-04-30'],
  ] as const;
  const expected = [...orders].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map((o) => o[0]);

  async function modelOf(rows: readonly (readonly [string, string])[]) {
    const { openNodeDuckDB } = await import('../../helpers/duckdb-node');
    const { createQuery } = await import('../../../src/engine/query');
    const { buildModel } = await import('../../../src/metrics/model');
    const runner = await openNodeDuckDB();
    await runner.run('CREATE TABLE orders (order_id VARCHAR, order_date DATE, partner_id VARCHAR, amount DOUBLE)', []);
    for (const [id, date] of rows) await runner.run('INSERT INTO orders VALUES (?, ?::DATE, NULL, 1)', [id, date]);
    const q = createQuery(runner);
    await buildModel(q);
    // No ORDER BY: the table's own row order.
    return (await q('SELECT order_id FROM fact_orders')).map((r) => r.order_id);
  }

  it('sorts orders that arrived out of date order', async () => {
    expect(await modelOf(orders)).toEqual(expected);
  });

  it('keeps orders that arrived in date order as they are', async () => {
    const sorted = expected.map((id) => orders.find((o) => o[0] === id)!);
    expect(await modelOf(sorted)).toEqual(expected);
  });
});
