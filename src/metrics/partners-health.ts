/**
 * Partner-base health: once-off partners, new and productive-new partners by month, the
 * first-tier → second-tier structure, active vs inactive by tier, and coverage by region × industry.
 * Partner properties filter on the partner's own dims (dim_partners `p`), which have no product.
 */
import type { QueryFn } from '../engine/query';
import { ORDER_DIMS, PARTNER_DIMS } from './columns';
import { addDays, addMonths } from './dates';
import { assertScope, trailingWindow, type Scope } from './filters';
import { listed, unsupportedList, type Listed } from './listed';
import { DEFAULT_ACTIVE_DAYS, DEFAULT_PRODUCTIVE_DAYS } from './partners';
import { num, ratio, run, scopeCte, strOrNull, whereFilters, type MetricQuery, type SqlQuery } from './sql';

export interface OnceOffOptions {
  /** Look back this many months before `to` (default 12). */
  lookbackMonths: number;
  /** All orders inside one window of this many days counts as one burst (default 30). */
  burstDays: number;
  /** …and no order in the last this many days (default 180). */
  quietDays: number;
}
export const DEFAULT_ONCE_OFF: OnceOffOptions = { lookbackMonths: 12, burstDays: 30, quietDays: 180 };

/** The two windows of the once-off rule, inclusive ISO dates. */
export function onceOffWindows(to: string, o: OnceOffOptions = DEFAULT_ONCE_OFF): { lookback: { from: string; to: string }; quiet: { from: string; to: string } } {
  const ints = [o.lookbackMonths, o.burstDays, o.quietDays].every((n) => Number.isInteger(n) && n >= 1 && n <= 3660);
  if (!ints) throw new RangeError('once-off options must be integers in 1..3660');
  return { lookback: { from: addDays(addMonths(to, -o.lookbackMonths), 1), to }, quiet: trailingWindow(to, o.quietDays) };
}

/**
 * CTE `once_off(partner_id, orders, first_order, last_order, amount)`: partners whose positive
 * orders in the lookback are exactly one, or all within `burstDays` (last − first ≤ burstDays − 1),
 * with none in the quiet window. Self-contained (binds its own dates).
 */
export function onceOffCte(to: string, o: OnceOffOptions = DEFAULT_ONCE_OFF): SqlQuery {
  const w = onceOffWindows(to, o);
  return {
    sql: `once_off AS (
  SELECT partner_id, count(*) AS orders, min(order_date) AS first_order, max(order_date) AS last_order, SUM(amount) AS amount
  FROM fact_orders WHERE amount > 0 AND partner_id IS NOT NULL AND order_date BETWEEN ?::DATE AND ?::DATE
  GROUP BY partner_id
  HAVING (count(*) = 1 OR max(order_date) - min(order_date) <= CAST(? AS INTEGER) - 1) AND max(order_date) < ?::DATE)`,
    params: [w.lookback.from, w.lookback.to, o.burstDays, w.quiet.from],
  };
}

export interface OnceOffRow {
  partner_id: string;
  partner_name: string | null;
  tier: string | null;
  region: string | null;
  salesperson: string | null;
  orders: number;
  first_order: string;
  last_order: string;
  amount: number;
  /** Days from the last order to `to`. */
  days_since_last: number;
}

export function onceOffPartnersQuery(scope: Scope, o: OnceOffOptions = DEFAULT_ONCE_OFF): MetricQuery {
  const s = scopeCte(scope);
  const c = onceOffCte(scope.to, o);
  const p = whereFilters(scope.filters, PARTNER_DIMS);
  return {
    sql: `WITH ${s.sql}, ${c.sql}
SELECT p.partner_id, p.partner_name, p.tier, p.region, p.salesperson, x.orders, CAST(x.first_order AS VARCHAR) AS first_order,
  CAST(x.last_order AS VARCHAR) AS last_order, CAST(x.amount AS DOUBLE) AS amount, CAST(s.d_to - x.last_order AS INTEGER) AS days_since_last
FROM once_off x JOIN dim_partners p USING (partner_id), s WHERE true${p.sql}
ORDER BY x.last_order DESC, p.partner_id`,
    params: [...s.params, ...c.params, ...p.params],
    unsupported: p.unsupported,
  };
}

/**
 * Once-off partners (一次性合作伙伴) as of `to` (DESIGN): in the last 12 months, exactly one order
 * or all orders inside one 30-day window, and none in the last 180 days. Orders are those with
 * amount > 0 (a return is not an order). scope.from is not used.
 */
