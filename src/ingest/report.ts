/**
 * What an import tells the user: the import report (per file), the error an import can stop with,
 * and the report as a downloadable CSV. Plain data, so the UI can render and translate it.
 */
import type { TableName } from './schema';

/** Why a row was left out. */
export type SkipReason =
  | 'blank' | 'total' | 'footer' | 'voided' | 'not-approved' | 'gift'
  | 'too-many-fields' | 'missing-value' | 'invalid-value';

export const SKIP_REASONS: readonly SkipReason[] = [
  'blank', 'total', 'footer', 'voided', 'not-approved', 'gift', 'too-many-fields', 'missing-value', 'invalid-value',
];

/** `row` is the record's number in the file, the header and the lines above it counted (1-based). */
export interface SkippedRow { row: number; reason: SkipReason; column?: string; value?: string }

/** A value that did not parse in an optional column: the row was kept, the cell set to NULL. */
export interface BlankedCell { row: number; column: string; value: string }

export type MappingSource = 'synonym' | 'fuzzy' | 'value' | 'memory' | 'user';

export interface ColumnMapping {
  /** Canonical column (or, for raw tables, the cleaned header). */
  column: string;
  /** The header as written in the file, and its 0-based position. */
  header: string;
  index: number;
  /** 0–1; below CONFIDENT the mapping step should ask. */
  confidence: number;
  /** Multiplier from a unit in the header: 金额(万元) → 10000. */
  scale: number;
  how: MappingSource;
}

export interface ImportWarning {
  code:
    | 'date-order-ambiguous' | 'date-order-inconsistent' | 'region-derived' | 'partner-id-from-name'
    | 'returns-negated' | 'source-renamed' | 'duplicate-keys' | 'decimal-comma' | 'row-numbers-approximate'
    | 'columns-added' | 'footer-lines';
  column?: string;
  rows?: number;
  detail?: string;
}

export interface Duplicates {
  key: string[];
  /** Rows whose key appears more than once in this file. */
  inFile: number;
  /** Rows whose key was already in the table (append). */
  existing: number;
  examples: string[];
}

export interface ImportReport {
  file: string;
  /** The name the rows are tagged with in `_source` (the file name, made unique within the table). */
  source: string;
  /** The table written: a canonical name, or the raw table's name. */
  table: string;
  kind: TableName | 'raw';
  format: 'csv' | 'parquet';
  encoding: string;
  bom: boolean;
  delimiter: string;
  /** 1-based record number of the header row (0 for Parquet). */
  headerRow: number;
  headers: string[];
  mode: 'replace' | 'append';
  rowsRead: number;
  rowsLoaded: number;
  /** Capped at SKIP_LIST_CAP entries; `skippedCounts` has the full counts. */
  skipped: SkippedRow[];
  skippedCounts: Record<SkipReason, number>;
  blanked: BlankedCell[];
  blankedCount: number;
  columnsIgnored: string[];
  mapping: ColumnMapping[];
  duplicates: Duplicates | null;
  warnings: ImportWarning[];
  ms: number;
}

export const SKIP_LIST_CAP = 1000;

export type ImportErrorCode =
  | 'empty' | 'binary' | 'unsupported-format' | 'encoding' | 'no-header' | 'too-many-columns'
  | 'no-rows' | 'missing-required' | 'line-too-long' | 'malformed' | 'aborted' | 'bad-option' | 'network';

/** An import that stopped. Nothing was changed; `code` is for the UI's message, `message` for logs. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly detail: Record<string, unknown>;
  constructor(code: ImportErrorCode, message: string, detail: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.detail = detail;
  }
}

export function emptyCounts(): Record<SkipReason, number> {
  return Object.fromEntries(SKIP_REASONS.map((r) => [r, 0])) as Record<SkipReason, number>;
}

/** Spreadsheets run cells starting with these as formulas; a leading apostrophe makes them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * The rows left out and the cells blanked, one per line, as CSV with a UTF-8 BOM (so Excel opens
 * Chinese text correctly). Every text cell is neutralised against formula injection.
 */
export function reportToCsv(report: ImportReport): string {
  const lines = [['file', 'table', 'row', 'column', 'reason', 'value', 'row_kept'].join(',')];
  const line = (cells: (string | number | undefined)[]) => lines.push(cells.map(csvCell).join(','));
  for (const s of report.skipped) line([report.file, report.table, s.row, s.column, s.reason, s.value, 'no']);
  for (const b of report.blanked) line([report.file, report.table, b.row, b.column, 'invalid-value', b.value, 'yes']);
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
