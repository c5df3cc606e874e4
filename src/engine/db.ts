/**
 * The one DuckDB-WASM instance of the page, running in a Web Worker. The wasm and worker files are
 * bundled by Vite (`?url`), so `dist/` serves them itself and works offline from any static host.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Param, SqlRunner } from './query';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let started: Promise<SqlRunner> | null = null;

/** Start the engine (idempotent). Called as early as possible so the wasm compiles while the UI paints. */
export function startEngine(): Promise<SqlRunner> {
  started ??= open();
  return started;
}

async function open(): Promise<SqlRunner> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  const conn = await db.connect();
  // Nothing is downloaded at run time. This build has no Parquet reader built in (read_parquet
  // traps with "function signature mismatch"): Parquet files are read by hyparquet (ingest/parquet.ts).
  await conn.query(`SET autoinstall_known_extensions = false`);
  return runnerFor(db, conn);
}

function runnerFor(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection): SqlRunner {
  // DuckDB-WASM runs one statement at a time per connection; a queue keeps callers independent.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = tail.then(job, job);
    tail = next.catch(() => undefined);
    return next;
  };
  return {
    run: (sql: string, params: readonly Param[]) =>
      serial(async () => {
        if (params.length === 0) return conn.query(sql);
        const stmt = await conn.prepare(sql);
        try {
          return await stmt.query(...params);
        } finally {
          await stmt.close();
        }
      }),
    registerFile: async (name, bytes) => {
      await db.registerFileBuffer(name, bytes);
    },
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    copyFileToBuffer: (name) => serial(() => db.copyFileToBuffer(name)),
    // The stream's buffer is transferred to the worker: callers pass a fresh one each time.
    insertArrow: (table, ipc, { create }) => serial(() => conn.insertArrowFromIPCStream(ipc, { name: table, create })),
  };
}
