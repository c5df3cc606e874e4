/**
 * Expense ratio (费用率) = expenses ÷ revenue, by region or salesperson. Expenses (fact_expenses `e`)
 * are booked per salesperson and/or region only, so other filters cannot apply to them.
 */
import type { QueryFn } from '../engine/query';
import { EXPENSE_DIMS, ORDER_DIMS } from './columns';
import type { Scope } from './filters';
import { listed, unsupportedList, type Listed } from './listed';
import { num, quoteIdent, ratio, run, scopeCte, strOrNull, whereFilters, type MetricQuery } from './sql';

export type ExpenseBy = 'region' | 'salesperson';
const BY_COLUMN: Record<ExpenseBy, string> = { region: 'region', salesperson: 'salesperson' };

export interface ExpenseRow {
  /** Region / salesperson; null for the total or rows without one. */
  key: string | null;
  expenses: number;
  revenue: number;
  /** expenses ÷ revenue; null when revenue is 0. */
  ratio: number | null;
}

export function expenseRatioQuery(scope: Scope, by: ExpenseBy | null = null): MetricQuery {
  if (by !== null && !(by in BY_COLUMN)) throw new RangeError(`cannot group expenses by ${JSON.stringify(by)}`);
  const s = scopeCte(scope);
  const e = whereFilters(scope.filters, EXPENSE_DIMS);
  const o = whereFilters(scope.filters, ORDER_DIMS);
  const key = (alias: string) => (by === null ? 'CAST(NULL AS VARCHAR)' : `${alias}.${quoteIdent(BY_COLUMN[by])}`);
  return {
    sql: `WITH ${s.sql},
ex AS (SELECT ${key('e')} AS key, SUM(e.amount) AS expenses FROM fact_expenses e, s
       WHERE e.date BETWEEN s.d_from AND s.d_to${e.sql} GROUP BY 1),
rv AS (SELECT ${key('o')} AS key, SUM(o.amount) AS revenue FROM fact_orders o, s
       WHERE o.order_date BETWEEN s.d_from AND s.d_to${o.sql} GROUP BY 1)
SELECT COALESCE(ex.key, rv.key) AS key, CAST(COALESCE(ex.expenses, 0) AS DOUBLE) AS expenses,
  CAST(COALESCE(rv.revenue, 0) AS DOUBLE) AS revenue
FROM ex FULL JOIN rv ON ex.key IS NOT DISTINCT FROM rv.key
ORDER BY expenses DESC, key NULLS LAST`,
    params: [...s.params, ...e.params, ...o.params],
    unsupported: e.unsupported,
  };
}

/**
 * Expenses dated in [from, to] ÷ revenue of [from, to], per region / salesperson (or in total).
 * An expense without a region takes its salesperson's main region (buildDetailModel). Only the
 * region and salesperson filters apply; any other → unsupported-filter.
 */
export async function expenseRatio(query: QueryFn, scope: Scope, by: ExpenseBy | null = null): Promise<Listed<ExpenseRow>> {
  const q = expenseRatioQuery(scope, by);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => {
    const expenses = num(r.expenses);
    const revenue = num(r.revenue);
    return { key: strOrNull(r.key), expenses, revenue, ratio: ratio(expenses, revenue) };
  }));
}
