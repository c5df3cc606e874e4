/**
 * Parquet files, read in JavaScript by hyparquet. DuckDB-WASM 1.32 has no Parquet reader built in
 * (read_parquet traps with "function signature mismatch" in Chromium) and extensions cannot be
 * downloaded offline, so the file is decoded here and its rows reach DuckDB as Arrow. A cell becomes
 * text, written as DuckDB would cast it to VARCHAR, so the staging table looks like a CSV's and the
 * same mapping, typing and checks run on it; except numbers and dates whose target column wants a
 * number or a date: those go over typed (Float64, DateDay), the value their text would read as,
 * so a million of them are not printed here and parsed again by DuckDB. Rows go over in slices
 * (at most one row group, at most SLICE rows) with a pause between them, so a large file does not
 * freeze the page, and a remote file is read by HTTP range requests, never downloaded whole. The module is
 * loaded on first use (plan.ts, load.ts), so hyparquet is not part of the page's start.
 */
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import { cachedAsyncBuffer, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type FileMetaData, type SchemaElement } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { SqlRunner } from '../engine/query';
import { ImportError } from './report';
import { quoteIdent } from './sql';
import type { StagedType } from './stage';
import { textVector, typedVector, type Cell } from './arrow-columns';
import { withSource } from './parquet-source';

export type { AsyncBuffer };

/** Rows per Arrow batch handed to DuckDB: DuckDB's own row groups (122,880 rows) go over whole. */
const SLICE = 131_072;

type Format = (v: unknown) => Cell;

export interface ParquetInfo {
  metadata: FileMetaData;
  /** Top-level column names, in file order. */
  names: string[];
  rows: number;
  formats: Format[];
  /** What each column can be staged as besides text: numbers and dates are stored typed. */
  typable: StagedType[];
}

/** A Uint8Array as hyparquet's AsyncBuffer (slices are copies: hyparquet wants ArrayBuffers). */
export function bytesBuffer(bytes: Uint8Array): AsyncBuffer {
  const n = bytes.length;
  const at = (i: number) => bytes.byteOffset + (i < 0 ? Math.max(0, n + i) : Math.min(i, n));
  return withSource({ byteLength: n, slice: (start, end) => bytes.buffer.slice(at(start), at(end ?? n)) as ArrayBuffer }, { bytes });
}

export function readError(e: unknown): ImportError {
  if (e instanceof ImportError) return e;
  const cause = e instanceof Error ? e.message : String(e);
  return new ImportError('malformed', `the file could not be read as Parquet: ${cause}`, { cause, format: 'Parquet' });
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

const NUMERIC = new Set(['INT32', 'INT64', 'FLOAT', 'DOUBLE']);
const NUMBER_ANNOTATIONS = new Set([undefined, 'DECIMAL', 'INT_8', 'INT_16', 'INT_32', 'INT_64', 'UINT_8', 'UINT_16', 'UINT_32', 'UINT_64', 'INTEGER']);

/** Plain numbers and dates can skip the text round trip; everything else is staged as text. */
function typableAs(el: SchemaElement | undefined): StagedType {
  if (!el) return 'VARCHAR';
  const logical = el.logical_type?.type;
  if (el.converted_type === 'DATE' || logical === 'DATE') return 'DATE';
  if (el.type && NUMERIC.has(el.type) && NUMBER_ANNOTATIONS.has(el.converted_type) && NUMBER_ANNOTATIONS.has(logical)) return 'DOUBLE';
  return 'VARCHAR';
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
    const leaf = (c: (typeof columns)[number]) => (c.children.length === 0 ? c.element : undefined);
    return {
      metadata,
      names: columns.map((c) => c.element.name),
      rows: Number(metadata.num_rows),
      formats: columns.map((c) => formatFor(leaf(c))),
      typable: columns.map((c) => typableAs(leaf(c))),
    };
  } catch (e) {
    throw readError(e);
  }
}

/**
 * A typed cell: the number its text reads as (so a DECIMAL or FLOAT is the same double the text
 * path gives) or the date's day number; null stays null.
 */
function typedCell(type: StagedType, format: Format, v: unknown): number | null {
  if (v === null || v === undefined) return null;
  if (type === 'DATE') {
    const t = v instanceof Date ? v.getTime() : NaN;
    return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
  }
  const text = format(v);
  return text === null ? null : Number(text);
}

