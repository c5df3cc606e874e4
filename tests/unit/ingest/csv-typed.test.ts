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

/** `n` orders with plain dates and amounts: SO0001 on 2024-01-01 for 100.5, … */
function plainOrders(n = 120): Order[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `SO${String(i + 1).padStart(4, '0')}`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    amount: `${100 + i}.5`,
  }));
}

const csv = (orders: Order[]) => [HEADER, ...orders.map((o) => `${o.id},${o.date},P${o.id.slice(2)},"${o.amount}"`)].join('\n') + '\n';

async function load(text: string) {
  const runner = await openNodeDuckDB();
  const reads: string[] = [];
  // The typed statement reads the whole file: it runs as a long (cancellable) statement.
  const runLong = runner.runLong.bind(runner);
  runner.runLong = (sql, opts) => {
    const m = /read_csv\(.*?columns = \{([^}]*)\}/s.exec(sql);
    if (m && sql.startsWith('CREATE TABLE')) reads.push(m[1]);
    return runLong(sql, opts);
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

  // 5,000 orders (≈ 150 KB): the middle is in neither the head nor the tail the plan reads.
  it('reads the file again as text when a value in the middle is not plain, and loses nothing', async () => {
    const orders = plainOrders(5000);
    orders[2499] = { ...orders[2499], date: '2024年3月5日', amount: '1,234.50' };
    orders[2999] = { ...orders[2999], amount: 'abc' };
    orders[3499] = { ...orders[3499], date: '2024-02-30' };
    const { report, rows, reads } = await load(csv(orders));
    expect(reads).toHaveLength(2);
    expect(reads[0]).toContain(`'c3': 'DOUBLE'`);
    expect(reads[1]).not.toMatch(/DATE|DOUBLE/);
    // Line numbers: the header is line 1, order i (0-based) is on line i + 2.
    expect(report.skipped).toEqual([
      { row: 3001, reason: 'invalid-value', column: 'amount', value: 'abc' },
      { row: 3501, reason: 'invalid-value', column: 'order_date', value: '2024-02-30' },
    ]);
    const kept = orders.filter((_, i) => i !== 2999 && i !== 3499);
    expect(rows).toEqual(kept.map((o) => ({
      id: o.id,
      date: o.id === 'SO2500' ? '2024-03-05' : o.date,
      amount: o.id === 'SO2500' ? 1234.5 : Number(o.amount),
    })));
  });

  it('reads a column as text at once when the end of the file is not plain (a totals row)', async () => {
    const orders = plainOrders(5000);
    const sum = orders.reduce((a, o) => a + Number(o.amount), 0);
    const text = `${csv(orders)}合计,,,"${sum.toLocaleString('en', { minimumFractionDigits: 2 })}"\n`;
    const { report, rows, reads } = await load(text);
    expect(reads).toHaveLength(1);
    expect(reads[0]).toContain(`'c1': 'DATE'`);
    expect(reads[0]).toContain(`'c3': 'VARCHAR'`);
    expect(report.skipped).toEqual([expect.objectContaining({ row: 5002, reason: 'total' })]);
    expect(rows).toEqual(orders.map((o) => ({ id: o.id, date: o.date, amount: Number(o.amount) })));
  });

  it('reads a short file typed only where every value is plain', async () => {
    const orders = plainOrders();
    orders[79] = { ...orders[79], amount: '1,234.50' };
    const { rows, reads } = await load(csv(orders));
    expect(reads).toHaveLength(1);
    expect(reads[0]).toContain(`'c1': 'DATE'`);
    expect(reads[0]).toContain(`'c3': 'VARCHAR'`);
    expect(rows[79]).toEqual({ id: 'SO0080', date: orders[79].date, amount: 1234.5 });
  });

  it('leaves out a "nan" amount and reads "1e3" as 1000, as the text path does', async () => {
    const orders = plainOrders(5000);
    orders[2000] = { ...orders[2000], amount: 'nan' };
    orders[2001] = { ...orders[2001], amount: '1e3' };
    const { report, rows, reads } = await load(csv(orders));
    expect(reads).toHaveLength(1);
    expect(report.skipped).toEqual([{ row: 2002, reason: 'invalid-value', column: 'amount', value: 'NaN' }]);
    expect(rows.find((r) => r.id === 'SO2002')).toEqual({ id: 'SO2002', date: orders[2001].date, amount: 1000 });
    expect(rows).toHaveLength(4999);
  });
});
