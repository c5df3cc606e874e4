/**
 * Loaded data survives a reload: each imported table is exported inside DuckDB and kept in a
 * KeyValueStore (IndexedDB in the browser) with a small manifest; restore() loads them back.
 * Files rather than a persisted database, because an OPFS database has been reported to reopen
 * empty (duckdb-wasm#2236). The files are gzipped CSV with the column types in the manifest, not
 * Parquet: DuckDB-WASM 1.32's Parquet writer fails in Chromium ("function signature mismatch",
 * checked in headless Chromium) and hangs in Node (duckdb-wasm#2010). Reading Parquet is fine.
 *
 * A table is written in slices of rows, each its own COPY statement and its own stored value: the
 * engine runs one statement at a time, and one COPY of a million rows held it for seconds, so the
 * user's first clicks after an import waited behind the save. Between slices their queries run.
 */
import type { SqlRunner } from '../engine/query';
import { fingerprint, SOURCE_COLUMN, tableColumns } from './commit';
import type { KeyValueStore } from './kv';
import { SCHEMA, TABLE_NAMES, type TableName } from './schema';
import { quoteIdent, sqlString } from './sql';

export interface StoredTable {
  name: string;
  kind: TableName | 'raw';
  rows: number;
  columns: string[];
  /** SQL type of each column, in order: the stored CSV is read back with exactly these. */
  types: string[];
  sources: { name: string; rows: number }[];
  /** Range of the table's first date column (order_date for orders). */
  dateRange: { column: string; min: string; max: string } | null;
  fingerprint: string;
  bytes: number;
  savedAt: string;
  /** Where the table's bytes are stored, in manifests written before tables were saved in slices (absent in older ones still). */
  key?: string;
  /** Where the table's slices are stored, in row order: each a gzipped CSV with its own header. */
  keys?: string[];
}

export interface Manifest { version: 1; tables: StoredTable[] }

export interface SaveResult { persistent: boolean; manifest: Manifest; error?: string }

const MANIFEST = 'data:manifest';
const blobKey = (table: string) => `data:table:${table}`;
let saves = 0;
/** A new key per save: the manifest names the bytes it describes, so a save cut short by a reload leaves the last one whole. */
const newBlobKey = (table: string) => `${blobKey(table)}:${Date.now().toString(36)}${(++saves).toString(36)}`;
/** The stored values holding a table's rows, in order, for manifests of every format so far. */
const keysOf = (t: StoredTable): string[] => t.keys ?? [t.key ?? blobKey(t.name)];

/**
 * Rows per saved slice. One slice of 100,000 orders rows is one COPY statement of 0.7–1.5 s in Node
 * DuckDB-WASM (the whole million rows was 6.4–8 s in one).
 */
export const SAVE_SLICE_ROWS = 100_000;

export async function readManifest(store: KeyValueStore | null): Promise<Manifest> {
  const raw = store ? await store.get(MANIFEST).catch(() => undefined) : undefined;
  if (typeof raw !== 'string') return { version: 1, tables: [] };
  try {
    const m = JSON.parse(raw) as Manifest;
    return m.version === 1 && Array.isArray(m.tables) ? m : { version: 1, tables: [] };
  } catch {
    return { version: 1, tables: [] };
  }
}

const plain = async (runner: SqlRunner, sql: string, params: string[] = []) =>
  (await runner.run(sql, params)).toArray().map((r) => r.toJSON() as Record<string, unknown>);

/** The first and last date of a table: its canonical date column, or a raw table's first DATE column. */
async function rangeOf(runner: SqlRunner, table: string, kind: TableName | 'raw', columns: Map<string, string>): Promise<StoredTable['dateRange']> {
  const dateColumn = kind === 'raw'
    ? [...columns].find(([, t]) => t === 'DATE')?.[0]
    : SCHEMA[kind].columns.find((c) => c.type === 'DATE' && columns.has(c.name))?.name;
  if (!dateColumn) return null;
  const d = quoteIdent(dateColumn);
  const r = (await plain(runner, `SELECT CAST(min(${d}) AS VARCHAR) AS lo, CAST(max(${d}) AS VARCHAR) AS hi FROM ${quoteIdent(table)}`))[0];
  return r.lo !== null && r.hi !== null ? { column: dateColumn, min: String(r.lo), max: String(r.hi) } : null;
}

/** A loaded table's date range (the data page shows it for the sample too, which is not stored). */
export async function tableDateRange(runner: SqlRunner, table: string): Promise<StoredTable['dateRange']> {
  const columns = await tableColumns(runner, table);
  if (!columns) return null;
  return rangeOf(runner, table, (TABLE_NAMES as readonly string[]).includes(table) ? (table as TableName) : 'raw', columns);
}

