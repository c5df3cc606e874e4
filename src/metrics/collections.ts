/**
 * 回款率 over fact_receivables (aliased `r`, partner dimensions joined from dim_partners).
 */
import type { QueryFn } from '../engine/query';
import { RECEIVABLE_DIMS } from './columns';
import type { Dimension, Scope } from './filters';
import { num, ratio, run, scopeCte, whereFilters, type MetricQuery } from './sql';

export interface CollectionResult {
  /** paid ÷ due; null with a reason when it cannot be stated. */
  value: number | null;
  reason: 'unsupported-filter' | 'nothing-due' | null;
  dims: Dimension[];
  /** Invoices with due_date in [from, to]. */
  invoices: number;
  /** SUM(amount) of those invoices. */
  due: number;
  /** Payments on them received by `to` (see collectionRate). */
  paid: number;
  /** due − paid. */
  outstanding: number;
}

export function collectionRateQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, RECEIVABLE_DIMS);
  // A payment dated after `to` had not arrived at period end; an undated positive payment is
  // taken as received (exports often fill paid_amount without a date).
  const paid = `CASE WHEN r.paid_date <= s.d_to OR (r.paid_date IS NULL AND r.paid_amount > 0)
    THEN COALESCE(r.paid_amount, 0) ELSE 0 END`;
  return {
    sql: `WITH ${s.sql}
SELECT count(*) AS invoices, CAST(COALESCE(SUM(r.amount), 0) AS DOUBLE) AS due,
       CAST(COALESCE(SUM(${paid}), 0) AS DOUBLE) AS paid
FROM fact_receivables r, s WHERE r.due_date BETWEEN s.d_from AND s.d_to${f.sql}`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/**
 * Collection rate = paid ÷ due for invoices due in [from, to]. Paid counts a payment when
 * paid_date ≤ to, or paid_date is empty and paid_amount > 0; amounts are not capped, so an
 * overpayment can lift the rate above 1. Null when nothing is due (no invoices or SUM = 0).
 */
export async function collectionRate(query: QueryFn, scope: Scope): Promise<CollectionResult> {
  const q = collectionRateQuery(scope);
  const empty = { invoices: 0, due: 0, paid: 0, outstanding: 0 };
  if (q.unsupported.length > 0) return { value: null, reason: 'unsupported-filter', dims: q.unsupported, ...empty };
  const [row] = await run(query, q);
  const due = num(row?.due);
  const paid = num(row?.paid);
  const value = ratio(paid, due);
  return {
    value, reason: value === null ? 'nothing-due' : null, dims: [],
    invoices: num(row?.invoices), due, paid, outstanding: due - paid,
  };
}
