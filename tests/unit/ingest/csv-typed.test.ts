/**
 * DuckDB's CSV reader types the number and date columns whose sampled values are all plain; a
 * value further down that is not plain sends the whole file through the text path. Either way the
 * loaded rows and the report must be what the file says: the expected values are written here by
 * the test's own generator, and the statements the importer ran show which path it took.
 */
import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery } from '../../../src/engine/query';
import { importFile } from '../../../src/ingest';
import { plainCsvTypes } from '../../../src/ingest/stage';

describe('plainCsvTypes', () => {
  const wanted = ['VARCHAR', 'DATE', 'DOUBLE', 'DOUBLE'] as const;
  it('types the number and date columns whose sampled values are all plain or empty', () => {
    const sample = [['A', '2024-01-05', '12', '-3.5'], ['B', '', '1200.25', ''], ['C', '2024-12-31', '0', '7']];
    expect(plainCsvTypes([...wanted], sample)).toEqual(['VARCHAR', 'DATE', 'DOUBLE', 'DOUBLE']);
  });
  it('leaves a column as text when one sampled value needs our own parsing, or none is given', () => {
    const sample = [['A', '2024/1/5', '1,200', ''], ['B', '2024-01-06', '¥3', ''], ['C', '2024-01-07', '(5)', '']];
    expect(plainCsvTypes([...wanted], sample)).toBeUndefined();
    expect(plainCsvTypes([...wanted], [['A', '2024-01-05', ' 12', '1e3']])).toEqual(['VARCHAR', 'DATE', 'VARCHAR', 'VARCHAR']);
    expect(plainCsvTypes(['VARCHAR', 'VARCHAR'], [['1', '2024-01-05']])).toBeUndefined();
  });
});

interface Order { id: string; date: string; amount: string }
const HEADER = 'order_id,order_date,partner_id,amount';

/** 120 orders with plain dates and amounts: SO001 on 2024-01-01 for 101.5, … */
function plainOrders(): Order[] {
  return Array.from({ length: 120 }, (_, i) => ({
    id: `SO${String(i + 1).padStart(3, '0')}`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    amount: `${100 + i}.5`,
  }));
}

const csv = (orders: Order[]) => [HEADER, ...orders.map((o) => `${o.id},${o.date},P${o.id.slice(2)},"${o.amount}"`)].join('\n') + '\n';

async function load(text: string) {
  const runner = await openNodeDuckDB();
  const reads: string[] = [];
  const run = runner.run.bind(runner);
  runner.run = (sql, params) => {
    const m = /read_csv\(.*?columns = \{([^}]*)\}/s.exec(sql);
    if (m && sql.startsWith('CREATE TABLE')) reads.push(m[1]);
    return run(sql, params);
  };
  const report = await importFile(runner, { name: 'orders.csv', bytes: new TextEncoder().encode(text) });
  const rows = await createQuery(runner)(`SELECT order_id AS id, CAST(order_date AS VARCHAR) AS date, amount FROM orders ORDER BY rowid`);
  return { report, rows, reads };
}

describe('typed CSV read', () => {
  it('reads plain dates and numbers typed, in one read', async () => {
    const orders = plainOrders();
    const { report, rows, reads } = await load(csv(orders));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toContain(`'c1': 'DATE'`);
    expect(reads[0]).toContain(`'c3': 'DOUBLE'`);
    expect(report.rowsLoaded).toBe(120);
    expect(rows).toEqual(orders.map((o) => ({ id: o.id, date: o.date, amount: Number(o.amount) })));
  });

  it('reads the file again as text when a value below the sample is not plain, and loses nothing', async () => {
    const orders = plainOrders();
    orders[79] = { ...orders[79], date: '2024年3月5日', amount: '1,234.50' };
    orders[99] = { ...orders[99], amount: 'abc' };
    orders[109] = { ...orders[109], date: '2024-02-30' };
    const { report, rows, reads } = await load(csv(orders));
    expect(reads).toHaveLength(2);
    expect(reads[1]).not.toMatch(/DATE|DOUBLE/);
    // Line numbers: the header is line 1, order i (0-based) is on line i + 2.
    expect(report.skipped).toEqual([
      { row: 101, reason: 'invalid-value', column: 'amount', value: 'abc' },
      { row: 111, reason: 'invalid-value', column: 'order_date', value: '2024-02-30' },
    ]);
    const kept = orders.filter((_, i) => i !== 99 && i !== 109);
    expect(rows).toEqual(kept.map((o) => ({
      id: o.id,
      date: o.id === 'SO080' ? '2024-03-05' : o.date,
      amount: o.id === 'SO080' ? 1234.5 : Number(o.amount),
    })));
  });

  it('leaves out a "nan" amount and reads "1e3" as 1000, as the text path does', async () => {
    const orders = plainOrders();
    orders[90] = { ...orders[90], amount: 'nan' };
    orders[91] = { ...orders[91], amount: '1e3' };
    const { report, rows, reads } = await load(csv(orders));
    expect(reads).toHaveLength(1);
    expect(report.skipped).toEqual([{ row: 92, reason: 'invalid-value', column: 'amount', value: 'NaN' }]);
    expect(rows.find((r) => r.id === 'SO092')).toEqual({ id: 'SO092', date: orders[91].date, amount: 1000 });
    expect(rows).toHaveLength(119);
  });
});
