/**
 * What changed in the channel over a period, for the monthly report: which partners grew or
 * shrank most against the comparison period, who signed, and who was lost (no order for
 * `quietDays` days after ordering before). Partner properties filter on the partner's own dims
 * (dim_partners `p`); movers filter the orders like revenue does (ORDER_DIMS).
 */
import type { QueryFn } from '../engine/query';
import { ORDER_DIMS, PARTNER_DIMS } from './columns';
import { addDays } from './dates';
import { assertScope, shiftScope, type CompareKind, type Scope } from './filters';
import { listed, unsupportedList, type Listed } from './listed';
import { num, run, scopeCte, strOrNull, whereFilters, type MetricQuery } from './sql';

export const DEFAULT_LOST_DAYS = 180;

export interface MoverRow {
  key: string | null;
  /** Display name (the partner's name for a partner id). */
  name: string | null;
  revenue: number;
  base: number;
  /** revenue − base. */
  change: number;
  /** change ÷ |base|; null when base is 0. */
  growth: number | null;
}

/** The largest rises and falls: gainers have change > 0 (largest first), decliners < 0 (largest fall first). */
export function topMovers<T extends { change: number }>(rows: readonly T[], n = 5): { gainers: T[]; decliners: T[] } {
  const gainers = rows.filter((r) => r.change > 0).sort((a, b) => b.change - a.change).slice(0, n);
  const decliners = rows.filter((r) => r.change < 0).sort((a, b) => a.change - b.change).slice(0, n);
  return { gainers, decliners };
}

export function partnerMoversQuery(scope: Scope, compare: CompareKind = 'yoy'): MetricQuery {
  const s = scopeCte(scope);
  const b = shiftScope(scope, compare);
  const f = whereFilters(scope.filters, ORDER_DIMS);
  return {
    sql: `WITH ${s.sql}, b AS (SELECT ?::DATE AS b_from, ?::DATE AS b_to),
g AS (SELECT o.partner_id AS key,
        SUM(o.amount) FILTER (WHERE o.order_date BETWEEN s.d_from AND s.d_to) AS revenue,
        SUM(o.amount) FILTER (WHERE o.order_date BETWEEN b.b_from AND b.b_to) AS base
      FROM fact_orders o, s, b
      WHERE o.partner_id IS NOT NULL AND (o.order_date BETWEEN s.d_from AND s.d_to OR o.order_date BETWEEN b.b_from AND b.b_to)${f.sql}
      GROUP BY 1)
SELECT g.key, p.partner_name AS name, CAST(COALESCE(g.revenue, 0) AS DOUBLE) AS revenue, CAST(COALESCE(g.base, 0) AS DOUBLE) AS base
FROM g LEFT JOIN dim_partners p ON p.partner_id = g.key
WHERE COALESCE(g.revenue, 0) <> COALESCE(g.base, 0)
ORDER BY COALESCE(g.revenue, 0) - COALESCE(g.base, 0) DESC, g.key`,
    params: [...s.params, b.from, b.to, ...f.params],
    unsupported: f.unsupported,
  };
}

/** Revenue per partner in scope against the comparison period (default the same period last year). */
export async function partnerMovers(query: QueryFn, scope: Scope, compare: CompareKind = 'yoy'): Promise<MoverRow[]> {
  const rows = await run(query, partnerMoversQuery(scope, compare));
  return rows.map((r) => {
    const revenue = num(r.revenue);
    const base = num(r.base);
    return { key: strOrNull(r.key), name: strOrNull(r.name), revenue, base, change: revenue - base, growth: base === 0 ? null : (revenue - base) / Math.abs(base) };
  });
}

export interface ChangedPartner {
  partner_id: string;
  partner_name: string | null;
  tier: string | null;
  region: string | null;
  salesperson: string | null;
  signed_date: string | null;
  first_order: string | null;
  last_order: string | null;
  /** Positive orders ever (lost) or in the period (new). */
  orders: number;
  /** Net revenue ever (lost) or in the period (new). */
  revenue: number;
}

const PARTNER_COLUMNS = `p.partner_id, p.partner_name, p.tier, p.region, p.salesperson, CAST(p.signed_date AS VARCHAR) AS signed_date`;

function changedRow(r: Record<string, unknown>): ChangedPartner {
  return {
    partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name), tier: strOrNull(r.tier), region: strOrNull(r.region),
    salesperson: strOrNull(r.salesperson), signed_date: strOrNull(r.signed_date), first_order: strOrNull(r.first_order),
    last_order: strOrNull(r.last_order), orders: num(r.orders), revenue: num(r.revenue),
  };
}

