/**
 * DuckDB-WASM in Node (the blocking build), behind the same SqlRunner contract as the browser.
 * Unit tests run the real metric SQL through it.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { StatementCancelled, type Param, type SqlRunner } from '../../src/engine/query';

const require = createRequire(import.meta.url);
type Blocking = typeof import('../../node_modules/@duckdb/duckdb-wasm/dist/types/src/targets/duckdb-node-blocking');

export async function openNodeDuckDB(): Promise<SqlRunner> {
  const duckdb: Blocking = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  const conn = db.connect();
  return {
    run: async (sql: string, params: readonly Param[]) => {
      if (params.length === 0) return conn.query(sql);
      const stmt = conn.prepare(sql);
      try {
        return stmt.query(...params);
      } finally {
        stmt.close();
      }
    },
    // The blocking build cannot stop a running statement: the signal is checked around it.
    runLong: async (sql, { signal }) => {
      if (signal?.aborted) throw new StatementCancelled();
      conn.query(sql);
      if (signal?.aborted) throw new StatementCancelled();
    },
    registerFile: async (name, bytes) => db.registerFileBuffer(name, bytes),
    dropFile: async (name) => db.dropFile(name),
    // Node's DuckDB-WASM writes COPY output to the working directory (the browser keeps it in
    // memory): read it, then delete the file so tests leave nothing behind.
    copyFileToBuffer: async (name) => {
      try {
        return db.copyFileToBuffer(name);
      } finally {
        rmSync(path.resolve(name), { force: true });
      }
    },
    insertArrow: async (table, ipc, { create }) => conn.insertArrowFromIPCStream(ipc, { name: table, create }),
  };
}
