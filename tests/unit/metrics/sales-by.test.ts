/**
 * salesBy and revenueByMonthAnd on the hand-made fixture (fixture.ts). Worked out by hand:
 *
 * 2025-Q1 orders (region / salesperson after inheritance):
 *   O08 华东 李四 70000, O09 华东 张三 120000, O10 华东 张三 25000 (name-only → P2),
 *   O11 华北 赵六 −10000, O12 华南 王五 45000, O13 华南 王五 15000 (on 03-31, inside)
 *   → 华东 215000, 华南 60000, 华北 −10000; total 265000.
 * 2024-Q1 (the YoY base): O01 华东 张三 100000, O02 华东 李四 50000, O03 华北 赵六 80000,
 *   O04 华东 张三 20000 → 华东 170000, 华北 80000; 张三 120000, 李四 50000, 赵六 80000.
 * Quotas are per salesperson (T8, a region roll-up, is ignored): 张三 华东 3 × 100000, 李四 Q1 90000
 *   (region inferred 华东), 赵六 Q1 30000 (华北), 王五 Feb + Mar 60000 each (华南)
 *   → Q1: 华东 390000, 华北 30000, 华南 120000. No 2024 quotas → base targets null.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Scope } from '../../../src/metrics/filters';
import { revenueByMonthAnd, salesBy, type GroupSalesRow } from '../../../src/metrics/sales-by';
import { loadFixture } from './fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadFixture()));

const Q1 = (filters = {}): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters });
const byKey = (rows: GroupSalesRow[]) => Object.fromEntries(rows.map((r) => [r.key, r]));

describe('salesBy', () => {
  it('gives revenue, YoY base, growth, share, target and attainment per region', async () => {
    const r = await salesBy(query, Q1(), 'region', 'yoy');
    expect(r.targetReason).toBeNull();
    expect(r.rows.map((x) => [x.key, x.revenue, x.base, x.target])).toEqual([
      ['华东', 215000, 170000, 390000],
      ['华南', 60000, 0, 120000],
      ['华北', -10000, 80000, 30000],
    ]);
    const k = byKey(r.rows);
    expect(k['华东'].growth).toBeCloseTo(45000 / 170000, 12);
    expect(k['华北'].growth).toBeCloseTo(-90000 / 80000, 12);
    expect(k['华南'].growth).toBeNull();
    expect(k['华东'].share).toBeCloseTo(215000 / 265000, 12);
    expect(k['华东'].attainment).toBeCloseTo(215000 / 390000, 12);
    expect(k['华南'].attainment).toBeCloseTo(0.5, 12);
    expect(k['华北'].attainment).toBeCloseTo(-1 / 3, 12);
    expect(k['华东'].baseTarget).toBeNull();
    expect(k['华东'].baseAttainment).toBeNull();
  });

  it('per salesperson, and a region filter applies to both revenue and quotas', async () => {
    const all = byKey((await salesBy(query, Q1(), 'salesperson', 'yoy')).rows);
    expect(Object.keys(all).sort()).toEqual(['张三', '李四', '王五', '赵六'].sort());
    expect([all['张三'].revenue, all['张三'].base, all['张三'].target]).toEqual([145000, 120000, 300000]);
    expect(all['张三'].growth).toBeCloseTo(25000 / 120000, 12);
    expect(all['李四'].attainment).toBeCloseTo(70000 / 90000, 12);
    expect(all['王五'].attainment).toBeCloseTo(0.5, 12);
    const east = await salesBy(query, Q1({ region: ['华东'] }), 'salesperson', 'yoy');
    expect(east.rows.map((x) => [x.key, x.revenue, x.target])).toEqual([['张三', 145000, 300000], ['李四', 70000, 90000]]);
  });

  it('MoM: March against February, quarterly quotas pro rata in both periods', async () => {
    const k = byKey((await salesBy(query, { from: '2025-03-01', to: '2025-03-31', filters: {} }, 'region', 'mom')).rows);
    // March: 华南 60000; February: 华东 25000, 华北 −10000.
    expect([k['华南'].revenue, k['华南'].base, k['华南'].growth]).toEqual([60000, 0, null]);
    expect([k['华东'].revenue, k['华东'].base, k['华东'].growth]).toEqual([0, 25000, -1]);
    expect(k['华北'].growth).toBe(1); // 0 against −10000: (0 + 10000) ÷ |−10000|
    // March quotas: 华东 100000 + 90000 × 31/90; February: 100000 + 90000 × 28/90.
    expect(k['华东'].target).toBeCloseTo(131000, 6);
    expect(k['华东'].baseTarget).toBeCloseTo(128000, 6);
    expect(k['华东'].baseAttainment).toBeCloseTo(25000 / 128000, 12);
    expect(k['华北'].target).toBeCloseTo(30000 * 31 / 90, 6);
    expect(k['华南'].attainment).toBeCloseTo(1, 12);
    expect(k['华南'].baseTarget).toBeCloseTo(60000, 6);
  });

  it('says why targets are missing instead of showing 0%', async () => {
    const province = await salesBy(query, Q1({ province: ['江苏'] }), 'region', 'yoy');
    expect(province).toMatchObject({ targetReason: 'unsupported-filter', dims: ['province'] });
    expect(province.rows).toEqual([expect.objectContaining({ key: '华东', revenue: 25000, target: null, attainment: null })]);
    const lines = await salesBy(query, Q1(), 'product_line', 'yoy');
    expect(lines.targetReason).toBe('not-by-dim');
    expect(lines.rows.map((x) => [x.key, x.revenue, x.base])).toEqual([['软件', 235000, 180000], ['服务', 30000, 70000]]);
  });

  it('binds filter values as parameters', async () => {
    const r = await salesBy(query, Q1({ region: ["华东' OR 1=1 --"] }), 'region', 'yoy');
    expect(r.rows).toEqual([]);
  });
});

describe('revenueByMonthAnd', () => {
  it('zero-fills every month for each region that sold, YoY base per cell', async () => {
    const cells = await revenueByMonthAnd(query, Q1(), 'region', 'yoy');
    expect(cells.map((c) => [c.key, c.month, c.revenue, c.base])).toEqual([
      ['华东', '2025-01', 190000, 100000], ['华东', '2025-02', 25000, 50000], ['华东', '2025-03', 0, 20000],
      ['华南', '2025-01', 0, 0], ['华南', '2025-02', 0, 0], ['华南', '2025-03', 60000, 0],
      ['华北', '2025-01', 0, 0], ['华北', '2025-02', -10000, 0], ['华北', '2025-03', 0, 80000],
    ]);
    expect(cells[0].growth).toBeCloseTo(0.9, 12);
    expect(cells[3].growth).toBeNull();
  });

  it('MoM compares each cell with the month before', async () => {
    const cells = await revenueByMonthAnd(query, { from: '2025-02-01', to: '2025-03-31', filters: {} }, 'region', 'mom');
    expect(cells.map((c) => [c.key, c.month, c.revenue, c.base])).toEqual([
      ['华南', '2025-02', 0, 0], ['华南', '2025-03', 60000, 0],
      ['华东', '2025-02', 25000, 190000], ['华东', '2025-03', 0, 25000],
      ['华北', '2025-02', -10000, 0], ['华北', '2025-03', 0, -10000],
    ]);
  });
});
