/**
 * The only place metric SQL meets outside values. Values (filter picks, dates, counts) always
 * travel as bound `?` parameters; identifiers come from constant whitelists in this folder and are
 * still quoted, so a column named like a keyword (or in Chinese) cannot break a statement.
 */
import type { Param, QueryFn, Row } from '../engine/query';
import { DIMENSIONS, assertScope, type Dimension, type Filters, type Scope } from './filters';

export interface SqlQuery { sql: string; params: Param[] }

/** A metric query plus the active filter dimensions its tables cannot honour. */
export interface MetricQuery extends SqlQuery { unsupported: Dimension[] }

/** Which column (an `alias.column` reference from a whitelist) filters each dimension. */
export type DimensionColumns = Partial<Record<Dimension, string>>;

export interface FilterSql extends SqlQuery { unsupported: Dimension[] }

/** Double-quote an identifier, doubling embedded quotes. Rejects empty names and NUL. */
export function quoteIdent(name: string): string {
  if (typeof name !== 'string' || name.length === 0) throw new Error('identifier must be a non-empty string');
  if (name.includes('\0')) throw new Error('identifier must not contain NUL');
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a possibly qualified reference: 'o.region' → "o"."region". */
export function quoteRef(ref: string): string {
  return ref.split('.').map(quoteIdent).join('.');
}

/** A constant (never user input) as a SQL string literal. */
export function sqlString(constant: string): string {
  if (constant.includes('\0')) throw new Error('string literal must not contain NUL');
  return `'${constant.replaceAll("'", "''")}'`;
}

/**
 * Filters → `AND col IN (?, …)` fragments (leading space, '' when nothing applies) and their
 * parameters in order. A picked dimension missing from `columns` is not silently dropped: it is
 * returned in `unsupported` so the metric can answer "not available under this filter".
 */
export function whereFilters(filters: Filters, columns: DimensionColumns): FilterSql {
  const parts: string[] = [];
  const params: Param[] = [];
  const unsupported: Dimension[] = [];
  for (const dim of DIMENSIONS) {
    const values = filters[dim];
    if (!values || values.length === 0) continue;
    const column = columns[dim];
    if (!column) { unsupported.push(dim); continue; }
    for (const v of values) if (typeof v !== 'string') throw new TypeError(`filter ${dim} values must be strings`);
    parts.push(` AND ${quoteRef(column)} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  return { sql: parts.join(''), params, unsupported };
}

/** The period as the first CTE, so its bounds are bound once and named `s.d_from` / `s.d_to`. */
export function scopeCte(scope: Scope): SqlQuery {
  assertScope(scope);
  return { sql: 's AS (SELECT ?::DATE AS d_from, ?::DATE AS d_to)', params: [scope.from, scope.to] };
}

/** Run a built query. */
export function run(query: QueryFn, q: SqlQuery): Promise<Row[]> {
  return query(q.sql, q.params);
}

/** A cell as a number; null/undefined → `fallback`. */
export function num(cell: unknown, fallback = 0): number {
  if (cell === null || cell === undefined) return fallback;
  const n = typeof cell === 'number' ? cell : Number(cell);
  return Number.isFinite(n) ? n : fallback;
}

/** A cell as a number or null. */
export function numOrNull(cell: unknown): number | null {
  if (cell === null || cell === undefined) return null;
  const n = typeof cell === 'number' ? cell : Number(cell);
  return Number.isFinite(n) ? n : null;
}

export function strOrNull(cell: unknown): string | null {
  return cell === null || cell === undefined ? null : String(cell);
}

/** a ÷ b, or null when the base is 0 (a ratio over nothing is not 0%). */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
