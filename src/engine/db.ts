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
import { queueTime, timed } from './query-log';

const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

let started: Promise<SqlRunner> | null = null;
let current: Worker | null = null;
const crashListeners = new Set<(message: string) => void>();

/** Start the engine (idempotent). Called as early as possible so the wasm compiles while the UI paints. */
export function startEngine(): Promise<SqlRunner> {
  started ??= open();
  return started;
}

/** Called when the worker dies or the wasm traps after start: every table in it is gone. */
export function onEngineCrash(listener: (message: string) => void): () => void {
  crashListeners.add(listener);
  return () => crashListeners.delete(listener);
}

/** Throw the old worker away and start a fresh engine (the caller loads the data again). */
export function restartEngine(): Promise<SqlRunner> {
  current?.terminate();
  current = null;
  started = null;
  return startEngine();
}

// A trap leaves the wasm instance in an undefined state; ordinary SQL errors do not match.
const FATAL = /unreachable|memory access out of bounds|Aborted\(|worker (was )?terminated/i;

function crashed(worker: Worker, message: string): void {
  if (worker !== current) return;
  current = null;
  for (const listener of crashListeners) listener(message);
}

/**
 * DuckDB-WASM never settles `instantiate` when the wasm download fails inside its worker (the
 * rejection is unhandled there): give up after a stretch with no download progress, so the page
 * shows its error state instead of loading forever.
 */
function stallGuard<T>(job: (progress: () => void) => Promise<T>, quietMs = 30_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer = 0;
    const arm = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => reject(new Error('the analysis engine (DuckDB-WASM) could not be downloaded or started')), quietMs);
    };
    arm();
    job(arm).then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function open(): Promise<SqlRunner> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  current = worker;
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    crashed(worker, e.message || 'the engine worker stopped');
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await stallGuard((progress) => db.instantiate(bundle.mainModule, bundle.pthreadWorker, progress));
  const conn = await db.connect();
  // Nothing is downloaded at run time. This build has no Parquet reader built in (read_parquet
  // traps with "function signature mismatch"): Parquet files are read by hyparquet (ingest/parquet.ts).
  await conn.query(`SET autoinstall_known_extensions = false`);
  return runnerFor(db, conn, worker);
}

function runnerFor(db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection, worker: Worker): SqlRunner {
  // DuckDB-WASM runs one statement at a time per connection; a queue keeps callers independent.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const guarded = () => job().catch((e: unknown) => {
      if (FATAL.test(e instanceof Error ? `${e.name}: ${e.message}` : String(e))) crashed(worker, String(e));
      throw e;
    });
    const next = tail.then(guarded, guarded);
    tail = next.catch(() => undefined);
    return next;
  };
  const prepared = preparedCache(conn);
  return {
    run: (sql: string, params: readonly Param[]) => {
      const queuedAt = queueTime();
      return serial(() => timed(sql, queuedAt, async () => {
        if (!READ.test(sql)) {
          // DDL or DML: the tables may change under the statements kept prepared.
          await prepared.clear();
          if (params.length === 0) return conn.query(sql);
          const stmt = await conn.prepare(sql);
          try {
            return await stmt.query(...params);
          } finally {
            await stmt.close();
          }
        }
        if (params.length === 0) return conn.query(sql);
        return prepared.query(sql, params);
      }));
    },
    registerFile: async (name, bytes) => {
      await db.registerFileBuffer(name, bytes);
    },
    dropFile: async (name) => {
      await db.dropFile(name);
    },
    copyFileToBuffer: (name) => serial(() => db.copyFileToBuffer(name)),
    // The stream's buffer is transferred to the worker: callers pass a fresh one each time.
    insertArrow: (table, ipc, { create }) => serial(async () => {
      await prepared.clear();
      return conn.insertArrowFromIPCStream(ipc, { name: table, create });
    }),
  };
}

const READ = /^\s*(select|with)\b/i;
const PREPARED_LIMIT = 64;

/**
 * Queries kept prepared by their SQL text. A view re-runs the same metric SQL with new filter
 * values on every click; preparing and closing each time costs two more worker round trips per
 * query, each waiting for the main thread between chart renders. Callers run inside `serial`.
 */
function preparedCache(conn: duckdb.AsyncDuckDBConnection) {
  const kept = new Map<string, duckdb.AsyncPreparedStatement>();
  const close = (stmt: duckdb.AsyncPreparedStatement) => stmt.close().catch(() => undefined);
  return {
    async query(sql: string, params: readonly Param[]) {
      let stmt = kept.get(sql);
      if (stmt) kept.delete(sql); // re-inserted below: the map's order is least recently used first
      else stmt = await conn.prepare(sql);
      try {
        const result = await stmt.query(...params);
        kept.set(sql, stmt);
        if (kept.size > PREPARED_LIMIT) {
          const [oldest, old] = kept.entries().next().value!;
          kept.delete(oldest);
          await close(old);
        }
        return result;
      } catch (e) {
        await close(stmt);
        throw e;
      }
    },
    async clear() {
      const all = [...kept.values()];
      kept.clear();
      for (const stmt of all) await close(stmt);
    },
  };
}