/** What the data page shows for a table: rows, sources, date range, fingerprint. */
export async function describeTable(runner: SqlRunner, table: string): Promise<Omit<StoredTable, 'bytes' | 'savedAt'> | null> {
  const columns = await tableColumns(runner, table);
  if (!columns) return null;
  const kind = (TABLE_NAMES as readonly string[]).includes(table) ? (table as TableName) : 'raw';
  const q = quoteIdent(table);
  const rows = Number((await plain(runner, `SELECT count(*) AS n FROM ${q}`))[0].n);
  const sources = columns.has(SOURCE_COLUMN)
    ? (await plain(runner, `SELECT ${SOURCE_COLUMN} AS s, count(*) AS n FROM ${q} GROUP BY ALL ORDER BY min(rowid)`))
        .map((r) => ({ name: r.s === null ? '' : String(r.s), rows: Number(r.n) }))
    : [];
  const dateRange = await rangeOf(runner, table, kind, columns);
  const content = [...columns.keys()].filter((c) => c !== SOURCE_COLUMN);
  return {
    name: table, kind, rows, columns: [...columns.keys()], types: [...columns.values()], sources, dateRange,
    fingerprint: await fingerprint(runner, table, content),
  };
}

let exports = 0;

/** Rows `from <= rowid < to` of a table as gzipped CSV bytes, written by DuckDB (NULL written as \N, so an empty string stays one). */
async function exportRows(runner: SqlRunner, table: string, from: number, to: number): Promise<Uint8Array> {
  const file = `__persist_${++exports}_${Date.now().toString(36)}.csv.gz`;
  // The rowid range is a filter of the table scan, which skips the row groups outside it: a slice
  // at the end of a million rows takes no longer than one at the start. LIMIT/OFFSET measured up to
  // three times slower in total, its slices growing with the offset.
  await runner.run(`COPY (SELECT * FROM ${quoteIdent(table)} WHERE rowid >= ${from} AND rowid < ${to}) TO ${sqlString(file)} ` +
    `(FORMAT csv, HEADER true, COMPRESSION gzip, NULLSTR '\\N')`, []);
  try {
    return await runner.copyFileToBuffer(file);
  } finally {
    await runner.dropFile(file).catch(() => undefined);
  }
}

/**
 * Store a table in slices of `sliceRows` rowids under new keys `base:0`, `base:1`…, each slice its
 * own statement, so the user's queries run between them. Rowids have gaps after a DELETE (removing
 * one file from a table); a slice may then hold fewer rows, or none (a header only). A table with
 * no rows is one such slice.
 */
async function storeSlices(runner: SqlRunner, store: KeyValueStore, table: string, base: string, sliceRows: number): Promise<{ keys: string[]; bytes: number }> {
  const r = (await plain(runner, `SELECT min(rowid) AS lo, max(rowid) AS hi FROM ${quoteIdent(table)}`))[0];
  const lo = r.lo === null ? 0 : Number(r.lo);
  const hi = r.hi === null ? 0 : Number(r.hi);
  const keys: string[] = [];
  let bytes = 0;
  for (let from = lo; from <= hi; from += sliceRows) {
    const slice = await exportRows(runner, table, from, from + sliceRows);
    const key = `${base}:${keys.length}`;
    await store.set(key, slice);
    keys.push(key);
    bytes += slice.length;
  }
  return { keys, bytes };
}

export interface SaveOptions {
  /** Rows per slice (a parameter so tests can use small ones). */
  sliceRows?: number;
}

/**
 * Save tables (after an import, or after removing a file from one) and update the manifest. A
 * table that no longer exists is removed from storage. The new bytes go under new keys and the
 * manifest is written last, then the old bytes are deleted: a reload at any point restores either
 * the previous save or this one, whole. Never throws: `persistent: false` says the data lives only
 * in this tab.
 */
