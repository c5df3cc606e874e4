/** References measured in the same run on the same files: native DuckDB and PapaParse. */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { DuckDBInstance } from '@duckdb/node-api';
import { DRILL_STEPS, type DrillStep } from './steps';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export interface NativeResult {
  /** read_csv of orders.csv into a table, 2 threads: the median of three reads. */
  csvLoadMs: number; parquetLoadMs: number; queryP50: number; queryP95: number; papaMs: number | null }

/** The drill query a step stands for, in plain SQL over the raw tables (what a hand-written query would do). */
function stepSql(step: DrillStep): { sql: string; params: string[] } {
  const where: string[] = ['o.order_date BETWEEN ?::DATE AND ?::DATE'];
  const params = [step.from, step.to];
  for (const [dim, values] of Object.entries(step.filters)) {
    const col = dim === 'tier' ? 'p.tier' : `o.${dim}`;
    where.push(`${col} IN (${values.map(() => '?').join(',')})`);
    params.push(...values);
  }
  return {
    sql: `SELECT o.region, SUM(o.amount)::DOUBLE AS revenue, COUNT(DISTINCT o.partner_id) AS partners
          FROM orders o LEFT JOIN partners p USING (partner_id) WHERE ${where.join(' AND ')} GROUP BY 1`,
    params,
  };
}

export async function measureNative(filesDir: string, withPapa: boolean): Promise<NativeResult> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`SET threads = 2`);
  const csv = path.join(filesDir, 'orders.csv');
  // The median of three reads: one read's time moves by a third between runs on a shared machine.
  const reads: number[] = [];
  let t = process.hrtime.bigint();
  for (let i = 0; i < 3; i++) {
    t = process.hrtime.bigint();
    await c.run(`CREATE OR REPLACE TABLE orders AS SELECT * FROM read_csv('${csv}')`);
    reads.push(ms(t));
  }
  const csvLoadMs = percentile(reads, 50);
  t = process.hrtime.bigint();
  await c.run(`CREATE TABLE orders_pq AS SELECT * FROM read_parquet('${path.join(filesDir, 'orders.parquet')}')`);
  const parquetLoadMs = ms(t);
  await c.run(`CREATE TABLE partners AS SELECT * FROM read_csv('${path.join(filesDir, 'partners.csv')}')`);
  const times: number[] = [];
  for (const step of DRILL_STEPS) {
    const { sql, params } = stepSql(step);
    t = process.hrtime.bigint();
    await c.runAndReadAll(sql, params);
    times.push(ms(t));
  }
  c.closeSync();
  let papaMs: number | null = null;
  if (withPapa) {
    const text = fs.readFileSync(csv, 'utf8');
    t = process.hrtime.bigint();
    Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
    papaMs = ms(t);
  }
  return { csvLoadMs, parquetLoadMs, queryP50: percentile(times, 50), queryP95: percentile(times, 95), papaMs };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}
