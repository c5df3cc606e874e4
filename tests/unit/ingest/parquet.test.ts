/**
 * Parquet import through the public ingest API, on real DuckDB-WASM in Node. The files are written
 * by native DuckDB (@duckdb/node-api, which has a Parquet writer), and every expected value is read
 * back from the source table by native DuckDB too, never from the importer. DuckDB-WASM itself has
 * no Parquet reader: the importer decodes with hyparquet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type SqlRunner } from '../../../src/engine/query';
import { importFile, ImportError, planImport } from '../../../src/ingest';
import { blobBuffer } from '../../../src/ingest/remote';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-parquet-'));
let native: DuckDBConnection;

// A Kingdee-style orders export: Chinese headers and names, leading-zero ids, decimals, NULLs
// (an optional salesperson and quantity, and one row without an amount, which must be left out).
const SOURCE = `CREATE TABLE src AS SELECT * FROM (VALUES
  ('SO-001', DATE '2024-01-05', '00123', '华东科技', '张三', '上海', '产品A', 2, 1234.50),
  ('SO-002', DATE '2024-01-15', '00456', '江南软件, "总部"', '李四', '江苏', '产品B', 1, 56000.00),
  ('SO-003', DATE '2024-02-01', 'P789', '岭南数码', NULL, '广西', '产品A', NULL, 98765.43),
  ('SO-004', DATE '2024-02-29', '00123', '华东科技', '张三', '上海', NULL, 3, 0.10),
  ('SO-005', DATE '2024-03-10', '0009', '西部系统', '赵六', '陕西', '产品B', -1, -2000.00),
  ('SO-006', DATE '2024-12-31', 'P903', '天府集成', '王五', '四川', '产品A', 7, 1000000.07),
  ('SO-007', DATE '2024-06-30', '00456', '江南软件, "总部"', '李四', '江苏', '产品C', 1, NULL)
) t("订单编号", "日期", "客户编码", "客户名称", "业务员", "省份", "产品", "数量", "价税合计")`;

const CELLS = `order_id, CAST(order_date AS VARCHAR) AS order_date, partner_id, partner_name, salesperson, product,
  CAST(quantity AS DOUBLE) AS quantity, CAST(amount AS DOUBLE) AS amount`;

async function nativeRows(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await native.runAndReadAll(sql);
  return reader.getRowObjectsJS() as Record<string, unknown>[];
}

function fileBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(dir, name)));
}

beforeAll(async () => {
  native = await (await DuckDBInstance.create(':memory:')).connect();
  await native.run(SOURCE);
  for (const codec of ['zstd', 'snappy']) {
    await native.run(`COPY src TO '${path.join(dir, `orders-${codec}.parquet`)}' (FORMAT parquet, COMPRESSION ${codec})`);
  }
  // 150,000 rows in one row group (read in slices) and the same rows in 2,048-row groups.
  await native.run(`CREATE TABLE big AS SELECT 'B' || lpad(CAST(i AS VARCHAR), 7, '0') AS "订单编号",
      DATE '2023-01-01' + CAST(i % 700 AS INTEGER) AS "日期", lpad(CAST(i % 997 AS VARCHAR), 5, '0') AS "客户编码",
      '伙伴' || CAST(i % 997 AS VARCHAR) AS "客户名称", CAST((i * 37) % 100000 AS DECIMAL(12, 2)) / 100 AS "价税合计"
    FROM range(150000) r(i)`);
  await native.run(`COPY big TO '${path.join(dir, 'big-one-group.parquet')}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000)`);
  await native.run(`COPY big TO '${path.join(dir, 'big-groups.parquet')}' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 2048)`);
}, 60_000);

afterAll(() => {
  native?.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function ordersCells(runner: SqlRunner) {
  return createQuery(runner)(`SELECT ${CELLS} FROM orders ORDER BY order_id`);
}

describe('parquet import (hyparquet → DuckDB-WASM)', () => {
  for (const codec of ['zstd', 'snappy']) {
    it(`imports a ${codec} file written by native DuckDB, every cell equal to the source`, async () => {
      const runner = await openNodeDuckDB();
      const bytes = fileBytes(`orders-${codec}.parquet`);
      const plan = await planImport(runner, { name: 'orders.parquet', bytes });
      expect(plan.format).toBe('parquet');
      expect(plan.mapping.kind).toBe('orders');
      const report = await importFile(runner, { name: 'orders.parquet', bytes });
      expect(report.table).toBe('orders');
      expect(report.rowsRead).toBe(7);
      expect(report.rowsLoaded).toBe(6);
      expect(report.skipped).toEqual([{ row: 7, reason: 'missing-value', column: 'amount' }]);

      const expected = await nativeRows(`SELECT "订单编号" AS order_id, CAST("日期" AS VARCHAR) AS order_date, "客户编码" AS partner_id,
          "客户名称" AS partner_name, "业务员" AS salesperson, "产品" AS product, CAST("数量" AS DOUBLE) AS quantity,
          CAST("价税合计" AS DOUBLE) AS amount FROM src WHERE "价税合计" IS NOT NULL ORDER BY 1`);
      expect(await ordersCells(runner)).toEqual(expected);
      // Types are the canonical ones, and the region came from the province.
      const types = await createQuery(runner)(`SELECT typeof(order_date) AS d, typeof(amount) AS a, typeof(partner_id) AS p FROM orders LIMIT 1`);
      expect(types).toEqual([{ d: 'DATE', a: 'DOUBLE', p: 'VARCHAR' }]);
      const regions = await createQuery(runner)(`SELECT order_id, region FROM orders WHERE order_id IN ('SO-001', 'SO-003', 'SO-006') ORDER BY 1`);
      expect(regions).toEqual([{ order_id: 'SO-001', region: '华东' }, { order_id: 'SO-003', region: '华南' }, { order_id: 'SO-006', region: '西南' }]);
    });
  }

  it('reads a file by byte ranges (a dropped File) the same as from bytes', async () => {
    const runner = await openNodeDuckDB();
    const bytes = fileBytes('orders-zstd.parquet');
    const reads: [number, number | undefined][] = [];
    const blob = blobBuffer(new Blob([bytes.slice()]));
    const parquet = { byteLength: blob.byteLength, slice: (s: number, e?: number) => { reads.push([s, e]); return blob.slice(s, e); } };
    const report = await importFile(runner, { name: 'orders.parquet', parquet });
    expect(report.rowsLoaded).toBe(6);
    expect(reads.length).toBeGreaterThan(0);
    const other = await openNodeDuckDB();
    await importFile(other, { name: 'orders.parquet', bytes });
    expect(await ordersCells(runner)).toEqual(await ordersCells(other));
  });

  for (const file of ['big-one-group.parquet', 'big-groups.parquet']) {
    it(`imports 150,000 rows (${file}) with the same content as the source`, async () => {
      const runner = await openNodeDuckDB();
      const progress: number[] = [];
      const report = await importFile(runner, { name: 'orders.parquet', bytes: fileBytes(file) }, {
        onProgress: (p) => { if (p.phase === 'reading' && p.rows) progress.push(p.rows); },
      });
      expect(report.rowsLoaded).toBe(150_000);
      expect(progress.at(-1)).toBe(150_000);
      expect(progress.length).toBeGreaterThan(1);
      // One text digest over every cell, in order, computed by both engines.
      const digest = (from: string, cells: string[], amount: string) =>
        `SELECT count(*) AS n, md5(string_agg(line, '\n' ORDER BY line)) AS h, round(sum(a), 2) AS s
         FROM (SELECT concat_ws('|', ${cells.join(', ')}) AS line, ${amount} AS a FROM ${from})`;
      const want = await nativeRows(digest('big',
        ['"订单编号"', 'CAST("日期" AS VARCHAR)', '"客户编码"', '"客户名称"', `printf('%.2f', "价税合计")`], 'CAST("价税合计" AS DOUBLE)'));
      const got = await createQuery(runner)(digest('orders',
        ['order_id', 'CAST(order_date AS VARCHAR)', 'partner_id', 'partner_name', `printf('%.2f', amount)`], 'amount'));
      expect(got).toEqual([{ n: 150_000, h: want[0].h, s: Number(want[0].s) }]);
    }, 120_000);
  }

  it('refuses a truncated or corrupt file with a clear error and leaves loaded data unchanged', async () => {
    const runner = await openNodeDuckDB();
    const good = fileBytes('orders-zstd.parquet');
    await importFile(runner, { name: 'orders.parquet', bytes: good });
    const before = await ordersCells(runner);

    const truncated = good.slice(0, Math.floor(good.length / 2));
    const corrupt = good.slice();
    // Keep the magic numbers and the footer; overwrite the column data with noise.
    for (let i = 8; i < corrupt.length / 2; i++) corrupt[i] = (i * 131) & 0xff;
    for (const [name, bytes] of [['truncated.parquet', truncated], ['corrupt.parquet', corrupt]] as const) {
      for (const append of [false, true]) {
        const error = await importFile(runner, { name, bytes }, { append }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).code).toBe('malformed');
        expect((error as ImportError).message).toMatch(/could not be read as Parquet/);
      }
    }
    expect(await ordersCells(runner)).toEqual(before);
    const left = await createQuery(runner)(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '\\_\\_ingest%' ESCAPE '\\'`);
    expect(left).toEqual([]);
  });
});
