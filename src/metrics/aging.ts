/**
 * Collections detail over fact_receivables `r`: overdue aging buckets as of `to`, DSO by month and
 * the list of overdue invoices to chase. Payments follow collectionRate's rule: a payment counts
 * at a date when paid_date ≤ that date, or when paid_date is empty and paid_amount > 0.
 */
import type { QueryFn } from '../engine/query';
import { RECEIVABLE_DIMS } from './columns';
import type { Dimension, Scope } from './filters';
import type { Listed } from './listed';
import { num, run, scopeCte, strOrNull, whereFilters, type MetricQuery } from './sql';

/** Paid on invoice `r` by the SQL date expression `asOf`. */
export function paidBy(asOf: string): string {
  return `(CASE WHEN r.paid_date <= ${asOf} OR (r.paid_date IS NULL AND r.paid_amount > 0) THEN COALESCE(r.paid_amount, 0) ELSE 0 END)`;
}

export const AGING_BUCKETS = ['current', '1-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Bucket of the SQL expression `days` (days past due; ≤ 0 = not yet due). */
function bucketSql(days: string): string {
  return `CASE WHEN ${days} <= 0 THEN 'current' WHEN ${days} <= 30 THEN '1-30' WHEN ${days} <= 60 THEN '31-60'
    WHEN ${days} <= 90 THEN '61-90' ELSE '90+' END`;
}

/** CTE `ar`: invoices issued by `to` with money still outstanding at `to`, with days overdue. */
function openItemsCte(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, RECEIVABLE_DIMS);
  return {
    sql: `${s.sql},
ar AS (SELECT r.*, r.amount - ${paidBy('s.d_to')} AS outstanding, CAST(s.d_to - r.due_date AS INTEGER) AS days_overdue
       FROM fact_receivables r, s
       WHERE COALESCE(r.invoice_date, r.due_date) <= s.d_to AND r.due_date IS NOT NULL${f.sql}
         AND r.amount - ${paidBy('s.d_to')} > 0)`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

export type AgingBy = 'region' | 'salesperson' | 'partner';
const AGING_KEYS: Record<AgingBy, string> = { region: 'region', salesperson: 'salesperson', partner: 'partner_id' };

export interface AgingRow {
  /** The group (a partner_id when by partner); null for the total or invoices without a value. */
  key: string | null;
  /** The partner's name when grouped by partner. */
  name: string | null;
  /** Outstanding amounts by bucket; 'current' = not yet due. */
  buckets: Record<AgingBucket, number>;
  /** Σ of the overdue buckets. */
  overdue: number;
  /** All outstanding (accounts receivable) at `to`. */
  outstanding: number;
  /** overdue ÷ outstanding; null when nothing is outstanding. */
  overdueShare: number | null;
  invoices: number;
}

export interface AgingResult {
  rows: AgingRow[];
  total: AgingRow;
  reason: 'unsupported-filter' | null;
  dims: Dimension[];
}

export function agingQuery(scope: Scope, by: AgingBy | null = null): MetricQuery {
  const c = openItemsCte(scope);
  const key = by ? `ar.${AGING_KEYS[by]}` : 'CAST(NULL AS VARCHAR)';
  const name = by === 'partner' ? 'any_value(ar.partner_name)' : 'CAST(NULL AS VARCHAR)';
  const sums = AGING_BUCKETS.map((b, i) => `CAST(COALESCE(SUM(ar.outstanding) FILTER (WHERE ${bucketSql('ar.days_overdue')} = '${b}'), 0) AS DOUBLE) AS b${i}`);
  return {
    sql: `WITH ${c.sql},
g AS (SELECT ${key} AS key, ${name} AS name, ${sums.join(', ')}, CAST(COALESCE(SUM(ar.outstanding), 0) AS DOUBLE) AS outstanding,
        count(*) AS invoices FROM ar GROUP BY 1)
SELECT * FROM g ORDER BY outstanding - b0 DESC, key NULLS LAST`,
    params: c.params,
    unsupported: c.unsupported,
  };
}

function agingRow(r: Record<string, unknown>): AgingRow {
  const buckets = Object.fromEntries(AGING_BUCKETS.map((b, i) => [b, num(r[`b${i}`])])) as Record<AgingBucket, number>;
  const outstanding = num(r.outstanding);
  const overdue = outstanding - buckets.current;
  return {
    key: strOrNull(r.key), name: strOrNull(r.name), buckets, overdue, outstanding,
    overdueShare: outstanding === 0 ? null : overdue / outstanding, invoices: num(r.invoices),
  };
}

/**
 * Outstanding receivables at `to` (amount − payments received by `to`, invoices issued by `to`)
 * in aging buckets by days past due: 1–30, 31–60, 61–90, > 90 (due on `to` = current). scope.from
 * is not used: aging is a position, not a flow. Rows largest overdue first.
 */
export async function aging(query: QueryFn, scope: Scope, by: AgingBy | null = null): Promise<AgingResult> {
  const q = agingQuery(scope, by);
  const empty = agingRow({ key: null, name: null, outstanding: 0, invoices: 0 });
  if (q.unsupported.length > 0) return { rows: [], total: empty, reason: 'unsupported-filter', dims: q.unsupported };
  const rows = (await run(query, q)).map(agingRow);
  const total = by === null ? (rows[0] ?? empty) : (await run(query, agingQuery(scope, null))).map(agingRow)[0] ?? empty;
  return { rows: by === null ? [] : rows, total, reason: null, dims: [] };
}

export interface DsoMonth {
  month: string; // 'YYYY-MM'
  /** Outstanding at the month's end (clipped to `to`). */
  ending_ar: number;
  /** Invoiced over the 3 months ending then. */
  credit_sales: number;
  /** Days in those 3 months. */
  days: number;
  /** ending_ar ÷ credit_sales × days; null without credit sales. */
  dso: number | null;
}

export function dsoByMonthQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, RECEIVABLE_DIMS);
  return {
    sql: `WITH ${s.sql},
months AS (SELECT CAST(unnest(generate_series(CAST(date_trunc('month', d_from) AS TIMESTAMP),
  CAST(date_trunc('month', d_to) AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month FROM s),
m AS (SELECT month, least(last_day(month), s.d_to) AS m_end, CAST(month - INTERVAL 2 MONTH AS DATE) AS w_from FROM months, s),
rr AS (SELECT r.* FROM fact_receivables r WHERE true${f.sql})
SELECT strftime(m.month, '%Y-%m') AS month,
  CAST(COALESCE((SELECT SUM(greatest(r.amount - ${paidBy('m.m_end')}, 0)) FROM rr r
                 WHERE COALESCE(r.invoice_date, r.due_date) <= m.m_end), 0) AS DOUBLE) AS ending_ar,
  CAST(COALESCE((SELECT SUM(r.amount) FROM rr r WHERE r.invoice_date BETWEEN m.w_from AND m.m_end), 0) AS DOUBLE) AS credit_sales,
  CAST(m.m_end - m.w_from + 1 AS INTEGER) AS days
FROM m ORDER BY m.month`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/**
 * DSO per month of the scope = accounts receivable at month end ÷ credit sales (invoiced) over
 * the 3 months ending then × the days of those 3 months. The last month ends at `to`.
 */
export async function dsoByMonth(query: QueryFn, scope: Scope): Promise<Listed<DsoMonth>> {
  const q = dsoByMonthQuery(scope);
  if (q.unsupported.length > 0) return { rows: [], reason: 'unsupported-filter', dims: q.unsupported };
  const rows = (await run(query, q)).map((r) => {
    const ending = num(r.ending_ar);
    const sales = num(r.credit_sales);
    const days = num(r.days);
    return { month: String(r.month), ending_ar: ending, credit_sales: sales, days, dso: sales === 0 ? null : (ending / sales) * days };
  });
  return { rows, reason: null, dims: [] };
}

export interface OverdueInvoice {
  invoice_id: string | null;
  partner_id: string | null;
  partner_name: string | null;
  salesperson: string | null;
  region: string | null;
  invoice_date: string | null;
  due_date: string;
  amount: number;
  paid: number;
  outstanding: number;
  days_overdue: number;
  bucket: AgingBucket;
}

export function overdueInvoicesQuery(scope: Scope, limit = 500): MetricQuery {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100_000) throw new RangeError('limit must be an integer in 1..100000');
  const c = openItemsCte(scope);
  return {
    sql: `WITH ${c.sql}
SELECT invoice_id, partner_id, partner_name, salesperson, region, CAST(invoice_date AS VARCHAR) AS invoice_date,
  CAST(due_date AS VARCHAR) AS due_date, amount, CAST(amount - outstanding AS DOUBLE) AS paid, CAST(outstanding AS DOUBLE) AS outstanding,
  days_overdue, ${bucketSql('days_overdue')} AS bucket
FROM ar WHERE days_overdue > 0 ORDER BY days_overdue DESC, outstanding DESC, invoice_id LIMIT ?`,
    params: [...c.params, limit],
    unsupported: c.unsupported,
  };
}

/** Invoices past due with money outstanding at `to`: the chase list, oldest first. */
export async function overdueInvoices(query: QueryFn, scope: Scope, limit = 500): Promise<Listed<OverdueInvoice>> {
  const q = overdueInvoicesQuery(scope, limit);
  if (q.unsupported.length > 0) return { rows: [], reason: 'unsupported-filter', dims: q.unsupported };
  const rows = (await run(query, q)).map((r) => ({
    invoice_id: strOrNull(r.invoice_id), partner_id: strOrNull(r.partner_id), partner_name: strOrNull(r.partner_name),
    salesperson: strOrNull(r.salesperson), region: strOrNull(r.region), invoice_date: strOrNull(r.invoice_date),
    due_date: String(r.due_date), amount: num(r.amount), paid: num(r.paid), outstanding: num(r.outstanding),
    days_overdue: num(r.days_overdue), bucket: String(r.bucket) as AgingBucket,
  }));
  return { rows, reason: null, dims: [] };
}
