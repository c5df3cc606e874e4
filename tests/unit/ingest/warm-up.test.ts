/**
 * The warm-up run before a user's first import reads a made-up orders file the way an import does
 * (both the reader's typed path and the text path) and leaves the loaded data exactly as it was.
 */
import { expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery } from '../../../src/engine/query';
import { importFile, warmUp } from '../../../src/ingest';

it('reads 10,000 made-up orders through the import path and changes nothing loaded', async () => {
  const runner = await openNodeDuckDB();
  const query = createQuery(runner);
  const text = 'order_id,order_date,partner_id,amount\nA1,2026-01-05,P1,100\nA2,2026-01-06,P2,"1,250.00"\n';
  await importFile(runner, { name: 'orders.csv', bytes: new TextEncoder().encode(text) });
  const tables = () => query(`SELECT table_name AS t, estimated_size AS n FROM duckdb_tables() ORDER BY 1`);
  const before = { tables: await tables(), orders: await query('SELECT * FROM orders ORDER BY rowid') };

  const statements: string[] = [];
  const run = runner.run.bind(runner);
  runner.run = (sql, params) => { statements.push(sql); return run(sql, params); };
  // The made-up file has 10,000 rows (load.ts), all of them valid orders.
  expect(await warmUp(runner)).toEqual({ rows: 10_000, bad: 0 });
  // Dates and quantities are plain (typed by DuckDB's reader), amounts have separators (our text path).
  const typed = statements.find((s) => /^CREATE TABLE "__warmup_\d+_typed"/.test(s)) ?? '';
  expect(typed).toMatch(/'c1': 'DATE'.*'c7': 'DOUBLE'.*'c8': 'VARCHAR'/s);

  expect({ tables: await tables(), orders: await query('SELECT * FROM orders ORDER BY rowid') }).toEqual(before);
  expect(before.orders).toHaveLength(2);
});
