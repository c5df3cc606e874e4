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

export type { Row };
