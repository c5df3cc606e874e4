/**
 * Parquet files, read in JavaScript by hyparquet. DuckDB-WASM 1.32 has no Parquet reader built in
 * (read_parquet traps with "function signature mismatch" in Chromium) and extensions cannot be
 * downloaded offline, so the file is decoded here and its rows reach DuckDB as Arrow. Every cell
 * becomes text, written as DuckDB would cast it to VARCHAR, so the staging table looks exactly like
 * a CSV's and the same mapping, typing and checks run on it. Rows go over in slices (at most one
 * row group, at most SLICE rows) with a pause between them, so a large file does not freeze the
 * page, and a remote file is read by HTTP range requests, never downloaded whole. The module is
 * loaded on first use (plan.ts, load.ts), so hyparquet is not part of the page's start.
 */
import { makeData, makeVector, Table, tableToIPC, Utf8, type Vector } from 'apache-arrow';
import { cachedAsyncBuffer, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { SqlRunner } from '../engine/query';
import { ImportError } from './report';
import { quoteIdent } from './sql';

export type { AsyncBuffer };

/** Rows per Arrow batch handed to DuckDB: DuckDB's own row groups (122,880 rows) go over whole. */
const SLICE = 131_072;

type Cell = string | null;
type Format = (v: unknown) => Cell;

export interface ParquetInfo {
  metadata: FileMetaData;
  /** Top-level column names, in file order. */
  names: string[];
  rows: number;
  formats: Format[];
}

/** A Uint8Array as hyparquet's AsyncBuffer (slices are copies: hyparquet wants ArrayBuffers). */
export function bytesBuffer(bytes: Uint8Array): AsyncBuffer {
  const n = bytes.length;
  const at = (i: number) => bytes.byteOffset + (i < 0 ? Math.max(0, n + i) : Math.min(i, n));
  return { byteLength: n, slice: (start, end) => bytes.buffer.slice(at(start), at(end ?? n)) as ArrayBuffer };
}

export function readError(e: unknown): ImportError {
  if (e instanceof ImportError) return e;
  const cause = e instanceof Error ? e.message : String(e);
  return new ImportError('malformed', `the file could not be read as Parquet: ${cause}`, { cause });
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function dateText(d: Date): Cell {
  if (Number.isNaN(d.getTime())) return null;
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function timestampText(d: Date): Cell {
  const day = dateText(d);
  if (day === null) return null;
  const ms = d.getUTCMilliseconds();
  return `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? `.${pad(ms, 3)}` : ''}`;
}

/** A FLOAT (32-bit) in its shortest form: 0.1f is "0.1", not 0.10000000149011612. */
function float32Text(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  for (let p = 1; p <= 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return String(Number(s));
  }
  return String(v);
}

const json = (v: unknown) => JSON.stringify(v, (_, x) => (typeof x === 'bigint' ? x.toString() : x instanceof Date ? timestampText(x) : x));

function plainText(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return timestampText(v);
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return json(v);
}

/** How a column's decoded values become text, by its Parquet type. */
function formatFor(el: SchemaElement | undefined): Format {
  if (!el) return plainText;
  const logical = el.logical_type?.type;
  if (el.converted_type === 'DATE' || logical === 'DATE') return (v) => (v instanceof Date ? dateText(v) : plainText(v));
  if (el.converted_type === 'DECIMAL') {
    // hyparquet has already divided by 10^scale, in floating point: print the stored digits back.
    const scale = el.scale ?? 0;
    return (v) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(scale) : plainText(v));
  }
  if (logical === 'DECIMAL') {
    // Unscaled integers (no converted type to tell hyparquet): place the decimal point exactly.
    const scale = el.scale ?? 0;
    return (v) => (typeof v === 'number' || typeof v === 'bigint' ? unscaledText(BigInt(v), scale) : plainText(v));
  }
  if (el.type === 'FLOAT') return (v) => (typeof v === 'number' ? float32Text(v) : plainText(v));
  return plainText;
}

function unscaledText(n: bigint, scale: number): string {
  if (scale <= 0) return n.toString();
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, '0');
  return `${n < 0n ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const infos = new WeakMap<AsyncBuffer, Promise<ParquetInfo>>();

/** The footer: column names, row count, formats. Cached per buffer (plan and import read it once). */
export function parquetInfo(file: AsyncBuffer): Promise<ParquetInfo> {
  let info = infos.get(file);
  if (!info) {
    info = readInfo(file);
    infos.set(file, info);
  }
  return info;
}

async function readInfo(file: AsyncBuffer): Promise<ParquetInfo> {
  try {
    const metadata = await parquetMetadataAsync(file);
    const columns = parquetSchema(metadata).children;
    if (columns.length === 0) throw new ImportError('no-header', 'the Parquet file has no columns');
    return {
      metadata,
      names: columns.map((c) => c.element.name),
      rows: Number(metadata.num_rows),
      formats: columns.map((c) => formatFor(c.children.length === 0 ? c.element : undefined)),
    };
  } catch (e) {
    throw readError(e);
  }
}

/** Rows [start, end) as text, one array per column. */
async function readSlice(file: AsyncBuffer, info: ParquetInfo, start: number, end: number): Promise<Cell[][]> {
  const out = info.names.map(() => new Array<Cell>(end - start).fill(null));
  const index = new Map(info.names.map((n, i) => [n, i]));
  try {
    await parquetRead({
      file, metadata: info.metadata, rowStart: start, rowEnd: end, compressors,
      onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
        const k = index.get(columnName);
        if (k === undefined) return;
        const format = info.formats[k];
        const column = out[k];
        for (let r = Math.max(rowStart, start); r < Math.min(rowEnd, end); r++) column[r - start] = format(columnData[r - rowStart]);
      },
    });
  } catch (e) {
    throw readError(e);
  }
  return out;
}

/** The first rows as text ('' for null), for the mapping preview. */
export async function parquetSample(file: AsyncBuffer, info: ParquetInfo, limit = 50): Promise<string[][]> {
  const n = Math.min(limit, info.rows);
  if (n === 0) return [];
  const columns = await readSlice(file, info, 0, n);
  return Array.from({ length: n }, (_, r) => columns.map((c) => c[r] ?? ''));
}

const encoder = new TextEncoder();

/**
 * Text cells as an Arrow Utf8 vector, built from its buffers directly. (Arrow's builders compile
 * their null check with `new Function`, which the page's Content-Security-Policy forbids.)
 */
function utf8Vector(values: Cell[]): Vector {
  const n = values.length;
  const offsets = new Int32Array(n + 1);
  const valid = new Uint8Array((n + 7) >> 3);
  let bytes = new Uint8Array(Math.max(1024, n * 16));
  let end = 0;
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v === null) nullCount++;
    else {
      valid[i >> 3] |= 1 << (i & 7);
      if (end + v.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, end + v.length * 3));
        grown.set(bytes.subarray(0, end));
        bytes = grown;
      }
      end += encoder.encodeInto(v, bytes.subarray(end)).written;
    }
    offsets[i + 1] = end;
  }
  return makeVector(makeData({
    type: new Utf8(), length: n, nullCount, nullBitmap: nullCount > 0 ? valid : null, valueOffsets: offsets, data: bytes.subarray(0, end),
  }));
}

/** One slice as an Arrow IPC stream: `__row` (1-based record number) and text columns c0…cN. */
function sliceIpc(columns: Cell[][], start: number): Uint8Array {
  const n = columns[0]?.length ?? 0;
  const vectors: Record<string, Vector> = { __row: makeVector(Int32Array.from({ length: n }, (_, i) => start + i + 1)) };
  columns.forEach((values, k) => (vectors[`c${k}`] = utf8Vector(values)));
  return tableToIPC(new Table(vectors), 'stream');
}

/** Row-group slices of the file: [start, end) pairs, none longer than SLICE. */
function slices(info: ParquetInfo): { start: number; end: number; group: number }[] {
  const out: { start: number; end: number; group: number }[] = [];
  let groupStart = 0;
  info.metadata.row_groups.forEach((g, group) => {
    const groupEnd = groupStart + Number(g.num_rows);
    for (let s = groupStart; s < groupEnd; s += SLICE) out.push({ start: s, end: Math.min(s + SLICE, groupEnd), group });
    groupStart = groupEnd;
  });
  return out;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface StageOptions {
  signal?: AbortSignal;
  onRows?: (rows: number) => void;
}

/**
 * Decode the file into a new table `table` (`__row` INTEGER, c0…cN VARCHAR), slice by slice.
 * Throws ImportError('malformed') when the file cannot be decoded; the caller drops the table.
 */
export async function stageParquet(runner: SqlRunner, file: AsyncBuffer, table: string, opts: StageOptions = {}): Promise<ParquetInfo> {
  const info = await parquetInfo(file);
  let created = false;
  let group = -1;
  let cached = file;
  for (const slice of slices(info)) {
    if (opts.signal?.aborted) throw new ImportError('aborted', 'the import was cancelled');
    // A cache per row group: its column chunks are fetched once for all of its slices, then freed.
    if (slice.group !== group) { group = slice.group; cached = cachedAsyncBuffer(file); }
    const columns = await readSlice(cached, info, slice.start, slice.end);
    await runner.insertArrow(table, sliceIpc(columns, slice.start), { create: !created });
    created = true;
    opts.onRows?.(slice.end);
    await pause();
  }
  if (!created) {
    const columns = info.names.map((_, k) => `c${k} VARCHAR`).join(', ');
    await runner.run(`CREATE TABLE ${quoteIdent(table)} (__row INTEGER, ${columns})`, []);
  }
  return info;
}
