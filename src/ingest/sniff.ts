/**
 * The layout of a CSV from its first lines (PapaParse on a preview, never the whole file): the
 * delimiter, which record is the header (export tools put titles and timestamps above it), the
 * cleaned headers and how many columns the data really has. DuckDB then reads the file with it.
 */
import Papa from 'papaparse';
import { cleanHeader, headerKey, uniqueLabels, type CleanHeader } from './names';
import { FOOTER_RE } from './rules';
import { ImportError } from './report';
import { SCHEMA, TABLE_NAMES } from './schema';
import { ROLE_SYNONYMS, synonymsOf } from './synonyms';

export const DELIMITERS = [',', '\t', ';', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Wider than any export we know; a 100k-field line is a broken or hostile file. */
export const MAX_COLUMNS = 2000;

export interface Layout {
  delimiter: Delimiter;
  /** 0-based record index of the header: DuckDB skips this many records, plus the header itself. */
  headerIndex: number;
  /** One per declared column (≥ the header's cells when data rows are wider). */
  headers: CleanHeader[];
  /** Unique, non-empty names for the columns (raw tables use them). */
  labels: string[];
  /** Records above the header (titles, export time), as text. */
  titleLines: string[];
  /** The first data records, for the mapping preview and value checks. */
  sample: string[][];
  /** Records at the end of the file (all data records past the sample when the head is the whole file). */
  tail: string[][];
  /** Report footer lines found at the end of the file. */
  footer: string[];
  /**
   * Empty lines between data rows in the preview. DuckDB drops empty lines before numbering rows,
   * so row numbers after one are off by that many (the report warns).
   */
  blankLines: number;
}

let knownKeys: Set<string> | null = null;
/** Every header spelling the schema knows, as keys. */
function known(): Set<string> {
  if (knownKeys) return knownKeys;
  knownKeys = new Set<string>();
  for (const t of TABLE_NAMES) {
    for (const c of SCHEMA[t].columns) for (const s of [c.name, ...synonymsOf(t, c.name)]) knownKeys.add(headerKey(s));
  }
  for (const list of Object.values(ROLE_SYNONYMS)) for (const s of list) knownKeys.add(headerKey(s));
  return knownKeys;
}

function parse(text: string, delimiter: string, limit = 0): string[][] {
  const out = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', escapeChar: '"', skipEmptyLines: false, preview: limit });
  return out.data;
}

const nonEmpty = (row: string[]) => row.filter((c) => c.trim() !== '').length;

/** The most common field count among rows with more than one field (1 when there are none). */
function modalWidth(rows: string[][]): { width: number; rows: number } {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.length > 1) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let best = { width: 1, rows: 0 };
  for (const [width, n] of counts) if (n > best.rows || (n === best.rows && width > best.width)) best = { width, rows: n };
  return best;
}

/** The delimiter that splits the most lines into the same number of fields. */
export function sniffDelimiter(text: string): Delimiter {
  let best: { d: Delimiter; score: number } = { d: ',', score: 0 };
  for (const d of DELIMITERS) {
    const { rows } = modalWidth(parse(text, d, 100));
    if (rows > best.score) best = { d, score: rows };
  }
  return best.d;
}

/** The record that names the most known columns; without any, the first full-width record. */
export function findHeader(rows: string[][]): number {
  const keys = known();
  const limit = Math.min(rows.length, 50);
  let best = { index: -1, score: 0 };
  for (let i = 0; i < limit; i++) {
    if (nonEmpty(rows[i]) < 2) continue;
    const score = rows[i].filter((c) => keys.has(cleanHeader(c).key)).length;
    if (score > best.score) best = { index: i, score };
  }
  if (best.index >= 0) return best.index;
  const { width } = modalWidth(rows.slice(0, limit));
  const full = rows.findIndex((r, i) => i < limit && nonEmpty(r) >= Math.max(2, Math.ceil(width / 2)));
  return full >= 0 ? full : 0;
}

function footerLines(rows: string[][]): string[] {
  const re = new RegExp(FOOTER_RE, 'i');
  return rows
    .map((r) => r.find((c) => c.trim() !== '')?.trim() ?? '')
    .filter((first) => first !== '' && re.test(first));
}

/**
 * Work out the layout from the head of the file (`complete` when the head is the whole file) and
 * its tail. Throws ImportError when there is no header or the file is absurdly wide.
 */
export function sniffLayout(head: string, complete: boolean, tail = ''): Layout {
  const delimiter = sniffDelimiter(head);
  const rows = parse(head, delimiter);
  if (!complete && rows.length > 1) rows.pop(); // the preview may have cut the last record short
  if (rows.every((r) => nonEmpty(r) === 0)) throw new ImportError('no-header', 'the file has no header row');
  const headerIndex = findHeader(rows);
  const header = rows[headerIndex];
  const data = rows.slice(headerIndex + 1).filter((r) => nonEmpty(r) > 0);
  // Exports that end every data line with a delimiter have one field more than the header.
  const dataWidth = modalWidth(data).width;
  const width = Math.max(header.length, dataWidth > header.length && dataWidth - header.length <= 2 ? dataWidth : 0);
  if (width > MAX_COLUMNS) {
    throw new ImportError('too-many-columns', `the header has ${width} columns (at most ${MAX_COLUMNS})`, { columns: width });
  }
  const headers = Array.from({ length: width }, (_, i) => cleanHeader(header[i] ?? ''));
  const below = rows.slice(headerIndex + 1);
  const lastData = below.findLastIndex((r) => nonEmpty(r) > 0);
  const blankLines = below.slice(0, lastData).filter((r) => r.length === 1 && r[0] === '').length;
  // A short file is all in the head: its footers are below the header; a long one's are in the tail.
  const tailRows = complete ? [] : parse(tail, delimiter).filter((r) => nonEmpty(r) > 0);
  return {
    delimiter,
    headerIndex,
    headers,
    labels: uniqueLabels(headers.map((h) => h.label)),
    titleLines: rows.slice(0, headerIndex).map((r) => r.filter((c) => c.trim() !== '').join(' ')),
    sample: data.slice(0, 50),
    tail: complete ? data.slice(50) : tailRows,
    footer: footerLines(complete ? below : tailRows),
    blankLines,
  };
}
