/**
 * The query contract every layer above uses: `query(sql, params)` runs a prepared statement and
 * returns plain rows. It is the same in the browser (worker) and in Node (tests), only the
 * `SqlRunner` underneath differs.
 */
import type { Table } from 'apache-arrow';
import { tableToRows, type Row } from './rows';

export type Param = string | number | boolean | null;

/** The minimal surface of a DuckDB connection we depend on. */
export interface SqlRunner {
  /** Run one statement with bound parameters (`?` placeholders). */
  run(sql: string, params: readonly Param[]): Promise<Table>;
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

/**
 * `query` with its answers kept while the data stays the same: views ask the same questions again
 * (Back, a filter taken off, crossfilter charts that leave out their own filter, the comparison
 * period of one view being the period of another). Make a new one for every version of the data,
 * so nothing stale survives a change. A failed query is not kept. Each caller gets its own copy
 * of the rows, so a caller that sorts or edits them cannot change another's answer.
 */
export function cachedQuery(query: QueryFn, limit = 500): QueryFn {
  const answers = new Map<string, Promise<Row[]>>();
  return (sql, params = []) => {
    const key = `${sql}\u0000${JSON.stringify(params)}`;
    let answer = answers.get(key);
    if (answer) {
      answers.delete(key); // most recently used last
    } else {
      answer = query(sql, params);
      answer.catch(() => answers.delete(key));
      if (answers.size >= limit) answers.delete(answers.keys().next().value as string);
    }
    answers.set(key, answer);
    return answer.then((rows) => rows.map((r) => ({ ...r })));
  };
}

export type { Row };
