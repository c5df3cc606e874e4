/**
 * The report's account of rows left out and cells blanked, read from the typed staging table:
 * counts by reason over all rows, and the first SKIP_LIST_CAP of each list with row numbers.
 */
import type { SqlRunner } from '../engine/query';
import { hasText, r, v, type ConvertSpec } from './convert';
import { emptyCounts, SKIP_LIST_CAP, type BlankedCell, type SkipReason, type SkippedRow } from './report';
import { SCHEMA } from './schema';
import { quoteIdent, sqlString } from './sql';

export interface Skips {
  counts: Record<SkipReason, number>;
  skippedTotal: number;
  skipped: SkippedRow[];
  blanked: BlankedCell[];
  blankedCount: number;
}

const plain = async (runner: SqlRunner, sql: string) =>
  (await runner.run(sql, [])).toArray().map((row) => row.toJSON() as Record<string, unknown>);

/** The record number of the typed table's rowid 0, as SQL (an integer of our own, checked). */
function rowBase(spec: ConvertSpec): string {
  if (!Number.isSafeInteger(spec.rowBase)) throw new Error(`bad row base ${spec.rowBase}`);
  return String(spec.rowBase);
}

const str = (x: unknown) => (x === null || x === undefined ? undefined : String(x));

/** The text of the column a row failed on (invalid values), or the row's first cell (totals, footers). */
function valueSql(spec: ConvertSpec): string {
  const arms = spec.columns.map((c, k) => (hasText(c) ? `WHEN ${sqlString(c.name)} THEN t.${r(k)}` : '')).join(' ');
  const invalid = arms.trim() ? `CASE t.__col ${arms} END` : 'NULL';
  return `CASE WHEN t.__reason = 'invalid-value' THEN ${invalid}
    WHEN t.__reason IN ('missing-value', 'blank') THEN NULL ELSE t.__first END`;
}

async function skippedRows(runner: SqlRunner, spec: ConvertSpec): Promise<SkippedRow[]> {
  const found = await plain(runner, `SELECT t.rowid + ${rowBase(spec)} AS row, t.__reason AS reason, t.__col AS col, ${valueSql(spec)} AS value
    FROM ${quoteIdent(spec.typed)} t WHERE t.__reason IS NOT NULL ORDER BY t.rowid LIMIT ${SKIP_LIST_CAP}`);
  return found.map((x) => {
    const row: SkippedRow = { row: Number(x.row), reason: x.reason as SkipReason };
    if (str(x.col)) row.column = str(x.col);
    if (str(x.value)) row.value = str(x.value);
    return row;
  });
}

/** Optional typed columns whose text did not parse: the row stays, the cell becomes NULL. */
async function blankedCells(runner: SqlRunner, spec: ConvertSpec): Promise<{ cells: BlankedCell[]; count: number }> {
  const required = spec.kind === 'raw' ? new Set<string>() : new Set(SCHEMA[spec.kind].required.flat());
  const parts = spec.columns
    .map((c, k) => ({ c, k }))
    .filter(({ c }) => hasText(c) && !required.has(c.name))
    .map(({ c, k }) => `SELECT rowid + ${rowBase(spec)} AS row, ${sqlString(c.name)} AS col, ${r(k)} AS value FROM ${quoteIdent(spec.typed)}
      WHERE __reason IS NULL AND ${r(k)} IS NOT NULL AND ${v(k)} IS NULL`);
  if (parts.length === 0) return { cells: [], count: 0 };
  const found = await plain(runner, `WITH b AS (${parts.join(' UNION ALL ')})
    SELECT row, col, value, count(*) OVER () AS n FROM b ORDER BY row, col LIMIT ${SKIP_LIST_CAP}`);
  return {
    cells: found.map((x) => ({ row: Number(x.row), column: String(x.col), value: String(x.value) })),
    count: Number(found[0]?.n ?? 0),
  };
}

export async function collectSkips(runner: SqlRunner, spec: ConvertSpec): Promise<Skips> {
  const counts = emptyCounts();
  const grouped = await plain(runner,
    `SELECT __reason AS reason, count(*) AS n FROM ${quoteIdent(spec.typed)} WHERE __reason IS NOT NULL GROUP BY ALL`);
  let skippedTotal = 0;
  for (const g of grouped) {
    counts[g.reason as SkipReason] = Number(g.n);
    skippedTotal += Number(g.n);
  }
  const skipped = skippedTotal > 0 ? await skippedRows(runner, spec) : [];
  const blanked = await blankedCells(runner, spec);
  return { counts, skippedTotal, skipped, blanked: blanked.cells, blankedCount: blanked.count };
}
