/**
 * Salesperson scorecard (销售考核): one row of raw KPIs per salesperson for the period, scored by
 * scorecard.ts. "Their partners" are the partners they own (dim_partners.salesperson = owner);
 * revenue is the orders' own salesperson (as for attainment).
 */
import type { QueryFn } from '../engine/query';
import { paidBy } from './aging';
import { assertScope, trailingWindow, type Scope } from './filters';
import { DEFAULT_STOCK_THRESHOLDS, supplyCtes, type StockThresholds } from './inventory';
import { listed, unsupportedList, type Listed } from './listed';
import { DEFAULT_ACTIVE_DAYS, DEFAULT_PRODUCTIVE_DAYS } from './partners';
import { scoreRows, type KpiSpec, type RawRow, type ScoredRow } from './scorecard';
import { num, numOrNull, ratio, run, strOrNull, whereFilters, type MetricQuery } from './sql';
import { proRata } from './targets';

export interface SalesRaw {
  salesperson: string;
  /** The region most of their partners are in (ties: alphabetical). */
  region: string | null;
  revenue: number;
  /** Pro-rata quota of the period (salesperson rows of fact_targets); null when none. */
  target: number | null;
  /** Σ stock ÷ Σ weekly sales over their partners' positions (in quantities); Infinity when
   * nothing sold but stock is held; null without positions. */
  weeksOfSupply: number | null;
  newPartners: number;
  productiveNewPartners: number;
  /** Pro-rata target_new_partners; null when the targets carry none. */
  newPartnerTarget: number | null;
  /** Their second-tier partners with a positive order in the `activeDays` ending at `to`. */
  activeSecondTier: number;
  /** Mean survey score of their partners in the period. */
  satisfaction: number | null;
  /** paid ÷ due over their partners' invoices due in the period (collectionRate's rule). */
  collectionRate: number | null;
}

export const SALES_KPIS = ['quota', 'inventoryHealth', 'newPartners', 'activeSecondTier', 'satisfaction', 'collection'] as const;
export type SalesKpi = (typeof SALES_KPIS)[number];

/** DESIGN's default weights (quota 50, the rest 10 each) and rules; targets other than quota are settings. */
export const DEFAULT_SALES_SPECS: readonly KpiSpec[] = [
  { key: 'quota', weight: 50, rule: { kind: 'target', cap: 1.5 } },
  { key: 'inventoryHealth', weight: 10, rule: { kind: 'band', low: 2, high: 8, zeroBelow: 0, zeroAbove: 16 } },
  { key: 'newPartners', weight: 10, rule: { kind: 'target', cap: 1.5 }, target: 2 },
  { key: 'activeSecondTier', weight: 10, rule: { kind: 'target', cap: 1.5 }, target: 2 },
  { key: 'satisfaction', weight: 10, rule: { kind: 'linear', zero: 1, full: 5 } },
  { key: 'collection', weight: 10, rule: { kind: 'target', cap: 1 }, target: 1 },
];

export interface SalesScorecardOptions {
  specs: readonly KpiSpec[];
  stock: StockThresholds;
  activeDays: number;
  productiveDays: number;
}
export const DEFAULT_SALES_SCORECARD: SalesScorecardOptions = {
  specs: DEFAULT_SALES_SPECS, stock: DEFAULT_STOCK_THRESHOLDS, activeDays: DEFAULT_ACTIVE_DAYS, productiveDays: DEFAULT_PRODUCTIVE_DAYS,
};

const OVERLAP = '(t.period_start <= s.d_to AND t.period_end >= s.d_from AND t.salesperson IS NOT NULL)';

