/**
 * The SQL console's guard: one SELECT (or WITH … SELECT) over the loaded tables, nothing else.
 * The statement runs wrapped as a subquery, which DuckDB only accepts for a query, so DDL, COPY,
 * ATTACH, SET, PRAGMA and INSTALL fail to parse; file and network table functions are refused
 * by name, and so are the replacement scans DuckDB runs on a quoted file name or address
 * (`FROM 'https://…/x.csv'`, `FROM "data.parquet"`): a query cannot read or send anything outside
 * the loaded tables, whoever wrote the SQL the user pastes.
 */
const OUTSIDE = /\b(read_\w+|glob|parquet_\w+|sniff_csv|\w+_scan|query_table|query|load|install|attach|copy|export|import|pragma|call|getenv|current_setting|duckdb_\w+)\s*\(/i;
const STATEMENT = /^\s*(select|with|from|values)\b/i;
/** A quoted text that names a file or an address: what a replacement scan would open. */
const FILE_LIKE = /['"][^'"]*(:\/\/|\.(csv|tsv|txt|parquet|json|ndjson|jsonl|gz|zst|duckdb|db|sqlite|xlsx)\b)[^'"]*['"]/i;
/** A quoted name right where a table goes. */
const QUOTED_SOURCE = /\b(from|join)\s*\(?\s*'/i;

export type ConsoleCheck = { ok: true; sql: string } | { ok: false; reason: 'empty' | 'not-select' | 'several' | 'outside' };

export function checkConsoleSql(input: string, limit = 10_000): ConsoleCheck {
  const sql = input.trim().replace(/;\s*$/, '');
  if (!sql) return { ok: false, reason: 'empty' };
  if (!STATEMENT.test(sql)) return { ok: false, reason: 'not-select' };
  // A ';' outside quotes would start a second statement.
  const unquoted = sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"/g, '');
  if (unquoted.includes(';')) return { ok: false, reason: 'several' };
  if (OUTSIDE.test(unquoted) || FILE_LIKE.test(sql) || QUOTED_SOURCE.test(sql)) return { ok: false, reason: 'outside' };
  return { ok: true, sql: `SELECT * FROM (${sql}\n) AS console_query LIMIT ${Math.max(1, Math.floor(limit))}` };
}
