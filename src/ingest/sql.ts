/**
 * Identifier and constant quoting for ingest SQL. (metrics/sql.ts has the same rules, but ingest
 * sits below metrics and must not import from it.) File values never pass through here: they are
 * read by DuckDB from the registered file or bound as parameters.
 */

/** Double-quote an identifier, doubling embedded quotes. Rejects empty names and NUL. */
export function quoteIdent(name: string): string {
  if (name.length === 0) throw new Error('identifier must be a non-empty string');
  if (name.includes('\0')) throw new Error('identifier must not contain NUL');
  return `"${name.replaceAll('"', '""')}"`;
}

/** A constant of ours (a pattern, a column label) as a SQL string literal. */
export function sqlString(constant: string): string {
  if (constant.includes('\0')) throw new Error('string literal must not contain NUL');
  return `'${constant.replaceAll("'", "''")}'`;
}
