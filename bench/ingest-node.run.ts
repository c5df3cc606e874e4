/**
 * Import speed against native DuckDB, on a generated orders CSV. Not a pass/fail test (timings
 * depend on the machine): run with `INGEST_BENCH_ROWS=100000 npm run bench:ingest`; it
 * prints the numbers.
 */
import { writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../tests/helpers/duckdb-node';
import { importFile } from '../src/ingest/load';
import { ORDERS, PLAIN, ordersText, utf8, type OrderRow } from '../tests/unit/ingest/fixtures';

const ROWS = Number(process.env.INGEST_BENCH_ROWS ?? 100_000);

function generated(n: number): OrderRow[] {
  return Array.from({ length: n }, (_, i) => {
    const o = ORDERS[i % ORDERS.length];
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
    return { ...o, order_id: `SO${String(i).padStart(8, '0')}`, order_date: day, amount: 1000 + (i % 997) * 13.25 };
  });
}

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('import speed', () => {
  it(`imports ${ROWS} rows and compares with native read_csv`, async () => {
    const text = ordersText({ ...PLAIN, amount: (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2 }) }, generated(ROWS));
    const bytes = utf8(text);
    const file = path.join(os.tmpdir(), `channellens-bench-${process.pid}.csv`);
    writeFileSync(file, bytes);
    try {
      const { DuckDBInstance } = await import('@duckdb/node-api');
      const native = await (await DuckDBInstance.create(':memory:')).connect();
      const nativeMs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await native.run(`CREATE OR REPLACE TABLE n AS SELECT * FROM read_csv('${file}')`);
        nativeMs.push(performance.now() - t);
      }
      const runner = await openNodeDuckDB();
      // The same engine's own read_csv (auto-detected, typed): what the import's overhead is measured against.
      await runner.registerFile('bench.csv', bytes.slice());
      const wasmMs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await runner.run(`CREATE OR REPLACE TABLE bench AS SELECT * FROM read_csv('bench.csv')`, []);
        wasmMs.push(performance.now() - t);
      }
      const importMs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const report = await importFile(runner, { name: 'orders.csv', bytes: bytes.slice() });
        importMs.push(performance.now() - t);
        expect(report.rowsLoaded).toBe(ROWS);
      }
      const list = (xs: number[]) => `median ${median(xs).toFixed(0)} ms, best ${Math.min(...xs).toFixed(0)} ms [${xs.map((x) => x.toFixed(0)).join(', ')}]`;
      console.log(`${ROWS} rows, ${(bytes.length / 1e6).toFixed(1)} MB\n  importFile (DuckDB-WASM, Node): ${list(importMs)}` +
        `\n  read_csv, DuckDB-WASM: ${list(wasmMs)}\n  read_csv, native @duckdb/node-api: ${list(nativeMs)}` +
        `\n  import ÷ native: median ${(median(importMs) / median(nativeMs)).toFixed(2)}, best ${(Math.min(...importMs) / Math.min(...nativeMs)).toFixed(2)}`);
    } finally {
      rmSync(file, { force: true });
    }
  }, 600_000);
});
