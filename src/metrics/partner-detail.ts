/**
 * One partner, seen whole: who it is, what it ordered over time and which products, and its
 * trainings and surveys. The partner is named by id (a bound parameter), the period by the scope's
 * dates; the scope's other filters are not applied — the panel describes the partner, not a slice.
 * Inventory, receivables and resellers come from inventory.ts, aging.ts / collections.ts and
 * partners-health.ts with `{ partner: [id] }` as the filter.
 */
import type { QueryFn } from '../engine/query';
import { SURVEY_SCORE_COLUMNS, type SurveyScoreColumn } from './columns';
import { addMonths, dayNumber } from './dates';
import { assertScope, type Scope } from './filters';
import { num, numOrNull, quoteIdent, ratio, run, scopeCte, strOrNull, type SqlQuery } from './sql';

function assertId(id: string): void {
  if (typeof id !== 'string' || id.length === 0) throw new TypeError('partner id must be a non-empty string');
}

export interface PartnerProfile {
  partner_id: string;
  partner_name: string | null;
  tier: string | null;
  is_second_tier: boolean;
  /** The first-tier partner of a second-tier one. */
  parent_id: string | null;
  parent_name: string | null;
  region: string | null;
  province: string | null;
  city: string | null;
  industry: string | null;
  salesperson: string | null;
  signed_date: string | null;
  status: string | null;
  certification: string | null;
  /** Partners whose parent_partner_id is this one. */
  resellers: number;
  /** First positive order ever, last positive order on or before `to`. */
  first_order: string | null;
  last_order: string | null;
  /** Days from last_order to `to`; null without one. */
  days_since_last: number | null;
  /** Latest training / survey on or before `to` (to say "none this period, last one …"). */
  last_training: string | null;
  last_survey: string | null;
}

export function partnerProfileQuery(id: string, to: string): SqlQuery {
  assertId(id);
  assertScope({ from: to, to, filters: {} });
  const latest = (table: string, date: string, extra = '') =>
    `(SELECT CAST(max(x.${date}) AS VARCHAR) FROM ${table} x WHERE x.partner_id = p.partner_id AND x.${date} <= s.d_to${extra})`;
  return {
    sql: `WITH s AS (SELECT ?::DATE AS d_to)
SELECT p.partner_id, p.partner_name, p.tier, p.is_second_tier, p.parent_partner_id AS parent_id, pp.partner_name AS parent_name,
  p.region, p.province, p.city, p.industry, p.salesperson, CAST(p.signed_date AS VARCHAR) AS signed_date, p.status, c.certification,
  (SELECT count(*) FROM dim_partners k WHERE k.parent_partner_id = p.partner_id) AS resellers,
  (SELECT CAST(min(o.order_date) AS VARCHAR) FROM fact_orders o WHERE o.partner_id = p.partner_id AND o.amount > 0) AS first_order,
  ${latest('fact_orders', 'order_date', ' AND x.amount > 0')} AS last_order,
  ${latest('fact_trainings', 'date')} AS last_training,
  ${latest('fact_surveys', 'survey_date')} AS last_survey
FROM dim_partners p CROSS JOIN s LEFT JOIN dim_partners pp ON pp.partner_id = p.parent_partner_id
  LEFT JOIN dim_partner_certifications c ON c.partner_id = p.partner_id
WHERE p.partner_id = ?`,
    params: [to, id],
  };
}

/** The partner's master data and order history markers as of `to`; null when the id is unknown. */
export async function partnerProfile(query: QueryFn, id: string, to: string): Promise<PartnerProfile | null> {
  const [r] = await run(query, partnerProfileQuery(id, to));
  if (!r) return null;
  const last = strOrNull(r.last_order);
  return {
    partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name), tier: strOrNull(r.tier),
    is_second_tier: r.is_second_tier === true, parent_id: strOrNull(r.parent_id), parent_name: strOrNull(r.parent_name),
    region: strOrNull(r.region), province: strOrNull(r.province), city: strOrNull(r.city), industry: strOrNull(r.industry),
    salesperson: strOrNull(r.salesperson), signed_date: strOrNull(r.signed_date), status: strOrNull(r.status),
    certification: strOrNull(r.certification), resellers: num(r.resellers), first_order: strOrNull(r.first_order),
    last_order: last, days_since_last: last === null ? null : dayNumber(to) - dayNumber(last),
    last_training: strOrNull(r.last_training), last_survey: strOrNull(r.last_survey),
  };
}