export function newPartnerListQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const p = whereFilters(scope.filters, PARTNER_DIMS);
  return {
    sql: `WITH ${s.sql}
SELECT ${PARTNER_COLUMNS},
  CAST(min(o.order_date) FILTER (WHERE o.amount > 0 AND o.order_date >= p.signed_date) AS VARCHAR) AS first_order,
  CAST(max(o.order_date) FILTER (WHERE o.amount > 0) AS VARCHAR) AS last_order,
  count(o.order_date) FILTER (WHERE o.amount > 0 AND o.order_date BETWEEN s.d_from AND s.d_to) AS orders,
  CAST(COALESCE(SUM(o.amount) FILTER (WHERE o.order_date BETWEEN s.d_from AND s.d_to), 0) AS DOUBLE) AS revenue
FROM dim_partners p CROSS JOIN s LEFT JOIN fact_orders o ON o.partner_id = p.partner_id AND o.order_date <= s.d_to
WHERE p.signed_date BETWEEN s.d_from AND s.d_to${p.sql}
GROUP BY p.partner_id, p.partner_name, p.tier, p.region, p.salesperson, p.signed_date ORDER BY p.signed_date, p.partner_id`,
    params: [...s.params, ...p.params],
    unsupported: p.unsupported,
  };
}

/** Partners whose signed_date falls in the period, with their first order (on or after signing) and revenue in it. */
export async function newPartnerList(query: QueryFn, scope: Scope): Promise<Listed<ChangedPartner>> {
  const q = newPartnerListQuery(scope);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map(changedRow));
}

/**
 * The last-order window of partners lost during [from, to]: lost at a date d = ordered before and
 * last order ≤ d − quietDays. Lost by `to` but not yet by the day before `from` ⇔ last order in
 * [from − quietDays, to − quietDays].
 */
export function lostWindow(scope: Pick<Scope, 'from' | 'to'>, quietDays = DEFAULT_LOST_DAYS): { from: string; to: string } {
  if (!Number.isInteger(quietDays) || quietDays < 1 || quietDays > 3660) throw new RangeError('quietDays must be an integer in 1..3660');
  return { from: addDays(scope.from, -quietDays), to: addDays(scope.to, -quietDays) };
}

export function lostPartnersQuery(scope: Scope, quietDays = DEFAULT_LOST_DAYS): MetricQuery {
  assertScope(scope);
  const w = lostWindow(scope, quietDays);
  const p = whereFilters(scope.filters, PARTNER_DIMS);
  return {
    sql: `WITH h AS (SELECT partner_id, min(order_date) AS first_order, max(order_date) AS last_order, count(*) AS orders
      FROM fact_orders WHERE amount > 0 AND partner_id IS NOT NULL AND order_date <= ?::DATE GROUP BY 1),
net AS (SELECT partner_id, SUM(amount) AS revenue FROM fact_orders WHERE partner_id IS NOT NULL AND order_date <= ?::DATE GROUP BY 1)
SELECT ${PARTNER_COLUMNS}, CAST(h.first_order AS VARCHAR) AS first_order, CAST(h.last_order AS VARCHAR) AS last_order, h.orders,
  CAST(COALESCE(net.revenue, 0) AS DOUBLE) AS revenue, (h.last_order BETWEEN ?::DATE AND ?::DATE) AS this_period
FROM h JOIN dim_partners p USING (partner_id) LEFT JOIN net USING (partner_id)
WHERE h.last_order <= ?::DATE${p.sql}
ORDER BY h.last_order DESC, revenue DESC, p.partner_id`,
    params: [scope.to, scope.to, w.from, w.to, w.to, ...p.params],
    unsupported: p.unsupported,
  };
}

export interface LostPartners extends Listed<ChangedPartner> {
  /** Every partner lost by `to` (rows holds only those lost during the period). */
  total: number;
}

/**
 * Partners lost during the period (no positive order for `quietDays` days, ordered before), and how
 * many are lost in all by `to`. Orders after `to` are not looked at: the report is as of `to`.
 */
export async function lostPartners(query: QueryFn, scope: Scope, quietDays = DEFAULT_LOST_DAYS): Promise<LostPartners> {
  const q = lostPartnersQuery(scope, quietDays);
  if (q.unsupported.length > 0) return { ...unsupportedList(q.unsupported), total: 0 };
  const all = await run(query, q);
  const rows = all.filter((r) => r.this_period === true || r.this_period === 1).map(changedRow);
  return { ...listed(rows), total: all.length };
}