/** Rows [start, end), one array per column: text, or numbers for the columns staged typed. */
async function readSlice(file: AsyncBuffer, info: ParquetInfo, start: number, end: number, staged?: StagedType[]): Promise<(Cell | number)[][]> {
  const out = info.names.map(() => new Array<Cell | number>(end - start).fill(null));
  const index = new Map(info.names.map((n, i) => [n, i]));
  try {
    await parquetRead({
      file, metadata: info.metadata, rowStart: start, rowEnd: end, compressors,
      onChunk: ({ columnName, columnData, rowStart, rowEnd }) => {
        const k = index.get(columnName);
        if (k === undefined) return;
        const format = info.formats[k];
        const type = staged?.[k] ?? 'VARCHAR';
        const column = out[k];
        const from = Math.max(rowStart, start);
        const to = Math.min(rowEnd, end);
        if (type === 'VARCHAR') for (let r = from; r < to; r++) column[r - start] = format(columnData[r - rowStart]);
        else for (let r = from; r < to; r++) column[r - start] = typedCell(type, format, columnData[r - rowStart]);
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
  const columns = await readSlice(file, info, 0, n) as Cell[][];
  return Array.from({ length: n }, (_, r) => columns.map((c) => c[r] ?? ''));
}

/** One slice as an Arrow IPC stream: columns c0…cN as staged. */
function sliceIpc(columns: (Cell | number)[][], staged: StagedType[]): Uint8Array {
  const vectors: Record<string, Vector> = {};
  columns.forEach((values, k) => {
    const type = staged[k];
    vectors[`c${k}`] = type === 'VARCHAR' ? textVector(values as Cell[]) : typedVector(values as (number | null)[], type);
  });
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

/** One slice of the rows as an Arrow IPC stream, and the row number it ends before. */
export interface IpcSlice { ipc: Uint8Array; end: number }

/** The file's rows as Arrow IPC slices (c0…cN as staged), in file order. */
export async function* ipcSlices(file: AsyncBuffer, info: ParquetInfo, staged: StagedType[]): AsyncGenerator<IpcSlice> {
  let group = -1;
  let cached = file;
  for (const slice of slices(info)) {
    // A cache per row group: its column chunks are fetched once for all of its slices, then freed.
    if (slice.group !== group) { group = slice.group; cached = cachedAsyncBuffer(file); }
    const columns = await readSlice(cached, info, slice.start, slice.end, staged);
    yield { ipc: sliceIpc(columns, staged), end: slice.end };
  }
}

export interface StageOptions {
  signal?: AbortSignal;
  onRows?: (rows: number) => void;
  /** Per column, the type its target wants: numbers and dates are staged typed where the file's type allows. */
  wanted?: StagedType[];
  /** Where the slices come from: decoded elsewhere (a Web Worker, parquet-thread.ts), or here. */
  decode?: (staged: StagedType[]) => AsyncIterable<IpcSlice>;
}

/**
 * Decode the file into a new table `table` (c0…cN, rows in file order), slice by slice: text, except
 * the numeric and date columns whose target is a number or a date, which are stored typed (no text
 * round trip). Returns each column's staged type. Throws ImportError('malformed') when the file
 * cannot be decoded; the caller drops the table.
 */
export async function stageParquet(runner: SqlRunner, file: AsyncBuffer, table: string, opts: StageOptions = {}): Promise<StagedType[]> {
  const info = await parquetInfo(file);
  const staged = info.typable.map((t, k) => (t !== 'VARCHAR' && t === opts.wanted?.[k] ? t : 'VARCHAR'));
  let created = false;
  for await (const { ipc, end } of opts.decode?.(staged) ?? ipcSlices(file, info, staged)) {
    if (opts.signal?.aborted) throw new ImportError('aborted', 'the import was cancelled');
    await runner.insertArrow(table, ipc, { create: !created });
    created = true;
    opts.onRows?.(end);
    // Decoded on the page's own thread (no worker): let it paint between slices.
    if (!opts.decode) await pause();
  }
  if (!created) {
    const columns = info.names.map((_, k) => `c${k} ${staged[k]}`).join(', ');
    await runner.run(`CREATE TABLE ${quoteIdent(table)} (${columns})`, []);
  }
  return staged;
}