export async function saveTables(runner: SqlRunner, store: KeyValueStore | null, tables: string[], opts: SaveOptions = {}): Promise<SaveResult> {
  const sliceRows = Math.max(1, Math.floor(opts.sliceRows ?? SAVE_SLICE_ROWS));
  const manifest = await readManifest(store);
  if (!store) return { persistent: false, manifest, error: 'browser storage is not available' };
  try {
    for (const table of tables) {
      const info = await describeTable(runner, table);
      manifest.tables = manifest.tables.filter((t) => t.name !== table);
      if (!info) continue;
      const { keys, bytes } = await storeSlices(runner, store, table, newBlobKey(table), sliceRows);
      manifest.tables.push({ ...info, bytes, savedAt: new Date().toISOString(), keys });
    }
    await store.set(MANIFEST, JSON.stringify(manifest));
    await dropUnlisted(store, manifest, tables);
    return { persistent: true, manifest };
  } catch (e) {
    return { persistent: false, manifest, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Delete the tables' stored bytes the manifest no longer names (replaced, or left by a save cut short). */
async function dropUnlisted(store: KeyValueStore, manifest: Manifest, tables: string[]): Promise<void> {
  const live = new Set(manifest.tables.flatMap(keysOf));
  for (const table of tables) {
    const own = (key: string) => key === blobKey(table) || key.startsWith(`${blobKey(table)}:`);
    for (const key of await store.keys(blobKey(table))) if (own(key) && !live.has(key)) await store.delete(key);
  }
}

/** Types come back from storage: only plain type names (VARCHAR, DOUBLE, DECIMAL(18,2)…) are accepted. */
const TYPE_RE = /^[A-Z][A-Z0-9_]*( ?\(\d+(, ?\d+)?\))?(\[\])?$/;

/**
 * Load a stored table, atomically: its slices one after another into a staging table, which is
 * swapped in only once all of them loaded. A missing or unreadable slice leaves the table as it was.
 */
async function loadStored(runner: SqlRunner, store: KeyValueStore, t: StoredTable): Promise<void> {
  if (t.columns.length !== t.types.length || !t.types.every((x) => TYPE_RE.test(x))) throw new Error('stored column types are not valid');
  const keys = keysOf(t);
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) throw new Error('stored data is missing');
  const staging = `__restore_${++exports}`;
  const columns = `{${t.columns.map((c, i) => `${sqlString(c)}: ${sqlString(t.types[i])}`).join(', ')}}`;
  try {
    for (const [i, key] of keys.entries()) {
      const bytes = await store.get(key);
      if (!(bytes instanceof Uint8Array)) throw new Error('stored data is missing');
      const file = `${staging}_${i}.csv.gz`;
      await runner.registerFile(file, bytes);
      try {
        await runner.run(`${i === 0 ? `CREATE TABLE ${quoteIdent(staging)} AS` : `INSERT INTO ${quoteIdent(staging)}`} ` +
          `SELECT * FROM read_csv(${sqlString(file)}, compression = 'gzip', header = true, auto_detect = false, ` +
          `columns = ${columns}, nullstr = '\\N', delim = ',', quote = '"', escape = '"', parallel = false)`, []);
      } finally {
        await runner.dropFile(file).catch(() => undefined);
      }
    }
    await runner.run(`BEGIN TRANSACTION; DROP TABLE IF EXISTS ${quoteIdent(t.name)}; ` +
      `ALTER TABLE ${quoteIdent(staging)} RENAME TO ${quoteIdent(t.name)}; COMMIT;`, []).catch(async (e) => {
      await runner.run('ROLLBACK', []).catch(() => undefined);
      throw e;
    });
  } finally {
    await runner.run(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`, []).catch(() => undefined);
  }
}

export interface RestoreResult { restored: StoredTable[]; failed: { name: string; error: string }[] }

/** Load every stored table back into DuckDB. The caller runs buildModel() afterwards. */
export async function restore(runner: SqlRunner, store: KeyValueStore | null): Promise<RestoreResult> {
  const result: RestoreResult = { restored: [], failed: [] };
  for (const t of (await readManifest(store)).tables) {
    try {
      await loadStored(runner, store!, t);
      result.restored.push(t);
    } catch (e) {
      result.failed.push({ name: t.name, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return result;
}

/** Remove one file's rows from a table (or the table, when it was the only file), then save. */
export async function removeSource(runner: SqlRunner, store: KeyValueStore | null, table: string, source: string): Promise<SaveResult> {
  const columns = await tableColumns(runner, table);
  if (columns?.has(SOURCE_COLUMN)) {
    await runner.run(`DELETE FROM ${quoteIdent(table)} WHERE ${SOURCE_COLUMN} = ?`, [source]);
    const left = Number((await plain(runner, `SELECT count(*) AS n FROM ${quoteIdent(table)}`))[0].n);
    if (left === 0) await runner.run(`DROP TABLE ${quoteIdent(table)}`, []);
  }
  return saveTables(runner, store, [table]);
}

/** Drop a table and its stored copy. */
export async function removeTable(runner: SqlRunner, store: KeyValueStore | null, table: string): Promise<SaveResult> {
  await runner.run(`DROP TABLE IF EXISTS ${quoteIdent(table)}`, []);
  return saveTables(runner, store, [table]);
}

/** Forget all stored data (mapping memory is a setting and stays). */
export async function clear(store: KeyValueStore | null): Promise<void> {
  if (!store) return;
  for (const key of await store.keys('data:')) await store.delete(key);
}

export interface Usage { bytes: number; tables: number; quota: number | null; persistent: boolean }

/** Space used by stored tables, and the browser's quota where it tells. */
export async function usage(store: KeyValueStore | null): Promise<Usage> {
  const manifest = await readManifest(store);
  const bytes = manifest.tables.reduce((s, t) => s + t.bytes, 0);
  let quota: number | null = null;
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (storage?.estimate) quota = (await storage.estimate().catch(() => ({ quota: undefined }))).quota ?? null;
  return { bytes, tables: manifest.tables.length, quota, persistent: store !== null };
}