/**
 * Where the order history starts: `months` calendar months ending with `to`'s month, or the
 * period's start when the period is longer (to 2026-10-31, 24 → 2024-11-01).
 */
export function historyFrom(scope: Scope, months = 24): string {
  assertScope(scope);
  if (!Number.isInteger(months) || months < 1 || months > 600) throw new RangeError('months must be an integer in 1..600');
  const start = addMonths(`${scope.to.slice(0, 7)}-01`, -(months - 1));
  return scope.from < start ? `${scope.from.slice(0, 7)}-01` : start;
}

export interface PartnerOrderMonth {
  month: string; // 'YYYY-MM'
  /** Net (returns included) amount of the month's orders. */
  revenue: number;
  /** Orders with amount > 0. */
  orders: number;
  /** The month overlaps [from, to]. */
  in_period: boolean;
}

export interface PartnerOrders {
  /** Every month from historyFrom() to `to`'s month, zero-filled; revenue clipped to ≤ to. */
  months: PartnerOrderMonth[];
  /** Net amount of orders dated in [from, to]. */
  revenue: number;
  orders: number;
  /** Return lines (amount < 0) in the period and their (negative) total. */
  returns: number;
  returned: number;
}

export function partnerOrdersQuery(scope: Scope, id: string, months = 24): SqlQuery {
  assertId(id);
  const s = scopeCte(scope);
  return {
    sql: `WITH ${s.sql}, h AS (SELECT ?::DATE AS h_from),
months AS (SELECT CAST(unnest(generate_series(CAST(h_from AS TIMESTAMP), CAST(date_trunc('month', d_to) AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month FROM s, h),
po AS (SELECT o.order_date, o.month, o.amount FROM fact_orders o, s, h WHERE o.partner_id = ? AND o.order_date BETWEEN h.h_from AND s.d_to),
g AS (SELECT month, SUM(amount) AS revenue, count(*) FILTER (WHERE amount > 0) AS orders FROM po GROUP BY 1)
SELECT strftime(months.month, '%Y-%m') AS month, CAST(COALESCE(g.revenue, 0) AS DOUBLE) AS revenue, COALESCE(g.orders, 0) AS orders,
  (last_day(months.month) >= s.d_from) AS in_period,
  (SELECT CAST(COALESCE(SUM(amount), 0) AS DOUBLE) FROM po WHERE order_date >= s.d_from) AS p_revenue,
  (SELECT count(*) FROM po WHERE order_date >= s.d_from AND amount > 0) AS p_orders,
  (SELECT count(*) FROM po WHERE order_date >= s.d_from AND amount < 0) AS p_returns,
  (SELECT CAST(COALESCE(SUM(amount), 0) AS DOUBLE) FROM po WHERE order_date >= s.d_from AND amount < 0) AS p_returned
FROM months LEFT JOIN g USING (month), s ORDER BY months.month`,
    params: [...s.params, historyFrom(scope, months), id],
  };
}

/** The partner's orders: monthly over the history window, and the period's totals. */
export async function partnerOrders(query: QueryFn, scope: Scope, id: string, months = 24): Promise<PartnerOrders> {
  const rows = await run(query, partnerOrdersQuery(scope, id, months));
  const first = rows[0] ?? {};
  return {
    months: rows.map((r) => ({ month: String(r.month), revenue: num(r.revenue), orders: num(r.orders), in_period: r.in_period === true })),
    revenue: num(first.p_revenue), orders: num(first.p_orders), returns: num(first.p_returns), returned: num(first.p_returned),
  };
}

export interface PartnerProductRow {
  product: string | null;
  product_line: string | null;
  /** Net amount in [from, to]. */
  revenue: number;
  orders: number;
  /** revenue ÷ the partner's period revenue; null when that is ≤ 0. */
  share: number | null;
}