export async function onceOffPartners(query: QueryFn, scope: Scope, o: OnceOffOptions = DEFAULT_ONCE_OFF): Promise<Listed<OnceOffRow>> {
  const q = onceOffPartnersQuery(scope, o);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => ({
    partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name), tier: strOrNull(r.tier),
    region: strOrNull(r.region), salesperson: strOrNull(r.salesperson), orders: num(r.orders),
    first_order: String(r.first_order), last_order: String(r.last_order), amount: num(r.amount), days_since_last: num(r.days_since_last),
  })));
}

const MONTHS_CTE = `months AS (SELECT CAST(unnest(generate_series(CAST(date_trunc('month', d_from) AS TIMESTAMP),
  CAST(date_trunc('month', d_to) AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month FROM s)`;

export interface NewPartnersMonth { month: string; new: number; productive: number; secondTier: number }

export function newPartnersByMonthQuery(scope: Scope, productiveDays = DEFAULT_PRODUCTIVE_DAYS): MetricQuery {
  if (!Number.isInteger(productiveDays) || productiveDays < 1 || productiveDays > 3660) throw new RangeError('productiveDays must be an integer in 1..3660');
  const s = scopeCte(scope);
  const p = whereFilters(scope.filters, PARTNER_DIMS);
  return {
    sql: `WITH ${s.sql}, ${MONTHS_CTE},
np AS (SELECT p.partner_id, p.signed_date, p.is_second_tier FROM dim_partners p, s WHERE p.signed_date BETWEEN s.d_from AND s.d_to${p.sql}),
fo AS (SELECT np.partner_id, min(o.order_date) AS first_date FROM np
       JOIN fact_orders o ON o.partner_id = np.partner_id AND o.amount > 0 AND o.order_date >= np.signed_date GROUP BY 1),
g AS (SELECT CAST(date_trunc('month', np.signed_date) AS DATE) AS month, count(*) AS n,
        count(*) FILTER (WHERE fo.first_date - np.signed_date <= ?) AS productive, count(*) FILTER (WHERE np.is_second_tier) AS second_tier
      FROM np LEFT JOIN fo USING (partner_id) GROUP BY 1)
SELECT strftime(months.month, '%Y-%m') AS month, COALESCE(g.n, 0) AS n, COALESCE(g.productive, 0) AS productive,
  COALESCE(g.second_tier, 0) AS second_tier FROM months LEFT JOIN g USING (month) ORDER BY months.month`,
    params: [...s.params, ...p.params, productiveDays],
    unsupported: p.unsupported,
  };
}

/** New partners (signed in the month) and productive ones (same rule as newPartners), zero-filled. */
export async function newPartnersByMonth(query: QueryFn, scope: Scope, productiveDays = DEFAULT_PRODUCTIVE_DAYS): Promise<Listed<NewPartnersMonth>> {
  const q = newPartnersByMonthQuery(scope, productiveDays);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => ({
    month: String(r.month), new: num(r.n), productive: num(r.productive), secondTier: num(r.second_tier),
  })));
}

export interface ResellerRow { partner_id: string; partner_name: string | null; ordered: boolean; revenue: number }
export interface DistributorRow {
  partner_id: string;
  /** null when parent_partner_id names no known partner. */
  partner_name: string | null;
  tier: string | null;
  region: string | null;
  resellers: number;
  /** Resellers with ≥ 1 order of amount > 0 in [from, to]. */
  ordered: number;
  /** Net revenue of its resellers in [from, to]. */
  revenue: number;
  children: ResellerRow[];
}

export function partnerStructureQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const p = whereFilters(scope.filters, PARTNER_DIMS);
  return {
    sql: `WITH ${s.sql},
ko AS (SELECT partner_id, SUM(amount) AS revenue, count(*) FILTER (WHERE amount > 0) AS n FROM fact_orders, s
       WHERE order_date BETWEEN s.d_from AND s.d_to GROUP BY 1)
SELECT c.parent_partner_id AS parent_id, p.partner_name AS parent_name, p.tier AS parent_tier, p.region AS parent_region,
  c.partner_id, c.partner_name, COALESCE(ko.n, 0) > 0 AS ordered, CAST(COALESCE(ko.revenue, 0) AS DOUBLE) AS revenue
FROM dim_partners c LEFT JOIN dim_partners p ON p.partner_id = c.parent_partner_id LEFT JOIN ko ON ko.partner_id = c.partner_id
WHERE c.parent_partner_id IS NOT NULL${p.sql}
ORDER BY c.parent_partner_id, c.partner_id`,
    params: [...s.params, ...p.params],
    unsupported: p.unsupported,
  };
}

