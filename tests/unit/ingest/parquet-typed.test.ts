/**
 * Parquet numbers and dates are staged typed (no text round trip): the loaded rows and the report
 * must be those of the text path. Files and expected values come from native DuckDB and literals
 * here; the same table written as CSV goes through the text path for comparison.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery } from '../../../src/engine/query';
import { importFile, planImport } from '../../../src/ingest';
import { bytesBuffer, stageParquet } from '../../../src/ingest/parquet';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-parquet-typed-'));
let native: DuckDBConnection;

// Whole, fractional, NaN and infinite attendees (INTEGER target), a date out of range and a missing
// one, a count too large for INTEGER (optional column: blanked), a negative.
const TRAININGS = `CREATE TABLE trainings AS SELECT * FROM (VALUES
  (DATE '2024-01-05', 'P1', 12.0::DOUBLE, 10::BIGINT),
  (DATE '2024-01-06', 'P2', 12.5::DOUBLE, 3::BIGINT),
  (DATE '2024-01-07', 'P3', 'nan'::DOUBLE, 1::BIGINT),
  (DATE '1850-01-01', 'P4', 5::DOUBLE, 2::BIGINT),
  (NULL, 'P5', 5::DOUBLE, 2::BIGINT),
  (DATE '2024-02-01', 'P6', 7::DOUBLE, 3000000000::BIGINT),
  (DATE '2024-02-02', 'P7', -3::DOUBLE, NULL),
  (DATE '2024-02-03', 'P8', 'inf'::DOUBLE, 4::BIGINT)
) t("date", partner_id, attendees, passed)`;

// FLOAT, DECIMAL and INTEGER columns: the loaded doubles are those their text reads as.
const ORDERS = `CREATE TABLE orders AS SELECT * FROM (VALUES
  ('SO1', DATE '2024-03-01', 'P1', 2::INTEGER, 1234.56::DECIMAL(10, 2), 0.1::FLOAT),
  ('SO2', DATE '2024-03-02', 'P2', NULL, 0.07::DECIMAL(10, 2), 2469.12::FLOAT),
  ('SO3', DATE '2199-12-31', 'P3', -1::INTEGER, -5.00::DECIMAL(10, 2), 16120::FLOAT)
) t(order_id, order_date, partner_id, quantity, unit_price, amount)`;

beforeAll(async () => {
  native = await (await DuckDBInstance.create(':memory:')).connect();
  for (const [table, sql] of [['trainings', TRAININGS], ['orders', ORDERS]]) {
    await native.run(sql);
    await native.run(`COPY ${table} TO '${path.join(dir, `${table}.parquet`)}' (FORMAT parquet)`);
    await native.run(`COPY ${table} TO '${path.join(dir, `${table}.csv`)}' (FORMAT csv, HEADER)`);
  }
}, 60_000);

afterAll(() => {
  native?.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
});

const bytes = (name: string) => new Uint8Array(fs.readFileSync(path.join(dir, name)));

async function load(name: string) {
  const runner = await openNodeDuckDB();
  const report = await importFile(runner, { name, bytes: bytes(name) });
  const table = report.table;
  const rows = await createQuery(runner)(`SELECT * EXCLUDE (_source) FROM "${table}" ORDER BY rowid`);
  const types = await createQuery(runner)(`SELECT column_name AS c, data_type AS t FROM information_schema.columns
    WHERE table_name = ? AND column_name <> '_source' ORDER BY ordinal_position`, [table]);
  return { report, rows, types };
}

describe('parquet numbers and dates staged typed', () => {
  it('loads trainings like the text path: bad values left out or blanked, with their text', async () => {
    const runner = await openNodeDuckDB();
    expect((await planImport(runner, { name: 'trainings.parquet', bytes: bytes('trainings.parquet') })).mapping.kind).toBe('trainings');
    const pq = await load('trainings.parquet');
    const csv = await load('trainings.csv');
    expect(pq.rows).toEqual([
      { date: '2024-01-05', partner_id: 'P1', attendees: 12, passed: 10 },
      { date: '2024-02-01', partner_id: 'P6', attendees: 7, passed: null },
      { date: '2024-02-02', partner_id: 'P7', attendees: -3, passed: null },
    ].map((r) => expect.objectContaining(r)));
    expect(pq.rows).toEqual(csv.rows);
    expect(pq.types).toEqual(csv.types);
    expect(pq.report.skipped).toEqual([
      { row: 2, reason: 'invalid-value', column: 'attendees', value: '12.5' },
      { row: 3, reason: 'invalid-value', column: 'attendees', value: 'NaN' },
      { row: 4, reason: 'invalid-value', column: 'date', value: '1850-01-01' },
      { row: 5, reason: 'missing-value', column: 'date' },
      { row: 8, reason: 'invalid-value', column: 'attendees', value: 'Infinity' },
    ]);
    // The CSV writes NaN and infinity its own way (nan, inf); rows, reasons and columns agree. A
    // CSV's row numbers count its header record, a Parquet file's start at the first row.
    const shape = (s: { row: number; reason: string; column?: string }[], header: number) =>
      s.map(({ row, reason, column }) => ({ row: row - header, reason, column }));
    expect(shape(pq.report.skipped, 0)).toEqual(shape(csv.report.skipped, 1));
    expect(pq.report.blanked).toEqual([{ row: 6, column: 'passed', value: '3000000000' }]);
    expect(pq.report.blanked).toEqual(csv.report.blanked.map((b) => ({ ...b, row: b.row - 1 })));
  });

  it('stages a column typed only when its target wants that type and the file stores it so', async () => {
    const runner = await openNodeDuckDB();
    const staged = await stageParquet(runner, bytesBuffer(bytes('orders.parquet')), 'staged', {
      wanted: ['DOUBLE', 'DATE', 'VARCHAR', 'DOUBLE', 'DOUBLE', 'DATE'],
    });
    // order_id is text in the file, amount a number wanted as a date: both stay text.
    expect(staged).toEqual(['VARCHAR', 'DATE', 'VARCHAR', 'DOUBLE', 'DOUBLE', 'VARCHAR']);
    const types = await createQuery(runner)(`SELECT data_type AS t FROM information_schema.columns WHERE table_name = 'staged' ORDER BY ordinal_position`);
    expect(types.map((r) => r.t)).toEqual(['VARCHAR', 'DATE', 'VARCHAR', 'DOUBLE', 'DOUBLE', 'VARCHAR']);
  });

  it('stages repeated text (dictionary-encoded on the way) with its nulls, cell for cell', async () => {
    await native.run(`COPY (SELECT i, CASE WHEN i % 7 = 0 THEN NULL ELSE '区域' || (i % 5) END AS s FROM range(3000) r(i) ORDER BY i)
      TO '${path.join(dir, 'repeated.parquet')}' (FORMAT parquet)`);
    const want = (await native.runAndReadAll(`SELECT CASE WHEN i % 7 = 0 THEN NULL ELSE '区域' || (i % 5) END AS s FROM range(3000) r(i) ORDER BY i`))
      .getRowObjectsJS().map((r) => r.s);
    const runner = await openNodeDuckDB();
    await stageParquet(runner, bytesBuffer(bytes('repeated.parquet')), 'staged', { wanted: ['VARCHAR', 'VARCHAR'] });
    const got = await createQuery(runner)(`SELECT c1 AS s FROM staged ORDER BY rowid`);
    expect(got.map((r) => r.s)).toEqual(want);
  });

  it('reads FLOAT, DECIMAL and INTEGER columns as the doubles their text reads as', async () => {
    const pq = await load('orders.parquet');
    const csv = await load('orders.csv');
    const picked = pq.rows.map((r) => ({ order_id: r.order_id, order_date: r.order_date, quantity: r.quantity, unit_price: r.unit_price, amount: r.amount }));
    expect(picked).toEqual([
      { order_id: 'SO1', order_date: '2024-03-01', quantity: 2, unit_price: 1234.56, amount: 0.1 },
      { order_id: 'SO2', order_date: '2024-03-02', quantity: null, unit_price: 0.07, amount: 2469.12 },
      { order_id: 'SO3', order_date: '2199-12-31', quantity: -1, unit_price: -5, amount: 16120 },
    ]);
    expect(pq.rows).toEqual(csv.rows);
    expect(pq.types).toEqual(csv.types);
  });
});
