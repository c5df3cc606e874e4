/** The values a filter can take, most revenue first (what a manager looks for first). */
import type { QueryFn } from '../engine/query';
import { ORDER_DIMS } from './columns';
import type { Dimension } from './filters';
import { ROLLUPS, type OrderColumn } from './rollup';
import { quoteIdent, quoteRef, strOrNull } from './sql';

/**
 * Distinct non-null values of a dimension in fact_orders, by revenue (all periods, no filters).
 * 'partner' values are partner_id, as filters expect. Read from the smallest rollup holding the
 * column (every order is in each rollup): the filter bar asks for four of these after every load.
 */
export async function dimensionValues(query: QueryFn, dim: Dimension): Promise<string[]> {
  const column = ORDER_DIMS[dim];
  if (!column) throw new RangeError(`unknown dimension ${JSON.stringify(dim)}`);
  const col = quoteRef(column);
  const rollup = ROLLUPS.find((r) => r.columns.includes(column.slice(column.indexOf('.') + 1) as OrderColumn));
  const rows = await query(
    `SELECT ${col} AS v, CAST(SUM(o.amount) AS DOUBLE) AS revenue FROM ${rollup ? quoteIdent(rollup.table) : 'fact_orders'} o
     WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY revenue DESC, v`,
  );
  return rows.map((r) => strOrNull(r.v)).filter((v): v is string => v !== null);
}

/** Names of the given partner ids (from dim_partners, else the orders), for chips and captions. */
export async function partnerNames(query: QueryFn, ids: readonly string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const marks = ids.map(() => '?').join(', ');
  const rows = await query(
    `SELECT partner_id AS id, any_value(partner_name) AS name FROM (
       SELECT partner_id, partner_name FROM dim_partners WHERE partner_id IN (${marks}) AND partner_name IS NOT NULL
       UNION ALL
       SELECT partner_id, partner_name FROM fact_orders WHERE partner_id IN (${marks}) AND partner_name IS NOT NULL
     ) GROUP BY 1`,
    [...ids, ...ids],
  );
  return Object.fromEntries(rows.map((r) => [String(r.id), String(r.name)]));
}