/** Each first-tier partner's resellers (parent_partner_id) and how many ordered in [from, to]. Filters apply to the distributor. */
export async function partnerStructure(query: QueryFn, scope: Scope): Promise<Listed<DistributorRow>> {
  const q = partnerStructureQuery(scope);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  const byParent = new Map<string, DistributorRow>();
  for (const r of await run(query, q)) {
    const id = String(r.parent_id);
    let d = byParent.get(id);
    if (!d) {
      d = { partner_id: id, partner_name: strOrNull(r.parent_name), tier: strOrNull(r.parent_tier), region: strOrNull(r.parent_region), resellers: 0, ordered: 0, revenue: 0, children: [] };
      byParent.set(id, d);
    }
    const child: ResellerRow = { partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name), ordered: r.ordered === true, revenue: num(r.revenue) };
    d.children.push(child);
    d.resellers += 1;
    d.ordered += child.ordered ? 1 : 0;
    d.revenue += child.revenue;
  }
  return listed([...byParent.values()]);
}

export interface TierActivityRow { tier: string | null; partners: number; active: number; inactive: number; rate: number | null }

export function activeByTierQuery(scope: Scope, days = DEFAULT_ACTIVE_DAYS): MetricQuery {
  assertScope(scope);
  const w = trailingWindow(scope.to, days);
  const s = scopeCte({ ...scope, ...w });
  const p = whereFilters(scope.filters, PARTNER_DIMS);
  return {
    sql: `WITH ${s.sql},
act AS (SELECT DISTINCT partner_id FROM fact_orders, s WHERE amount > 0 AND order_date BETWEEN s.d_from AND s.d_to)
SELECT p.tier, count(*) AS partners, count(act.partner_id) AS active
FROM dim_partners p LEFT JOIN act ON act.partner_id = p.partner_id, s
WHERE p.is_active_status AND (p.signed_date IS NULL OR p.signed_date <= s.d_to)${p.sql}
GROUP BY p.tier ORDER BY partners DESC, p.tier NULLS LAST`,
    params: [...s.params, ...p.params],
    unsupported: p.unsupported,
  };
}

/**
 * Per tier: signed active-status partners (as activePartners' eligible base) and how many
 * ordered (amount > 0, any order) in the `days` days ending at `to`.
 */
export async function activeByTier(query: QueryFn, scope: Scope, days = DEFAULT_ACTIVE_DAYS): Promise<Listed<TierActivityRow>> {
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw new RangeError('days must be an integer in 1..3660');
  const q = activeByTierQuery(scope, days);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => {
    const partners = num(r.partners);
    const active = num(r.active);
    return { tier: strOrNull(r.tier), partners, active, inactive: partners - active, rate: ratio(active, partners) };
  }));
}

export interface CoverageRow {
  region: string | null;
  industry: string | null;
  /** Signed active-status partners at home there. */
  partners: number;
  /** Net revenue of orders there in [from, to] (the order's own region/industry). */
  revenue: number;
  /** Distinct partners with a positive order there in [from, to]. */
  ordering: number;
}

export function coverageQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const p = whereFilters(scope.filters, PARTNER_DIMS);
  const o = whereFilters(scope.filters, ORDER_DIMS);
  return {
    sql: `WITH ${s.sql},
pc AS (SELECT p.region, p.industry, count(*) AS partners FROM dim_partners p, s
       WHERE p.is_active_status AND (p.signed_date IS NULL OR p.signed_date <= s.d_to)${p.sql} GROUP BY 1, 2),
rv AS (SELECT o.region, o.industry, SUM(o.amount) AS revenue, count(DISTINCT o.partner_id) FILTER (WHERE o.amount > 0) AS ordering
       FROM fact_orders o, s WHERE o.order_date BETWEEN s.d_from AND s.d_to${o.sql} GROUP BY 1, 2)
SELECT COALESCE(pc.region, rv.region) AS region, COALESCE(pc.industry, rv.industry) AS industry,
  COALESCE(pc.partners, 0) AS partners, CAST(COALESCE(rv.revenue, 0) AS DOUBLE) AS revenue, COALESCE(rv.ordering, 0) AS ordering
FROM pc FULL JOIN rv ON pc.region IS NOT DISTINCT FROM rv.region AND pc.industry IS NOT DISTINCT FROM rv.industry
ORDER BY revenue DESC, partners DESC, region NULLS LAST, industry NULLS LAST`,
    params: [...s.params, ...p.params, ...o.params],
    unsupported: p.unsupported,
  };
}

/** Coverage: partners and revenue by region × industry — where the channel is thin. */
export async function coverage(query: QueryFn, scope: Scope): Promise<Listed<CoverageRow>> {
  const q = coverageQuery(scope);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => ({
    region: strOrNull(r.region), industry: strOrNull(r.industry), partners: num(r.partners), revenue: num(r.revenue), ordering: num(r.ordering),
  })));
}
