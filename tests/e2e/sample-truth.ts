/**
 * Expected figures computed straight from the sample data with native DuckDB
 * (@duckdb/node-api) on the shipped database file, independently of the app's metrics/ code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export const SAMPLE_DIR = path.resolve('public/sample');

export interface Truth {
  sql(text: string, params?: DuckDBValue[]): Promise<Record<string, unknown>[]>;
  /** The default period: January of the latest order year to the end of the latest order month. */
  defaultPeriod(): Promise<{ from: string; to: string }>;
  close(): void;
}

export async function openTruth(): Promise<Truth> {
  // The shipped file itself, un-gzipped by Node and opened by native DuckDB: no app code involved.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cl-truth-')), 'sample.duckdb');
  fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(path.join(SAMPLE_DIR, 'sample.duckdb.gz'))));
  const db = await DuckDBInstance.create(file, { access_mode: 'READ_ONLY' });
  const conn: DuckDBConnection = await db.connect();
  const sql = async (text: string, params: DuckDBValue[] = []) => (await conn.runAndReadAll(text, params)).getRowObjectsJson() as Record<string, unknown>[];
  return {
    sql,
    defaultPeriod: async () => {
      const [r] = await sql(`SELECT strftime(date_trunc('year', max(order_date)), '%Y-%m-%d') AS "from",
        strftime(last_day(max(order_date)), '%Y-%m-%d') AS "to" FROM orders`);
      return { from: String(r.from), to: String(r.to) };
    },
    close: () => conn.closeSync(),
  };
}
