/**
 * The one DuckDB-WASM instance of the page, running in a Web Worker. The wasm and worker files are
 * bundled by Vite (`?url`), so `dist/` serves them itself and works offline from any static host.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';
import { StatementCancelled, type LongRunOptions, type Param, type SqlRunner } from './query';
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

/**
 * AsyncDuckDB with its execution progress open to listeners: the worker reports how far a running
 * statement got, but the list it calls is protected and nothing public adds to it.
 */
class WatchedDuckDB extends duckdb.AsyncDuckDB {
  watch(listener: (fraction: number) => void): () => void {
    // Typed as a string, sent as a number (0–100): read it either way.
    const handler = (p: { percentage: unknown }) => {
      const pct = Number(p.percentage);
      if (Number.isFinite(pct)) listener(Math.min(1, Math.max(0, pct / 100)));
    };
    this._onExecutionProgress.push(handler);
    return () => {
      const i = this._onExecutionProgress.indexOf(handler);
      if (i >= 0) this._onExecutionProgress.splice(i, 1);
    };
  }
}

async function open(): Promise<SqlRunner> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  current = worker;
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    crashed(worker, e.message || 'the engine worker stopped');
  });
  const db = new WatchedDuckDB(new duckdb.VoidLogger(), worker);
  await stallGuard((progress) => db.instantiate(bundle.mainModule, bundle.pthreadWorker, progress));
  const conn = await db.connect();
  // Nothing is downloaded at run time. This build has no Parquet reader built in (read_parquet
  // traps with "function signature mismatch"): Parquet files are read by hyparquet (ingest/parquet.ts).
  await conn.query(`SET autoinstall_known_extensions = false`);
  return runnerFor(db, conn, worker);
}

function runnerFor(db: WatchedDuckDB, conn: duckdb.AsyncDuckDBConnection, worker: Worker): SqlRunner {
  const failed = (e: unknown): never => {
    if (FATAL.test(e instanceof Error ? `${e.name}: ${e.message}` : String(e))) crashed(worker, String(e));
    throw e;
  };
  // DuckDB-WASM runs one request at a time, in the order the worker receives them. `tail` orders
  // the requests; `inflight` is the last pipelined read's result (see below).
  let tail: Promise<unknown> = Promise.resolve();
  let inflight: Promise<unknown> = Promise.resolve();
  let lastArrival = 0;
  const enqueue = <T>(job: () => Promise<T>): Promise<T> => {
    const next = tail.then(job, job);
    tail = next.catch(() => undefined);
    return next;
  };
  // Everything but a parameterised read waits for the engine to be idle, as before.
  const serial = <T>(job: () => Promise<T>): Promise<T> => enqueue(async () => {
    await inflight.catch(() => undefined);
    return job().catch(failed);
  });
  const prepared = preparedCache(conn);
  /**
   * A view's reads are pipelined: the next one is posted as soon as the previous one is, not when
   * its result has been handled. While the main thread draws one result (ECharts, Svelte), the
   * worker already runs the next statement instead of waiting for a message it cannot get.
   * Measured at 1M orders (overview drill, 30 steps) — see BENCHMARKS.md.
   */
  const pipelined = (sql: string, params: readonly Param[], queuedAt: number): Promise<Table> => {
    let result!: Promise<Table>;
    return enqueue(async () => {
      const stmt = await prepared.take(sql).catch(failed);
      const postedAt = queueTime();
      // Logged as starting when the worker was free: after the previous result arrived.
      const startedAt = () => Math.max(postedAt, lastArrival);
      result = timed(sql, queuedAt, () => stmt.query(...params), startedAt).then(
        (table) => { lastArrival = queueTime(); return table; },
        (e: unknown) => { lastArrival = queueTime(); prepared.forget(sql, stmt); return failed(e); },
      );
      inflight = result;
    }).then(() => result);
  };
  return {
    run: (sql: string, params: readonly Param[]) => {
      const queuedAt = queueTime();
      if (READ.test(sql) && params.length > 0) return pipelined(sql, params, queuedAt);
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
        return conn.query(sql);
      }));
    },
    runLong: (sql, opts) => serial(() => timed(sql, queueTime(), async () => {
      await prepared.clear();
      await runCancellable(db, conn, sql, opts);
      return {};
    })).then(() => undefined),
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

/**
 * A statement run as a pending query, which the worker executes in slices between messages: a
 * cancel posted meanwhile stops it (a plain query holds the worker until it ends: 4–6 s for a
 * million-row CSV), and DuckDB's progress bar reports how much of the input it has read.
 */
async function runCancellable(db: WatchedDuckDB, conn: duckdb.AsyncDuckDBConnection, sql: string, opts: LongRunOptions): Promise<void> {
  if (opts.signal?.aborted) throw new StatementCancelled();
  // Progress only for this statement: a short threshold, and off again for the views' queries.
  await conn.query(`SET enable_progress_bar = true; SET progress_bar_time = 200`);
  const unwatch = opts.onProgress ? db.watch(opts.onProgress) : () => undefined;
  let cancelled = false;
  const cancel = () => { cancelled = true; void conn.cancelSent(); };
  opts.signal?.addEventListener('abort', cancel);
  try {
    const reader = await conn.send(sql);
    for await (const batch of reader) void batch;
  } catch (e) {
    throw cancelled ? new StatementCancelled() : e;
  } finally {
    opts.signal?.removeEventListener('abort', cancel);
    unwatch();
    // Not over the statement's own error (a trap leaves the engine unable to run this either).
    await conn.query(`RESET enable_progress_bar; RESET progress_bar_time`).catch(() => undefined);
  }
}

const READ = /^\s*(select|with)\b/i;
const PREPARED_LIMIT = 64;

/**
 * Queries kept prepared by their SQL text. A view re-runs the same metric SQL with new filter
 * values on every click; preparing and closing each time costs two more worker round trips per
 * query. A statement may be run again before an earlier run's result is back: the worker runs
 * them in order, and a close is posted after every run already posted. Callers run inside the queue.
 */
function preparedCache(conn: duckdb.AsyncDuckDBConnection) {
  const kept = new Map<string, duckdb.AsyncPreparedStatement>();
  const close = (stmt: duckdb.AsyncPreparedStatement) => stmt.close().catch(() => undefined);
  return {
    /** The statement for `sql`, prepared now if it is not kept; most recently used last. */
    async take(sql: string): Promise<duckdb.AsyncPreparedStatement> {
      let stmt = kept.get(sql);
      if (stmt) kept.delete(sql);
      else stmt = await conn.prepare(sql);
      kept.set(sql, stmt);
      if (kept.size > PREPARED_LIMIT) {
        const [oldest, old] = kept.entries().next().value!;
        kept.delete(oldest);
        void close(old);
      }
      return stmt;
    },
    /** Drop a statement whose run failed (the next run prepares afresh). */
    forget(sql: string, stmt: duckdb.AsyncPreparedStatement) {
      if (kept.get(sql) === stmt) kept.delete(sql);
      void close(stmt);
    },
    async clear() {
      const all = [...kept.values()];
      kept.clear();
      for (const stmt of all) await close(stmt);
    },
  };
}
