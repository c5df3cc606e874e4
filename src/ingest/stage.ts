/**
 * Getting every row into DuckDB as text: the registered file is read by DuckDB's own CSV reader
 * (or read_parquet) as VARCHAR columns c0…cN plus `__row`, the record's number in the file. No
 * row is parsed in JavaScript, and the text is never stored: the typed table is built from it.
 */
import type { SqlRunner } from '../engine/query';
import type { Layout } from './sniff';
import { ImportError } from './report';
import { quoteIdent, sqlString } from './sql';

/** The sentinel column after the declared ones: non-empty only on rows with too many fields. */
export const EXTRA_COLUMN = '__extra';

export const cellName = (i: number) => `c${i}`;

/** DuckDB's CSV errors → an ImportError the UI can explain (with the line, when DuckDB names it). */
export function csvError(e: unknown): ImportError {
  const message = e instanceof Error ? e.message : String(e);
  const line = /Line:\s*(\d+)/.exec(message)?.[1];
  const detail = { line: line ? Number(line) : undefined, cause: message.split('\n')[0] };
  if (/invalid unicode|not utf-8/i.test(message)) {
    return new ImportError('encoding', `line ${line ?? '?'} is not valid UTF-8; choose the file's encoding`, detail);
  }
  if (/maximum line size/i.test(message)) return new ImportError('line-too-long', `line ${line ?? '?'} is too long`, detail);
  return new ImportError('malformed', `the file could not be read as CSV: ${detail.cause}`, detail);
}

/**
 * The registered CSV `file` as a relation: records below the header, all columns as text, short
 * rows padded with NULLs, long rows marked by the sentinel column (so nothing is rejected and row
 * numbers stay exact), `__row` the record number. Blank lines are dropped by DuckDB itself.
 */
export function csvSource(file: string, layout: Layout): string {
  const names = [...layout.headers.map((_, i) => cellName(i)), EXTRA_COLUMN];
  const columns = `{${names.map((n) => `${sqlString(n)}: 'VARCHAR'`).join(', ')}}`;
  const skip = layout.headerIndex + 1;
  // parallel=false: DuckDB refuses null_padding with quoted newlines in its parallel reader (and
  // DuckDB-WASM has one thread anyway). strict_mode=false keeps malformed rows instead of failing.
  const read = `read_csv(${sqlString(file)}, columns = ${columns}, auto_detect = false, header = false,
    skip = ${skip}, delim = ${sqlString(layout.delimiter)}, quote = '"', escape = '"', null_padding = true,
    strict_mode = false, parallel = false)`;
  return `(SELECT CAST(row_number() OVER () + ${skip} AS BIGINT) AS __row, * FROM ${read})`;
}

/** Column names of a registered Parquet file. */
export async function parquetColumns(runner: SqlRunner, file: string): Promise<string[]> {
  const t = await runner.run(`DESCRIBE SELECT * FROM read_parquet(${sqlString(file)})`, []);
  return t.toArray().map((r) => String((r as { column_name: unknown }).column_name));
}

/** The first rows of a registered Parquet file as text, for the mapping preview. */
export async function parquetSample(runner: SqlRunner, file: string, names: string[], limit = 50): Promise<string[][]> {
  const select = names.map((n, i) => `CAST(${quoteIdent(n)} AS VARCHAR) AS ${cellName(i)}`).join(', ');
  const t = await runner.run(`SELECT ${select} FROM read_parquet(${sqlString(file)}) LIMIT ${limit}`, []);
  return t.toArray().map((r) => names.map((_, i) => {
    const v = (r as Record<string, unknown>)[cellName(i)];
    return v === null || v === undefined ? '' : String(v);
  }));
}

/** A registered Parquet file as the same kind of relation as csvSource (text cells, `__row`). */
export function parquetSource(file: string, names: string[]): string {
  const select = names.map((n, i) => `CAST(${quoteIdent(n)} AS VARCHAR) AS ${cellName(i)}`).join(', ');
  return `(SELECT CAST(row_number() OVER () AS BIGINT) AS __row, ${select}, CAST(NULL AS VARCHAR) AS ${EXTRA_COLUMN} ` +
    `FROM read_parquet(${sqlString(file)}))`;
}
