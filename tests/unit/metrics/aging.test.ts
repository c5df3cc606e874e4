/**
 * Aging, DSO and the chase list as of to = 2025-06-30, on invoices whose due dates sit on the
 * bucket edges (days overdue = 06-30 − due_date):
 *
 *   inv  partner        invoiced    due         days  paid by 06-30            outstanding  bucket
 *   I1   A1 华东 张三   2025-06-01  2025-06-30    0   —                          1000       current
 *   I2   A1             2025-05-30  2025-06-29    1   500 (paid 06-01)           1500       1-30
 *   I3   A2 华东 李四   2025-05-01  2025-05-31   30   —                          3000       1-30
 *   I4   A2             2025-04-30  2025-05-30   31   4000 paid 07-05 → not yet  4000       31-60
 *   I5   A3 华南 王五   2025-04-01  2025-05-01   60   —                          5000       31-60
 *   I6   A3             2025-03-31  2025-04-30   61   —                          6000       61-90
 *   I7   A1             2025-03-01  2025-04-01   90   3000 undated → counts      4000       61-90
 *   I8   A2             2025-02-28  2025-03-31   91   —                          8000       90+
 *   I9   A3             2025-07-02  2025-08-01   —    issued after `to`            —
 *   I10  A1             2024-12-16  2025-01-15   —    10000 paid 02-01             0
 *
 * Total: current 1000, 1-30 4500, 31-60 9000, 61-90 10000, 90+ 8000 → outstanding 32500, overdue 31500.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { aging, dsoByMonth, overdueInvoices } from '../../../src/metrics/aging';
import type { Filters, Scope } from '../../../src/metrics/filters';
import { loadDetail } from './detail-fixture';

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE partners (partner_id VARCHAR, partner_name VARCHAR, region VARCHAR, owner VARCHAR);
INSERT INTO partners VALUES ('A1','甲','华东','张三'), ('A2','乙','华东','李四'), ('A3','丙','华南','王五');
CREATE TABLE receivables (invoice_id VARCHAR, partner_id VARCHAR, invoice_date DATE, due_date DATE, amount DOUBLE, paid_amount DOUBLE, paid_date DATE);
INSERT INTO receivables VALUES
 ('I1','A1','2025-06-01','2025-06-30',1000,NULL,NULL), ('I2','A1','2025-05-30','2025-06-29',2000,500,'2025-06-01'),
 ('I3','A2','2025-05-01','2025-05-31',3000,NULL,NULL), ('I4','A2','2025-04-30','2025-05-30',4000,4000,'2025-07-05'),
 ('I5','A3','2025-04-01','2025-05-01',5000,0,NULL), ('I6','A3','2025-03-31','2025-04-30',6000,NULL,NULL),
 ('I7','A1','2025-03-01','2025-04-01',7000,3000,NULL), ('I8','A2','2025-02-28','2025-03-31',8000,NULL,NULL),
 ('I9','A3','2025-07-02','2025-08-01',9000,NULL,NULL), ('I10','A1','2024-12-16','2025-01-15',10000,10000,'2025-02-01')`)));

const Q2 = (filters: Filters = {}): Scope => ({ from: '2025-04-01', to: '2025-06-30', filters });

describe('aging', () => {
  it('puts outstanding amounts in buckets by days past due, edges included', async () => {
    const r = await aging(query, Q2());
    expect(r.total).toEqual({
      key: null, name: null, buckets: { current: 1000, '1-30': 4500, '31-60': 9000, '61-90': 10000, '90+': 8000 },
      overdue: 31500, outstanding: 32500, overdueShare: 31500 / 32500, invoices: 8,
    });
    expect(r.rows).toEqual([]);
  });

  it('groups by partner, region and salesperson, largest overdue first', async () => {
    // A2: I3 3000 + I4 4000 + I8 8000 = 15000 all overdue; A3: 5000 + 6000 = 11000; A1: 1000 current + 1500 + 4000
    const byPartner = await aging(query, Q2(), 'partner');
    expect(byPartner.rows.map((x) => [x.key, x.name, x.overdue, x.outstanding, x.buckets['61-90']])).toEqual([
      ['A2', '乙', 15000, 15000, 0], ['A3', '丙', 11000, 11000, 6000], ['A1', '甲', 5500, 6500, 4000],
    ]);
    expect(byPartner.rows[2].overdueShare).toBeCloseTo(5500 / 6500, 12);
    expect(byPartner.total.outstanding).toBe(32500);
    expect((await aging(query, Q2(), 'region')).rows.map((x) => [x.key, x.overdue, x.outstanding]))
      .toEqual([['华东', 20500, 21500], ['华南', 11000, 11000]]);
    expect((await aging(query, Q2(), 'salesperson')).rows.map((x) => [x.key, x.overdue]))
      .toEqual([['李四', 15000], ['王五', 11000], ['张三', 5500]]);
  });

  it('moves with `to`, filters by partner dims and refuses product', async () => {
    // to = 06-29: I1 (due 06-30) → current 1000; I2 due 06-29 → 0 days → current 1500 (500 paid 06-01);
    // I3 29 days → 1-30; I4 30 → 1-30; I5 59 → 31-60; I6 60 → 31-60; I7 89 → 61-90; I8 90 → 61-90
    const r = await aging(query, { from: '2025-06-01', to: '2025-06-29', filters: {} });
    expect(r.total.buckets).toEqual({ current: 2500, '1-30': 7000, '31-60': 11000, '61-90': 12000, '90+': 0 });
    expect((await aging(query, Q2({ region: ['华南'] }))).total.buckets['61-90']).toBe(6000);
    expect(await aging(query, Q2({ product: ['X'] }))).toMatchObject({ reason: 'unsupported-filter', dims: ['product'] });
  });
});

describe('dsoByMonth', () => {
  it('divides ending AR by the trailing 3 months of credit sales times their days', async () => {
    // Apr: AR(04-30) I4..I8 = 4000 + 5000 + 6000 + 4000 + 8000 = 27000; sales 02-01..04-30 = I4..I8 = 30000; 89 days
    // May: AR(05-31) = I2 2000 (paid 06-01, not yet) + I3..I8 (3000+4000+5000+6000+4000+8000) = 32000;
    //      sales 03-01..05-31 = I2..I7 = 27000; 92 days
    // Jun: AR = 32500; sales 04-01..06-30 = I1..I5 = 15000; 91 days
    const r = await dsoByMonth(query, Q2());
    expect(r.rows.map((m) => [m.month, m.ending_ar, m.credit_sales, m.days])).toEqual([
      ['2025-04', 27000, 30000, 89], ['2025-05', 32000, 27000, 92], ['2025-06', 32500, 15000, 91],
    ]);
    expect(r.rows[0].dso).toBeCloseTo(80.1, 10);
    expect(r.rows[1].dso).toBeCloseTo((32000 / 27000) * 92, 10);
    expect(r.rows[2].dso).toBeCloseTo((32500 / 15000) * 91, 10);
    // no invoices at all in 2024-06..08 → no credit sales → null
    expect((await dsoByMonth(query, { from: '2024-08-01', to: '2024-08-31', filters: {} })).rows[0]).toMatchObject({ ending_ar: 0, dso: null });
  });
});

describe('overdueInvoices', () => {
  it('lists what to chase, oldest first, with who owns it', async () => {
    const r = await overdueInvoices(query, Q2());
    expect(r.rows.map((x) => [x.invoice_id, x.days_overdue, x.outstanding, x.bucket])).toEqual([
      ['I8', 91, 8000, '90+'], ['I7', 90, 4000, '61-90'], ['I6', 61, 6000, '61-90'], ['I5', 60, 5000, '31-60'],
      ['I4', 31, 4000, '31-60'], ['I3', 30, 3000, '1-30'], ['I2', 1, 1500, '1-30'],
    ]);
    expect(r.rows[1]).toMatchObject({ partner_id: 'A1', partner_name: '甲', salesperson: '张三', region: '华东', amount: 7000, paid: 3000, due_date: '2025-04-01' });
    expect((await overdueInvoices(query, Q2({ salesperson: ['李四'] }), 2)).rows.map((x) => x.invoice_id)).toEqual(['I8', 'I4']);
    expect(await overdueInvoices(query, Q2({ product: ['X'] }))).toEqual({ rows: [], reason: 'unsupported-filter', dims: ['product'] });
  });
});
