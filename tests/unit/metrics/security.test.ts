/**
 * Hostile filter values reach SQL only as bound parameters: they match nothing, or exactly the
 * row that carries the same literal, and never change the statement.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { revenueBy, revenueByMonth, topPartners } from '../../../src/metrics/breakdowns';
import { collectionRate } from '../../../src/metrics/collections';
import { DIMENSIONS, type Filters, type Scope } from '../../../src/metrics/filters';
import { buildModel } from '../../../src/metrics/model';
import { activePartners, activePartnersQuery, newPartners } from '../../../src/metrics/partners';
import { growth, quotaAttainment, revenue, revenueQuery } from '../../../src/metrics/sales';
import { exec, openDb } from './fixture';

const DROP = "'; DROP TABLE orders; --";
const QUOTE = '"';
const OR_TRUE = "华东' OR '1'='1";
const EMOJI = '🚀产品';
const BACKSLASH = 'back\\slash\\';
const HOSTILE = [DROP, QUOTE, OR_TRUE, EMOJI, BACKSLASH, "' OR 1=1 --", '%', '_', '?', '$1', '); DELETE FROM partners; --', 'a\nb'];

let query: QueryFn;
beforeAll(async () => {
  query = await openDb();
  await exec(query, `
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, region VARCHAR);
CREATE TABLE orders (order_date DATE, partner_id VARCHAR, product VARCHAR, amount DOUBLE)`);
  // The literals go in through parameters too, so the fixture itself cannot be mis-quoted.
  await query('INSERT INTO partners VALUES (?, ?, ?), (?, ?, ?)', ['H1', 'Alpha', '华东', QUOTE, 'Quote Co', EMOJI]);
  const rows: [string, string, string, number][] = [
    ['2025-01-10', 'H1', DROP, 100], ['2025-01-11', 'H1', QUOTE, 200], ['2025-01-12', 'H1', EMOJI, 400],
    ['2025-01-13', 'H1', BACKSLASH, 800], ['2025-01-14', QUOTE, '产品A', 1600],
  ];
  for (const r of rows) await query('INSERT INTO orders VALUES (?, ?, ?, ?)', r);
  await buildModel(query);
});

const JAN = (filters: Filters): Scope => ({ from: '2025-01-01', to: '2025-01-31', filters });

async function tablesIntact(): Promise<void> {
  const rows = await query(`SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`);
  expect(rows.map((r) => r.table_name)).toEqual([
    'dim_partners', 'fact_orders', 'fact_receivables', 'fact_rollup_geo_month', 'fact_rollup_month',
    'fact_rollup_partner_first_order', 'fact_rollup_partner_month', 'fact_targets', 'orders', 'partners',
  ]);
  expect((await query('SELECT count(*) AS n FROM orders'))[0].n).toBe(5);
  expect((await query('SELECT count(*) AS n FROM partners'))[0].n).toBe(2);
}

describe('hostile filter values', () => {
  it('match exactly the row carrying the literal', async () => {
    expect((await revenue(query, JAN({ product: [DROP] }))).value).toBe(100);
    expect((await revenue(query, JAN({ product: [QUOTE] }))).value).toBe(200);
    expect((await revenue(query, JAN({ product: [EMOJI] }))).value).toBe(400);
    expect((await revenue(query, JAN({ product: [BACKSLASH] }))).value).toBe(800);
    expect((await revenue(query, JAN({ product: [QUOTE, EMOJI] }))).value).toBe(600); // 200 + 400
    // partner_id '"' and region '🚀产品' (inherited from partner '"') → order of 1600
    expect((await revenue(query, JAN({ partner: [QUOTE] }))).value).toBe(1600);
    expect((await revenue(query, JAN({ region: [EMOJI] }))).value).toBe(1600);
    await tablesIntact();
  });

  it('match nothing when no row carries the literal', async () => {
    for (const v of [OR_TRUE, "' OR 1=1 --", '%', '_', '?', '$1', '); DELETE FROM partners; --', 'a\nb', 'back\\slash']) {
      expect(await revenue(query, JAN({ product: [v] }))).toEqual({ value: 0, orders: 0 });
      expect(await revenue(query, JAN({ region: [v] }))).toEqual({ value: 0, orders: 0 });
    }
    await tablesIntact();
  });

  it('never appear in the SQL text, only in the parameters', () => {
    const filters = Object.fromEntries(DIMENSIONS.map((d) => [d, HOSTILE])) as Filters;
    for (const q of [revenueQuery(JAN(filters)), activePartnersQuery(JAN(filters))]) {
      for (const v of HOSTILE.filter((h) => h.length > 2)) expect(q.sql).not.toContain(v);
      expect(q.params).toEqual(expect.arrayContaining(HOSTILE));
    }
  });

  it('run through every metric on every dimension without effect', async () => {
    const s = JAN(Object.fromEntries(DIMENSIONS.map((d) => [d, HOSTILE])) as Filters);
    expect((await revenue(query, s)).value).toBe(0);
    expect((await growth(query, s, 'yoy')).value).toBeNull();
    expect((await quotaAttainment(query, s, '2025-01-31')).reason).toBe('unsupported-filter');
    expect((await activePartners(query, s)).active).toBe(0);
    expect((await newPartners(query, s)).reason).toBe('unsupported-filter');
    expect((await collectionRate(query, s)).reason).toBe('unsupported-filter');
    expect((await revenueByMonth(query, s)).map((r) => r.revenue)).toEqual([0]);
    expect(await revenueBy(query, s, 'product')).toEqual([]);
    expect(await topPartners(query, s)).toEqual([]);
    await tablesIntact();
  });

  it('rejects malformed dates before any SQL is built', async () => {
    await expect(revenue(query, { from: "2025-01-01'; DROP TABLE orders; --", to: '2025-01-31', filters: {} })).rejects.toThrow(RangeError);
    await expect(revenue(query, { from: '2025-02-30', to: '2025-03-31', filters: {} })).rejects.toThrow(RangeError);
    await expect(revenue(query, { from: '2025-03-01', to: '2025-01-31', filters: {} })).rejects.toThrow(RangeError);
    await expect(quotaAttainment(query, JAN({}), 'today')).rejects.toThrow(RangeError);
    await tablesIntact();
  });
});