/** Only the salesperson filter applies (it picks the rows); any other filter is unsupported. */
export function salesScorecardQuery(scope: Scope, o: SalesScorecardOptions = DEFAULT_SALES_SCORECARD): MetricQuery {
  assertScope(scope);
  const sup = supplyCtes({ ...scope, filters: {} }, o.stock);
  const rep = whereFilters(scope.filters, { salesperson: 'reps.salesperson' });
  const newShare = '(least(t.period_end, s.d_to) - greatest(t.period_start, s.d_from) + 1) / (t.period_end - t.period_start + 1)';
  return {
    sql: `WITH ${sup.sql}, aw AS (SELECT ?::DATE AS a_from),
reps AS (SELECT salesperson FROM dim_partners WHERE salesperson IS NOT NULL
         UNION SELECT salesperson FROM fact_orders, s WHERE salesperson IS NOT NULL AND order_date BETWEEN s.d_from AND s.d_to
         UNION SELECT t.salesperson FROM fact_targets t, s WHERE ${OVERLAP}),
home AS (SELECT salesperson, region FROM (SELECT salesperson, region, count(*) AS n FROM dim_partners
           WHERE salesperson IS NOT NULL AND region IS NOT NULL GROUP BY 1, 2)
         QUALIFY row_number() OVER (PARTITION BY salesperson ORDER BY n DESC, region) = 1),
rev AS (SELECT salesperson, SUM(amount) AS revenue FROM fact_orders, s WHERE order_date BETWEEN s.d_from AND s.d_to GROUP BY 1),
tgt AS (SELECT t.salesperson, SUM(${proRata('s.d_from', 's.d_to')}) AS target, SUM(t.target_new_partners * ${newShare}) AS target_new
        FROM fact_targets t, s WHERE ${OVERLAP} GROUP BY 1),
inv AS (SELECT salesperson, SUM(stock_u) AS qty, SUM(greatest(weekly, 0)) AS weekly FROM pos WHERE unit = 'qty' GROUP BY 1),
np AS (SELECT partner_id, salesperson, signed_date FROM dim_partners, s WHERE signed_date BETWEEN s.d_from AND s.d_to),
fo AS (SELECT np.partner_id, min(o.order_date) AS first_date FROM np
       JOIN fact_orders o ON o.partner_id = np.partner_id AND o.amount > 0 AND o.order_date >= np.signed_date GROUP BY 1),
newp AS (SELECT np.salesperson, count(*) AS n, count(*) FILTER (WHERE fo.first_date - np.signed_date <= ?) AS productive
         FROM np LEFT JOIN fo USING (partner_id) GROUP BY 1),
act2 AS (SELECT p.salesperson, count(DISTINCT o.partner_id) AS n FROM fact_orders o JOIN dim_partners p ON p.partner_id = o.partner_id, s, aw
         WHERE o.amount > 0 AND p.is_second_tier AND o.order_date BETWEEN aw.a_from AND s.d_to GROUP BY 1),
sat AS (SELECT salesperson, avg(score) AS mean FROM fact_surveys, s WHERE survey_date BETWEEN s.d_from AND s.d_to GROUP BY 1),
col AS (SELECT r.salesperson, SUM(r.amount) AS due, SUM(${paidBy('s.d_to')}) AS paid FROM fact_receivables r, s
        WHERE r.due_date BETWEEN s.d_from AND s.d_to GROUP BY 1)
SELECT reps.salesperson, home.region, CAST(COALESCE(rev.revenue, 0) AS DOUBLE) AS revenue, CAST(tgt.target AS DOUBLE) AS target,
  CAST(tgt.target_new AS DOUBLE) AS target_new, CAST(inv.qty AS DOUBLE) AS inv_qty, CAST(inv.weekly AS DOUBLE) AS inv_weekly,
  COALESCE(newp.n, 0) AS new_partners, COALESCE(newp.productive, 0) AS productive, COALESCE(act2.n, 0) AS active_second_tier,
  CAST(sat.mean AS DOUBLE) AS satisfaction, CAST(col.due AS DOUBLE) AS due, CAST(col.paid AS DOUBLE) AS paid
FROM reps LEFT JOIN home USING (salesperson) LEFT JOIN rev USING (salesperson) LEFT JOIN tgt USING (salesperson)
  LEFT JOIN inv USING (salesperson) LEFT JOIN newp USING (salesperson) LEFT JOIN act2 USING (salesperson)
  LEFT JOIN sat USING (salesperson) LEFT JOIN col USING (salesperson)
WHERE true${rep.sql} ORDER BY reps.salesperson`,
    params: [...sup.params, trailingWindow(scope.to, o.activeDays).from, o.productiveDays, ...rep.params],
    unsupported: rep.unsupported,
  };
}

function weeksOfSupply(qty: number | null, weekly: number | null): number | null {
  if (qty === null) return null;
  if ((weekly ?? 0) > 0) return qty / (weekly as number);
  return qty > 0 ? Infinity : null;
}

/** The raw KPIs per salesperson. */
export async function salesRaw(query: QueryFn, scope: Scope, o: SalesScorecardOptions = DEFAULT_SALES_SCORECARD): Promise<Listed<SalesRaw>> {
  const q = salesScorecardQuery(scope, o);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => {
    const due = numOrNull(r.due);
    return {
      salesperson: String(r.salesperson), region: strOrNull(r.region), revenue: num(r.revenue), target: numOrNull(r.target),
      weeksOfSupply: weeksOfSupply(numOrNull(r.inv_qty), numOrNull(r.inv_weekly)),
      newPartners: num(r.new_partners), productiveNewPartners: num(r.productive), newPartnerTarget: numOrNull(r.target_new),
      activeSecondTier: num(r.active_second_tier), satisfaction: numOrNull(r.satisfaction),
      collectionRate: due === null ? null : ratio(num(r.paid), due),
    };
  }));
}

/** Raw KPIs → the scorecard's input row. Quota scores revenue against the row's own target. */
export function salesRawRow(raw: SalesRaw): RawRow<SalesRaw> {
  return {
    id: raw.salesperson, name: raw.salesperson, group: raw.region, raw,
    kpis: {
      quota: { value: raw.revenue, target: raw.target },
      inventoryHealth: { value: raw.weeksOfSupply },
      newPartners: { value: raw.productiveNewPartners, ...(raw.newPartnerTarget === null ? {} : { target: raw.newPartnerTarget }) },
      activeSecondTier: { value: raw.activeSecondTier },
      satisfaction: { value: raw.satisfaction },
      collection: { value: raw.collectionRate },
    },
  };
}

/**
 * The salesperson scorecard: raw KPIs, normalised scores, weighted totals (weights renormalised
 * over the KPIs present, stated per row), gates, ranked with ties.
 */
export async function salesScorecard(query: QueryFn, scope: Scope, o: Partial<SalesScorecardOptions> = {}): Promise<Listed<ScoredRow<SalesRaw>>> {
  const opts = { ...DEFAULT_SALES_SCORECARD, ...o };
  const raw = await salesRaw(query, scope, opts);
  if (raw.reason) return unsupportedList(raw.dims);
  return listed(scoreRows(raw.rows.map(salesRawRow), opts.specs));
}