export function partnerProductsQuery(scope: Scope, id: string): SqlQuery {
  assertId(id);
  const s = scopeCte(scope);
  return {
    sql: `WITH ${s.sql}
SELECT o.product, any_value(o.product_line) AS product_line, CAST(SUM(o.amount) AS DOUBLE) AS revenue,
  count(*) FILTER (WHERE o.amount > 0) AS orders
FROM fact_orders o, s WHERE o.partner_id = ? AND o.order_date BETWEEN s.d_from AND s.d_to
GROUP BY o.product ORDER BY revenue DESC, o.product NULLS LAST`,
    params: [...s.params, id],
  };
}

/** What the partner bought in the period, by product, largest first. */
export async function partnerProducts(query: QueryFn, scope: Scope, id: string): Promise<PartnerProductRow[]> {
  const rows = (await run(query, partnerProductsQuery(scope, id))).map((r) => ({
    product: strOrNull(r.product), product_line: strOrNull(r.product_line), revenue: num(r.revenue), orders: num(r.orders),
  }));
  const total = rows.reduce((sum, r) => sum + r.revenue, 0);
  return rows.map((r) => ({ ...r, share: total > 0 ? ratio(r.revenue, total) : null }));
}

export interface PartnerTrainingRow {
  date: string;
  training_id: string | null;
  type: string | null;
  attendees: number | null;
  passed: number | null;
  /** passed ÷ attendees; null when either is missing or attendees is 0. */
  pass_rate: number | null;
}

export function partnerTrainingsQuery(scope: Scope, id: string): SqlQuery {
  assertId(id);
  const s = scopeCte(scope);
  return {
    sql: `WITH ${s.sql}
SELECT CAST(tr.date AS VARCHAR) AS date, tr.training_id, tr.type, tr.attendees, tr.passed
FROM fact_trainings tr, s WHERE tr.partner_id = ? AND tr.date BETWEEN s.d_from AND s.d_to
ORDER BY tr.date DESC, tr.session_key`,
    params: [...s.params, id],
  };
}

/** The partner's training attendance in the period, latest first. */
export async function partnerTrainings(query: QueryFn, scope: Scope, id: string): Promise<PartnerTrainingRow[]> {
  return (await run(query, partnerTrainingsQuery(scope, id))).map((r) => {
    const attendees = numOrNull(r.attendees);
    const passed = numOrNull(r.passed);
    return {
      date: String(r.date), training_id: strOrNull(r.training_id), type: strOrNull(r.type), attendees, passed,
      pass_rate: attendees === null || passed === null ? null : ratio(passed, attendees),
    };
  });
}

export type PartnerSurveyRow = { survey_date: string; score: number | null; nps: number | null } & Record<SurveyScoreColumn, number | null>;

export function partnerSurveysQuery(scope: Scope, id: string): SqlQuery {
  assertId(id);
  const s = scopeCte(scope);
  const scores = SURVEY_SCORE_COLUMNS.map((c) => `sv.${quoteIdent(c)}`).join(', ');
  return {
    sql: `WITH ${s.sql}
SELECT CAST(sv.survey_date AS VARCHAR) AS survey_date, ${scores}, sv.score, sv.nps
FROM fact_surveys sv, s WHERE sv.partner_id = ? AND sv.survey_date BETWEEN s.d_from AND s.d_to
ORDER BY sv.survey_date DESC`,
    params: [...s.params, id],
  };
}

/** The partner's survey answers in the period (score = mean of the dimensions), latest first. */
export async function partnerSurveys(query: QueryFn, scope: Scope, id: string): Promise<PartnerSurveyRow[]> {
  return (await run(query, partnerSurveysQuery(scope, id))).map((r) => {
    const scores = Object.fromEntries(SURVEY_SCORE_COLUMNS.map((c) => [c, numOrNull(r[c])])) as Record<SurveyScoreColumn, number | null>;
    return { survey_date: String(r.survey_date), ...scores, score: numOrNull(r.score), nps: numOrNull(r.nps) };
  });
}
