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
