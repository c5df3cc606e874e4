/** The values a filter can take, most revenue first (what a manager looks for first). */
import type { QueryFn } from '../engine/query';
import { ORDER_DIMS } from './columns';
import type { Dimension } from './filters';
import { quoteRef, strOrNull } from './sql';

/**
 * Distinct non-null values of a dimension in fact_orders, by revenue (all periods, no filters).
 * 'partner' values are partner_id, as filters expect.
 */
export async function dimensionValues(query: QueryFn, dim: Dimension): Promise<string[]> {
  const column = ORDER_DIMS[dim];
  if (!column) throw new RangeError(`unknown dimension ${JSON.stringify(dim)}`);
  const col = quoteRef(column);
  const rows = await query(
    `SELECT ${col} AS v, CAST(SUM(o.amount) AS DOUBLE) AS revenue FROM fact_orders o
     WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY revenue DESC, v`,
  );
  return rows.map((r) => strOrNull(r.v)).filter((v): v is string => v !== null);
}
