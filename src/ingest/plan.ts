/**
 * The first half of an import, cheap and side-effect free: what the file is (format, encoding,
 * layout) and how it maps (table, columns), from a preview. The mapping dialog shows this plan;
 * importFile runs it.
 */
import type { SqlRunner } from '../engine/query';
import type { KeyValueStore } from './kv';
import { CONFIDENT, mapColumns, planForTable, rawPlan, type MappingPlan } from './map';
import { recallMapping } from './memory';
import { cleanHeader, uniqueLabels, type CleanHeader } from './names';
import { detectFormat, estimateLines, resolveEncoding, textHead, textTail, type FileFormat, type TextEncodingName, type TextInfo } from './read';
import { ImportError, type ColumnMapping, type MappingSource } from './report';
import { SCHEMA, type TableName } from './schema';
import { sniffLayout, type Layout } from './sniff';
import type { AsyncBuffer } from './parquet';

/**
 * A file to import: its bytes, or for Parquet a reader of byte ranges (a dropped File read by
 * handle, or an https address read by range requests) so large files are never copied whole.
 */
export type ImportFile = { name: string; bytes: Uint8Array } | { name: string; parquet: AsyncBuffer };

export interface PlanOptions {
  /** Read the text in this encoding instead of the detected one. */
  encoding?: TextEncodingName;
  /** Load as this table (or 'raw') instead of the recognised one. */
  table?: TableName | 'raw';
  /** Canonical column → source column index (null: leave unmapped); overrides the automatic mapping. */
  mapping?: Record<string, number | null>;
  /** Where confirmed mappings are remembered (see memory.ts). */
  memory?: KeyValueStore;
}

export interface ImportPlan {
  file: string;
  format: FileFormat;
  /** Null for Parquet. */
  encoding: TextEncodingName | null;
  bom: boolean;
  delimiter: string;
  /** 1-based record number of the header (0 for Parquet). */
  headerRow: number;
  headers: CleanHeader[];
  labels: string[];
  /** First data rows as text, for the mapping preview. */
  sample: string[][];
  titleLines: string[];
  footer: string[];
  mapping: MappingPlan;
  /** Where the mapping came from when not automatic. */
  mappingFrom: 'auto' | 'memory' | 'user';
  /** The table name used if the file loads raw. */
  rawTable: string;
  text?: TextInfo;
  layout?: Layout;
  /** Parquet column names as stored. */
  columnNames?: string[];
  /** CSV: about how many records lie below the header (for the import bar; the report counts them). */
  estimatedRows?: number;
}

const RESERVED = /^(dim_|fact_|__|_)|^(information_schema|pg_catalog|main|temp)$/i;

/** A raw table's name from its file name: `销售 数据(1月).csv` → `销售_数据_1月`; never a canonical or derived name. */
export function rawTableName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt|parquet)$/i, '').normalize('NFKC');
  let name = stem.replace(/[^\p{L}\p{N}_]+/gu, '_').replace(/^_+|_+$/g, '').slice(0, 60) || 'raw_table';
  if (/^\d/.test(name)) name = `t_${name}`;
  const canonical = (Object.keys(SCHEMA) as string[]).includes(name.toLowerCase());
  return canonical || RESERVED.test(name) ? `raw_${name}` : name;
}

function applyMapping(
  base: ColumnMapping[], kind: TableName, headers: CleanHeader[], mapping: Record<string, number | null>, how: MappingSource,
): ColumnMapping[] {
  const columns = base.slice();
  for (const [column, index] of Object.entries(mapping)) {
    if (!SCHEMA[kind].columns.some((c) => c.name === column)) throw new ImportError('bad-option', `${kind} has no column ${column}`);
    if (index !== null && !(Number.isInteger(index) && index >= 0 && index < headers.length)) {
      throw new ImportError('bad-option', `no source column ${String(index)} for ${column}`);
    }
    const keep = columns.filter((c) => c.column !== column && c.index !== index);
    columns.length = 0;
    columns.push(...keep);
    if (index !== null) columns.push({ column, header: headers[index].label, index, confidence: 1, scale: headers[index].scale, how });
  }
  return columns.sort((a, b) => a.index - b.index);
}

