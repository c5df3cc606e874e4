/**
 * The query contract every layer above uses: `query(sql, params)` runs a prepared statement and
 * returns plain rows. It is the same in the browser (worker) and in Node (tests), only the
 * `SqlRunner` underneath differs.
 */
import type { Table } from 'apache-arrow';
import { tableToRows, type Row } from './rows';

export type Param = string | number | boolean | null;

/** A long statement's watchers: `signal` cancels it while it runs, `onProgress` hears how far it got (0–1). */
export interface LongRunOptions { signal?: AbortSignal; onProgress?: (fraction: number) => void }

/** What a cancelled long statement rejects with. */
export class StatementCancelled extends Error {
  constructor() {
    super('the statement was cancelled');
    this.name = 'StatementCancelled';
  }
}

/** The minimal surface of a DuckDB connection we depend on. */
export interface SqlRunner {
  /** Run one statement with bound parameters (`?` placeholders). */
  run(sql: string, params: readonly Param[]): Promise<Table>;
  /**
   * Run one long statement without parameters (an import's typed read of a whole file) so that it
   * can be cancelled while it runs and say how far it got. Where the engine cannot stop a running
   * statement (Node's blocking build), the signal is checked before and after it.
   */
  runLong(sql: string, opts: LongRunOptions): Promise<void>;
  /** Register bytes as a file DuckDB can read by name (e.g. a Parquet file). */
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
  /** The bytes of a file DuckDB wrote (e.g. by `COPY … TO 'x.parquet'`), for persistence. */
  copyFileToBuffer(name: string): Promise<Uint8Array>;
  /**
   * Add the rows of an Arrow IPC stream to `table` (created from the stream's schema when `create`).
   * Parquet import uses it: the wasm build has no Parquet reader, so rows arrive as Arrow.
   */
  insertArrow(table: string, ipc: Uint8Array, opts: { create: boolean }): Promise<void>;
}

export type QueryFn = (sql: string, params?: readonly Param[]) => Promise<Row[]>;

export function createQuery(runner: SqlRunner): QueryFn {
  return async (sql, params = []) => tableToRows(await runner.run(sql, params));
}

/** One answer of a query: what `npm run sample:first-view` stores for the sample's first view. */
export interface Answer { sql: string; params: Param[]; rows: Row[] }

/** A cached `query` that can also list the answers it holds. */
export interface CachedQuery extends QueryFn {
  /** Every answer held that has arrived, oldest first (failed and pending ones left out). */
  answers(): Promise<Answer[]>;
}

const answerKey = (sql: string, params: readonly Param[]) => `${sql}\u0000${JSON.stringify(params)}`;

/**
 * `query` with its answers kept while the data stays the same: views ask the same questions again
 * (Back, a filter taken off, crossfilter charts that leave out their own filter, the comparison
 * period of one view being the period of another). Make a new one for every version of the data,
 * so nothing stale survives a change. A failed query is not kept. Each caller gets its own copy
 * of the rows, so a caller that sorts or edits them cannot change another's answer. `seed` holds
 * answers known before the engine is up (the sample's first view), for exactly this data.
 */
export function cachedQuery(query: QueryFn, limit = 500, seed: readonly Answer[] = []): CachedQuery {
  const answers = new Map<string, { sql: string; params: Param[]; rows: Promise<Row[]> }>();
  for (const a of seed) answers.set(answerKey(a.sql, a.params), { sql: a.sql, params: a.params, rows: Promise.resolve(a.rows) });
  const cached: QueryFn = (sql, params = []) => {
    const key = answerKey(sql, params);
    let answer = answers.get(key);
    if (answer) {
      answers.delete(key); // most recently used last
    } else {
      answer = { sql, params: [...params], rows: query(sql, params) };
      answer.rows.catch(() => answers.delete(key));
      if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    }
    answers.set(key, answer);
    return answer.rows.then((rows) => rows.map((r) => ({ ...r })));
  };
  return Object.assign(cached, {
    async answers(): Promise<Answer[]> {
      const settled = await Promise.all([...answers.values()].map(async (a) => {
        try {
          return { sql: a.sql, params: a.params, rows: await a.rows };
        } catch {
          return null;
        }
      }));
      return settled.filter((a): a is Answer => a !== null);
    },
  });
}

export type { Row };
