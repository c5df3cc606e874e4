/**
 * Published data: which addresses the app may fetch, the `data` URL parameter, and reading a
 * Parquet file from a real HTTP server by range requests (Node's fetch, the e2e static server).
 * Expected cells come from native DuckDB reading the same file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { serveStatic, type StaticServer } from '../../e2e/static-server';
import { createQuery } from '../../../src/engine/query';
import { checkAddress, fileFromAddress, importFile, ImportError } from '../../../src/ingest';
import { decodeState, encodeState } from '../../../src/state/url';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-remote-'));
let server: StaticServer;
const PAGE = { href: 'http://127.0.0.1:4173/app/?page=data', origin: 'http://127.0.0.1:4173' };

beforeAll(async () => {
  const native = await (await DuckDBInstance.create(':memory:')).connect();
  await native.run(`COPY (SELECT 'SO-' || CAST(i AS VARCHAR) AS "订单编号", DATE '2025-03-01' + CAST(i % 28 AS INTEGER) AS "日期",
      lpad(CAST(i % 13 AS VARCHAR), 4, '0') AS "客户编码", '伙伴' || CAST(i % 13 AS VARCHAR) AS "客户名称",
      CAST(i AS DECIMAL(10, 2)) + 0.25 AS "价税合计" FROM range(5000) r(i))
    TO '${path.join(dir, 'orders.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 2048)`);
  native.closeSync();
  fs.writeFileSync(path.join(dir, 'orders.csv'), '订单编号,日期,客户编码,客户名称,价税合计\nSO-1,2025-03-01,0007,伙伴7,100.5\n');
  server = await serveStatic(dir);
}, 60_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('addresses', () => {
  it('allows https and the page\'s own origin, refuses everything else', () => {
    const ok = (raw: string) => { const c = checkAddress(raw, PAGE); return c.ok ? c.url.href : c.reason; };
    expect(ok('https://data.example.com/orders.parquet')).toBe('https://data.example.com/orders.parquet');
    expect(ok('  https://例子.cn/销售.csv ')).toBe('https://xn--fsqu00a.cn/%E9%94%80%E5%94%AE.csv');
    expect(ok('data/orders.parquet')).toBe('http://127.0.0.1:4173/app/data/orders.parquet');
    expect(ok('http://127.0.0.1:4173/orders.csv')).toBe('http://127.0.0.1:4173/orders.csv');
    expect(ok('http://127.0.0.1:9999/orders.csv')).toBe('not-https');
    expect(ok('http://example.com/orders.csv')).toBe('not-https');
    expect(ok('https://user:secret@example.com/x.csv')).toBe('malformed');
    expect(ok('javascript:alert(1)')).toBe('malformed');
    expect(ok('file:///etc/passwd')).toBe('malformed');
    expect(ok('https://[bad')).toBe('malformed');
  });

  it('reads several `data` parameters, keeps them in links, reports bad ones', () => {
    const a = 'https://data.example.com/orders.parquet?v=2&x=1';
    const { state, issues } = decodeState(`?page=sales&data=${encodeURIComponent(a)}&data=data%2Fpartners.csv&data=javascript%3Aalert(1)`);
    expect(state.data).toEqual([a, 'data/partners.csv']);
    expect(issues).toEqual([{ param: 'data', value: 'javascript:alert(1)', reason: 'malformed' }]);
    const link = encodeState(state);
    expect(decodeState(link).state.data).toEqual([a, 'data/partners.csv']);
    expect(encodeState({ ...state, data: null })).not.toContain('data=');
  });
});

describe('reading published files', () => {
  it('reads a Parquet address by range requests and imports the same cells as native DuckDB reads', async () => {
    const before = server.requests.length;
    const file = await fileFromAddress(new URL(`${server.url}orders.parquet`));
    expect('parquet' in file).toBe(true);
    const runner = await openNodeDuckDB();
    const report = await importFile(runner, file);
    expect(report.rowsLoaded).toBe(5000);
    const reads = server.requests.slice(before).filter((r) => r.method === 'GET');
    expect(reads.length).toBeGreaterThan(1);
    expect(reads.every((r) => r.range !== null && r.status === 206)).toBe(true);

    const native = await (await DuckDBInstance.create(':memory:')).connect();
    const want = (await native.runAndReadAll(`SELECT "订单编号" AS order_id, CAST("日期" AS VARCHAR) AS order_date, "客户编码" AS partner_id,
        "客户名称" AS partner_name, CAST("价税合计" AS DOUBLE) AS amount FROM '${path.join(dir, 'orders.parquet')}' ORDER BY 1`)).getRowObjectsJS();
    native.closeSync();
    const got = await createQuery(runner)(`SELECT order_id, CAST(order_date AS VARCHAR) AS order_date, partner_id, partner_name, amount FROM orders ORDER BY 1`);
    expect(got).toEqual(want);
  });

  it('downloads a CSV address whole and imports it', async () => {
    const file = await fileFromAddress(new URL(`${server.url}orders.csv`));
    expect('bytes' in file && file.name).toBe('orders.csv');
    const runner = await openNodeDuckDB();
    const report = await importFile(runner, file);
    expect(report.rowsLoaded).toBe(1);
    expect(await createQuery(runner)(`SELECT partner_id, amount FROM orders`)).toEqual([{ partner_id: '0007', amount: 100.5 }]);
  });

  it('says which host failed and how', async () => {
    const missing = await fileFromAddress(new URL(`${server.url}missing.parquet`)).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ImportError);
    expect((missing as ImportError).code).toBe('network');
    expect((missing as ImportError).message).toBe(`127.0.0.1:${new URL(server.url).port} answered HTTP 404`);
    const closed = await fileFromAddress(new URL('http://127.0.0.1:9/orders.parquet')).catch((e: unknown) => e);
    expect((closed as ImportError).code).toBe('network');
    expect((closed as ImportError).message).toMatch(/could not be reached/);
  });
});
