/**
 * Collection rate on the hand-made invoices (see fixture.ts). As of to = 2025-03-31:
 *   R1 P1 due 01-15 100000, paid 100000 on 01-10        → paid 100000
 *   R2 P3 due 02-05  50000, paid  30000 on 02-20 (late)  → paid  30000
 *   R3 P4 due 03-01  40000, paid  40000 on 04-15         → paid      0 (after `to`)
 *   R4 P2 due 03-31  20000, paid  20000, no date         → paid  20000 (undated payment counts)
 *   R7 P1 due 03-10  30000, unpaid                       → paid      0
 *   R5 P5 due 04-01 (outside), R6 P6 due 2024-12-31 (outside)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { collectionRate } from '../../../src/metrics/collections';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { loadFixture } from './fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadFixture()));

const scope = (from: string, to: string, filters: Filters = {}): Scope => ({ from, to, filters });
const Q1_2025 = (filters: Filters = {}) => scope('2025-01-01', '2025-03-31', filters);

describe('collectionRate', () => {
  it('divides payments received by `to` by the amount due in the period', async () => {
    // due 100000 + 50000 + 40000 + 20000 + 30000 = 240000; paid 100000 + 30000 + 20000 = 150000
    expect(await collectionRate(query, Q1_2025())).toEqual({
      value: 0.625, reason: null, dims: [], invoices: 5, due: 240000, paid: 150000, outstanding: 90000,
    });
  });

  it('counts a payment once `to` reaches its date', async () => {
    // to = 04-30: + R5 due 04-01 60000 unpaid; R3's 04-15 payment now counts → 190000 / 300000
    const r = await collectionRate(query, scope('2025-01-01', '2025-04-30'));
    expect(r).toMatchObject({ invoices: 6, due: 300000, paid: 190000 });
    expect(r.value).toBeCloseTo(190000 / 300000, 12);
    // April alone: only R5 → 0 (R3 is due in March, whatever its payment date)
    expect(await collectionRate(query, scope('2025-04-01', '2025-04-30'))).toMatchObject({ value: 0, due: 60000, paid: 0 });
    // December 2024: R6, paid_amount 0 → 0
    expect(await collectionRate(query, scope('2024-12-01', '2024-12-31'))).toMatchObject({ value: 0, due: 10000 });
  });

  it('filters by the partner’s dims', async () => {
    // 华东 (P1 P2 P3): R1 R2 R4 R7 → due 200000, paid 150000
    expect(await collectionRate(query, Q1_2025({ region: ['华东'] }))).toMatchObject({ value: 0.75, due: 200000, paid: 150000 });
    // 华南 (P4 P6): R3 paid after `to` → 0
    expect(await collectionRate(query, Q1_2025({ region: ['华南'] }))).toMatchObject({ value: 0, due: 40000 });
    // 二级经销商 P2: R4 20000 / 20000
    expect((await collectionRate(query, Q1_2025({ tier: ['二级经销商'] }))).value).toBe(1);
    // 张三 (P1 P2): R1 R4 R7 → due 150000, paid 120000
    expect(await collectionRate(query, Q1_2025({ salesperson: ['张三'] }))).toMatchObject({ value: 0.8, due: 150000, paid: 120000 });
    // partner P1: R1 R7 → 100000 / 130000
    expect((await collectionRate(query, Q1_2025({ partner: ['P1'] }))).value).toBeCloseTo(100000 / 130000, 12);
    // two regions: 华东 + 华南 = all five
    expect((await collectionRate(query, Q1_2025({ region: ['华东', '华南'] }))).value).toBe(0.625);
  });

  it('is null when nothing is due or the filter does not apply', async () => {
    expect(await collectionRate(query, scope('2025-06-01', '2025-06-30'))).toEqual({
      value: null, reason: 'nothing-due', dims: [], invoices: 0, due: 0, paid: 0, outstanding: 0,
    });
    expect(await collectionRate(query, Q1_2025({ product: ['产品A'] })))
      .toMatchObject({ value: null, reason: 'unsupported-filter', dims: ['product'] });
  });
});