/** Table and columns: the user's choice, else a remembered mapping, else recognition. */
export async function chooseMapping(
  headers: CleanHeader[], labels: string[], sample: string[][], fileName: string, opts: PlanOptions,
): Promise<{ plan: MappingPlan; from: ImportPlan['mappingFrom'] }> {
  const remembered = !opts.table && !opts.mapping && opts.memory ? await recallMapping(opts.memory, headers) : null;
  const table = opts.table ?? remembered?.table;
  const mapping = opts.mapping ?? remembered?.mapping;
  const from = opts.table || opts.mapping ? 'user' : remembered ? 'memory' : 'auto';
  if (table === 'raw') return { plan: rawPlan(headers, labels), from };
  if (table && !(table in SCHEMA)) throw new ImportError('bad-option', `unknown table ${String(table)}`);
  const auto = mapColumns(headers, labels, sample, fileName);
  const kind = table ?? (auto.kind === 'raw' ? null : auto.kind);
  if (!kind) return { plan: auto, from };
  const base = table && table !== auto.kind ? planForTable(kind, headers, sample).columns : auto.kind === kind ? auto.columns : [];
  const columns = mapping ? applyMapping(base, kind, headers, mapping, from === 'memory' ? 'memory' : 'user') : base;
  const plan = planForTable(kind, headers, sample, columns);
  const required = new Set(SCHEMA[kind].required.flat());
  const unsure = plan.columns.some((c) => required.has(c.column) && c.confidence < CONFIDENT);
  const needsReview = plan.missing.length > 0 || (from === 'auto' ? auto.needsReview : unsure);
  return { plan: { ...plan, alternatives: auto.alternatives, needsReview }, from };
}

/** The file as hyparquet reads it: its range reader, or its bytes wrapped as one. */
export async function parquetBuffer(file: ImportFile): Promise<AsyncBuffer> {
  if ('parquet' in file) return file.parquet;
  let buffer = buffers.get(file.bytes);
  if (!buffer) {
    buffer = (await import('./parquet')).bytesBuffer(file.bytes);
    buffers.set(file.bytes, buffer);
  }
  return buffer;
}

const buffers = new WeakMap<Uint8Array, AsyncBuffer>();

async function planParquet(file: ImportFile, opts: PlanOptions): Promise<ImportPlan> {
  const { parquetInfo, parquetSample } = await import('./parquet');
  const source = await parquetBuffer(file);
  const info = await parquetInfo(source);
  const sample = await parquetSample(source, info);
  const headers = info.names.map(cleanHeader);
  const labels = uniqueLabels(headers.map((h) => h.label));
  const { plan, from } = await chooseMapping(headers, labels, sample, file.name, opts);
  return {
    file: file.name, format: 'parquet', encoding: null, bom: false, delimiter: '', headerRow: 0, headers, labels, sample,
    titleLines: [], footer: [], mapping: plan, mappingFrom: from, rawTable: rawTableName(file.name), columnNames: info.names,
  };
}

/** Read the preview and decide everything; changes nothing in the database. */
export async function planImport(_runner: SqlRunner, file: ImportFile, opts: PlanOptions = {}): Promise<ImportPlan> {
  if ('parquet' in file) return planParquet(file, opts);
  const format = detectFormat(file.bytes);
  if (format === 'parquet') return planParquet(file, opts);
  const text = resolveEncoding(file.bytes, opts.encoding);
  const head = textHead(file.bytes, text);
  const layout = sniffLayout(head.text, head.complete, textTail(file.bytes, text));
  const { plan, from } = await chooseMapping(layout.headers, layout.labels, layout.sample, file.name, opts);
  return {
    file: file.name, format, encoding: text.encoding, bom: text.bom, delimiter: layout.delimiter,
    headerRow: layout.headerIndex + 1, headers: layout.headers, labels: layout.labels, sample: layout.sample,
    titleLines: layout.titleLines, footer: layout.footer, mapping: plan, mappingFrom: from,
    rawTable: rawTableName(file.name), text, layout,
    estimatedRows: Math.max(0, estimateLines(file.bytes, text) - layout.headerIndex - 1),
  };
}
