import { describe, expect, it } from 'vitest';
import { checkConsoleSql } from '../../src/engine/readonly';
import { openNodeDuckDB } from '../helpers/duckdb-node';
import { createQuery } from '../../src/engine/query';

describe('SQL console guard', () => {
  it('accepts one SELECT and wraps it with a row limit', () => {
    expect(checkConsoleSql('SELECT 1;')).toEqual({ ok: true, sql: 'SELECT * FROM (SELECT 1\n) AS console_query LIMIT 10000' });
    expect(checkConsoleSql("with a as (select ';' x) select * from a").ok).toBe(true);
  });

  it('refuses everything else', () => {
    expect(checkConsoleSql('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkConsoleSql('DROP TABLE orders')).toEqual({ ok: false, reason: 'not-select' });
    expect(checkConsoleSql('select 1; drop table orders')).toEqual({ ok: false, reason: 'several' });
    expect(checkConsoleSql("select * from read_csv('https://evil.example/x.csv')")).toEqual({ ok: false, reason: 'outside' });
    expect(checkConsoleSql("SELECT * FROM READ_PARQUET ('x')")).toEqual({ ok: false, reason: 'outside' });
    expect(checkConsoleSql("select current_setting('home_directory')")).toEqual({ ok: false, reason: 'outside' });
  });

  it('refuses the replacement scans of a quoted file name or address', () => {
    for (const sql of [
      "SELECT * FROM 'https://evil.example/collect.csv'",
      'SELECT * FROM "https://evil.example/x.parquet"',
      "select * from orders, 'leak.csv'",
      "SELECT * FROM orders JOIN 'partners.parquet' USING (partner_id)",
      "select * from ('x')",
      "SELECT 'http://a' || partner_id FROM partners",
    ]) expect(checkConsoleSql(sql), sql).toEqual({ ok: false, reason: 'outside' });
    // Ordinary text values and quoted column names still work.
    expect(checkConsoleSql(`SELECT "order_id", region FROM orders WHERE region = '华东' AND note <> 'a.b'`).ok).toBe(true);
  });

  it('a quoted file name really is read by DuckDB when not refused (why the guard exists)', async () => {
    const runner = await openNodeDuckDB();
    const query = createQuery(runner);
    await runner.registerFile('leak.csv', new TextEncoder().encode('a\n1\n'));
    expect(await query("SELECT * FROM 'leak.csv'")).toEqual([{ a: 1 }]);
    expect(checkConsoleSql("SELECT * FROM 'leak.csv'").ok).toBe(false);
  });

  it('a statement smuggled into the subquery fails to parse in DuckDB and changes nothing', async () => {
    const query = createQuery(await openNodeDuckDB());
    await query('CREATE TABLE orders AS SELECT 1 AS x');
    const smuggled = checkConsoleSql('select 1) AS t; DROP TABLE orders; SELECT * FROM (select 1');
    expect(smuggled.ok).toBe(false);
    // Even if a check were bypassed, the wrapper makes DDL a syntax error.
    await expect(query('SELECT * FROM (DROP TABLE orders) AS console_query')).rejects.toThrow();
    expect(await query('SELECT count(*)::INT AS n FROM orders')).toEqual([{ n: 1 }]);
  });
});
