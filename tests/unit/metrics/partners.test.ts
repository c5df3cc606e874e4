/** Active and new partners on the hand-made fixture (see fixture.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { activePartners, newPartners } from '../../../src/metrics/partners';
import { loadFixture } from './fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadFixture()));

const scope = (from: string, to: string, filters: Filters = {}): Scope => ({ from, to, filters });
const Q1_2025 = (filters: Filters = {}) => scope('2025-01-01', '2025-03-31', filters);

describe('activePartners (trailing 90 days ending at scope.to)', () => {
  it('counts partners with a positive order in the window and the active rate', async () => {
    // window 2025-01-01..2025-03-31 (31 + 28 + 31 = 90 days). Positive orders: P3 O08 (01-01, first day),
    // P1 O09, P2 O10 (by name), P4 O12, P6 O13 (03-31, last day) → 5; P5 only has the return O11 → not active.
    // second tier: P2 (tier) + P6 (parent) = 2.
    // eligible: active status and signed ≤ 03-31: P1 P2 P3 P4 P6 (no status) P7 = 6; P5 终止, P8 signed 06-01.
    const r = await activePartners(query, Q1_2025());
    expect(r).toEqual({
      active: 5, activeSecondTier: 2, eligible: 6, activeEligible: 5, rate: 5 / 6,
      reason: null, dims: [], window: { from: '2025-01-01', to: '2025-03-31' },
    });
  });

  it('treats the window edges exactly: 89 days before `to` is in, 90 days before is out', async () => {
    // to = 03-30 → window 2024-12-31..2025-03-30: P5's O07 on 2024-12-31 is now in (89 days before),
    // P6's O13 on 03-31 is out. Active P1 P2 P3 P4 P5 = 5, second tier only P2.
    // eligible still 6; P5 is not eligible (终止) → activeEligible 4.
    const r = await activePartners(query, scope('2025-01-01', '2025-03-30'));
    expect(r).toMatchObject({ active: 5, activeSecondTier: 1, eligible: 6, activeEligible: 4, rate: 4 / 6 });
    expect(r.window).toEqual({ from: '2024-12-31', to: '2025-03-30' });
    // and with to = 03-31, O07 (exactly 90 days before) is out: P5 not active (see above).
  });

  it('takes the window length as an argument', async () => {
    // 30 days: 03-02..03-31 → P4 O12, P6 O13
    expect(await activePartners(query, Q1_2025(), 30)).toMatchObject({ active: 2, activeSecondTier: 1, window: { from: '2025-03-02', to: '2025-03-31' } });
  });

  it('applies order filters to activity and partner filters to the base', async () => {
    // 华东: P1, P2 (region inherited), P3 active; eligible 华东 partners P1 P2 P3 → rate 1
    expect(await activePartners(query, Q1_2025({ region: ['华东'] })))
      .toMatchObject({ active: 3, activeSecondTier: 1, eligible: 3, activeEligible: 3, rate: 1 });
    // 二级经销商: P2 only
    expect(await activePartners(query, Q1_2025({ tier: ['二级经销商'] })))
      .toMatchObject({ active: 1, activeSecondTier: 1, eligible: 1, rate: 1 });
    // 王五 + 赵六: active P4 (O12), P6 (O13); 赵六's O11 is a return. Base: 王五 P4 P6, 赵六 P7 (P5 终止,
    // P8 signed later) = 3 → 2/3
    expect(await activePartners(query, Q1_2025({ salesperson: ['王五', '赵六'] })))
      .toMatchObject({ active: 2, activeSecondTier: 1, eligible: 3, activeEligible: 2, rate: 2 / 3 });
  });

  it('cannot state the rate under a product filter but still counts activity', async () => {
    // 产品A in the window: P3 O08, P1 O09, P4 O12 → 3, none second tier
    expect(await activePartners(query, Q1_2025({ product: ['产品A'] }))).toMatchObject({
      active: 3, activeSecondTier: 0, eligible: null, activeEligible: null, rate: null, reason: 'unsupported-filter', dims: ['product'],
    });
  });

  it('reports no-eligible when the base is empty', async () => {
    // 东北 has no partners and no orders
    expect(await activePartners(query, Q1_2025({ region: ['东北'] })))
      .toMatchObject({ active: 0, eligible: 0, rate: null, reason: 'no-eligible' });
  });
});

describe('newPartners', () => {
  it('counts signings in the period and productive ones (first order within 90 days)', async () => {
    // 2025 signings: P7 01-10 (no orders), P2 02-01 (O10 on 02-14 = 13 days → productive),
    // P4 03-15 (O12 03-05 is before signing and ignored; O14 06-13 = exactly 90 days → productive),
    // P8 06-01 (O18 08-31 = 91 days → not productive). 4 new, 1 second tier, 2 productive.
    expect(await newPartners(query, scope('2025-01-01', '2025-12-31')))
      .toEqual({ count: 4, secondTier: 1, productive: 2, productiveRate: 0.5, reason: null, dims: [] });
    // Q1: P7, P2, P4 → 3, productive 2 (P4's productive order is after the period: judged on all data)
    expect(await newPartners(query, Q1_2025())).toMatchObject({ count: 3, productive: 2, productiveRate: 2 / 3 });
  });

  it('moves the productive edge with the window length', async () => {
    // 91 days: P8 (91) joins → 3; 89 days: P4 (90) drops → 1 (P2 only)
    expect((await newPartners(query, scope('2025-01-01', '2025-12-31'), 91)).productive).toBe(3);
    expect((await newPartners(query, scope('2025-01-01', '2025-12-31'), 89)).productive).toBe(1);
  });

  it('applies partner filters, handles empty periods and refuses product filters', async () => {
    // 华北 2025: P8 only, not productive
    expect(await newPartners(query, scope('2025-01-01', '2025-12-31', { region: ['华北'] })))
      .toMatchObject({ count: 1, productive: 0, productiveRate: 0 });
    // 2024: P6 signed 11-20, O06 on 11-30 (10 days) → productive; second tier by parent
    expect(await newPartners(query, scope('2024-01-01', '2024-12-31')))
      .toMatchObject({ count: 1, secondTier: 1, productive: 1, productiveRate: 1 });
    // 2023: P1 signed 05-10, first order O01 2024-01-15 (250 days) → not productive
    expect(await newPartners(query, scope('2023-01-01', '2023-12-31'))).toMatchObject({ count: 1, productive: 0 });
    expect(await newPartners(query, scope('2020-01-01', '2020-12-31'))).toMatchObject({ count: 0, productive: 0, productiveRate: null });
    expect(await newPartners(query, scope('2025-01-01', '2025-12-31', { product: ['产品A'] }))).toEqual({
      count: null, secondTier: null, productive: null, productiveRate: null, reason: 'unsupported-filter', dims: ['product'],
    });
  });
});
