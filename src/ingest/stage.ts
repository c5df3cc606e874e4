/**
 * Getting every row into DuckDB as text: a registered CSV is read by DuckDB's own CSV reader as
 * VARCHAR columns c0…cN (no row is parsed in JavaScript), in file order, so the n-th row read is
 * record `rowBase + n` (a window numbering every row cost ≈ 0.3 s per million); a Parquet file arrives already staged as text by parquet.ts. The text is never
 * stored: the typed table is built from it.
 */
import type { Layout } from './sniff';
import { ImportError } from './report';
import { quoteIdent, sqlString } from './sql';

/** How a staged cell is stored: text (every CSV cell), or a Parquet number or date kept typed. */
export type StagedType = 'VARCHAR' | 'DOUBLE' | 'DATE';

/** The sentinel column after the declared ones: non-empty only on rows with too many fields. */
export const EXTRA_COLUMN = '__extra';

export const cellName = (i: number) => `c${i}`;

/** DuckDB's CSV errors → an ImportError the UI can explain (with the line, when DuckDB names it). */
export function csvError(e: unknown): ImportError {
  const message = e instanceof Error ? e.message : String(e);
  const line = /Line:\s*(\d+)/.exec(message)?.[1];
  const detail = { line: line ? Number(line) : undefined, cause: message.split('\n')[0], format: 'CSV' };
  if (/invalid unicode|not utf-8/i.test(message)) {
    return new ImportError('encoding', `line ${line ?? '?'} is not valid UTF-8; choose the file's encoding`, detail);
  }
  if (/maximum line size/i.test(message)) return new ImportError('line-too-long', `line ${line ?? '?'} is too long`, detail);
  return new ImportError('malformed', `the file could not be read as CSV: ${detail.cause}`, detail);
}

/**
 * The registered CSV `file` as a relation: records below the header, all columns as text, short
 * rows padded with NULLs, long rows marked by the sentinel column (so nothing is rejected and row
 * numbers stay exact). Blank lines are dropped by DuckDB itself.
 */
export function csvSource(file: string, layout: Layout, staged?: StagedType[]): string {
  const names = [...layout.headers.map((_, i) => cellName(i)), EXTRA_COLUMN];
  const columns = `{${names.map((n, i) => `${sqlString(n)}: '${staged?.[i] ?? 'VARCHAR'}'`).join(', ')}}`;
  const skip = layout.headerIndex + 1;
  // parallel=false: DuckDB refuses null_padding with quoted newlines in its parallel reader (and
  // DuckDB-WASM has one thread anyway). strict_mode=false keeps malformed rows instead of failing.
  const read = `read_csv(${sqlString(file)}, columns = ${columns}, auto_detect = false, header = false,
    skip = ${skip}, delim = ${sqlString(layout.delimiter)}, quote = '"', escape = '"', null_padding = true,
    strict_mode = false, parallel = false)`;
  return read;
}

/** The record number of the first row csvSource reads: the line after the header. */
export const csvRowBase = (layout: Layout) => layout.headerIndex + 2;

const PLAIN: Partial<Record<StagedType, RegExp>> = { DATE: /^\d{4}-\d{2}-\d{2}$/, DOUBLE: /^-?\d{1,15}(\.\d+)?$/ };

/**
 * Which CSV cells DuckDB's reader can type itself: those whose wanted type is a number or a date
 * and whose sampled values (head and tail of the file) are all plain (`2024-01-05`, `-1234.5`, or
 * empty). Parsing them in the reader skips the text round trip; a later value that is not plain
 * makes the read fail, and the import (load.ts) reads the file again as text: nothing is lost, only time.
 */
export function plainCsvTypes(wanted: StagedType[], sample: string[][]): StagedType[] | undefined {
  const types = wanted.map((type, i): StagedType => {
    const re = PLAIN[type];
    const values = sample.map((row) => row[i] ?? '').filter((x) => x !== '');
    return re && values.length > 0 && values.every((x) => re.test(x)) ? type : 'VARCHAR';
  });
  return types.some((t) => t !== 'VARCHAR') ? types : undefined;
}

/**
 * The staged Parquet rows (parquet.ts: c0…cN as text or typed, in file order: record 1 first) as the
 * same kind of relation as csvSource. DuckDB-WASM cannot read Parquet itself; hyparquet decoded the file into `table`.
 */
export function parquetSource(table: string, cells: number): string {
  const select = Array.from({ length: cells }, (_, i) => cellName(i)).join(', ');
  return `(SELECT ${select}, CAST(NULL AS VARCHAR) AS ${EXTRA_COLUMN} FROM ${quoteIdent(table)})`;
}
