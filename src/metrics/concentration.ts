/**
 * Partner concentration of revenue: top-N share, the Pareto count (how few partners make 80%)
 * with its curve, and the Herfindahl–Hirschman index. SQL returns each partner's revenue and
 * cumulative share; the summary figures are read off those rows.
 */
import type { QueryFn } from '../engine/query';
import type { Dimension, Scope } from './filters';
import { orderSource } from './rollup';
import { ordersInScope } from './sales';
import { num, run, scopeCte, strOrNull, type MetricQuery } from './sql';

export interface ParetoPoint {
  rank: number;
  partner_id: string | null;
  partner_name: string | null;
  revenue: number;
  share: number;
  /** Σ share of partners ranked 1..rank. */
  cumulative_share: number;
  /** rank ÷ partners (x axis of the Pareto curve). */
  partner_share: number;
}

export interface ConcentrationResult {
  /** Partners with positive net revenue in scope (the population of every figure below). */
  partners: number;
  /** Their revenue (partners netting ≤ 0 left out). */
  total: number;
  /** Revenue share of the `topN` largest partners; null when total is 0. */
  topShare: number | null;
  topN: number;
  /** Fewest partners whose revenue reaches `paretoThreshold` of the total; null when total is 0. */
  paretoCount: number | null;
  /** paretoCount ÷ partners. */
  paretoPartnerShare: number | null;
  paretoThreshold: number;
  /** Σ (share × 100)², 0..10000; > 2500 is highly concentrated. Null when total is 0. */
  hhi: number | null;
  curve: ParetoPoint[];
  reason: 'unsupported-filter' | null;
  dims: Dimension[];
}

export function partnerRevenueQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const o = ordersInScope(scope, orderSource([scope], ['partner_id', 'partner_name']));
  return {
    sql: `WITH ${s.sql},
g AS (SELECT o.partner_id, any_value(o.partner_name) AS partner_name, SUM(o.amount) AS revenue
      ${o.sql} GROUP BY o.partner_id, CASE WHEN o.partner_id IS NULL THEN o.partner_name END),
pos AS (SELECT * FROM g WHERE revenue > 0)
SELECT partner_id, partner_name, CAST(revenue AS DOUBLE) AS revenue,
  CAST(revenue / SUM(revenue) OVER () AS DOUBLE) AS share,
  CAST(SUM(revenue) OVER (ORDER BY revenue DESC, partner_id NULLS LAST, partner_name ROWS UNBOUNDED PRECEDING)
       / SUM(revenue) OVER () AS DOUBLE) AS cumulative_share
FROM pos ORDER BY revenue DESC, partner_id NULLS LAST, partner_name`,
    params: [...s.params, ...o.params],
    unsupported: o.unsupported,
  };
}

/**
 * Concentration over partners' net revenue in scope (unresolved orders group by name as in
 * topPartners); partners netting ≤ 0 are left out so shares stay in 0..1.
 * Pareto count = the smallest k with cumulative share ≥ threshold (default 0.8).
 */
export async function concentration(query: QueryFn, scope: Scope, topN = 10, paretoThreshold = 0.8): Promise<ConcentrationResult> {
  if (!Number.isInteger(topN) || topN < 1) throw new RangeError('topN must be a positive integer');
  if (!(paretoThreshold > 0 && paretoThreshold <= 1)) throw new RangeError('paretoThreshold must be in (0, 1]');
  const q = partnerRevenueQuery(scope);
  const base = { topN, paretoThreshold, reason: null, dims: [] as Dimension[] };
  const empty = { partners: 0, total: 0, topShare: null, paretoCount: null, paretoPartnerShare: null, hhi: null, curve: [] };
  if (q.unsupported.length > 0) return { ...empty, ...base, reason: 'unsupported-filter', dims: q.unsupported };
  const rows = await run(query, q);
  if (rows.length === 0) return { ...empty, ...base };
  const n = rows.length;
  const curve: ParetoPoint[] = rows.map((r, i) => ({
    rank: i + 1, partner_id: strOrNull(r.partner_id), partner_name: strOrNull(r.partner_name), revenue: num(r.revenue),
    share: num(r.share), cumulative_share: num(r.cumulative_share), partner_share: (i + 1) / n,
  }));
  // A tiny tolerance so 0.8 reached exactly is not missed by floating-point rounding.
  const reached = curve.findIndex((p) => p.cumulative_share >= paretoThreshold - 1e-12);
  const paretoCount = reached === -1 ? n : reached + 1;
  return {
    ...base,
    partners: n,
    total: curve.reduce((sum, p) => sum + p.revenue, 0),
    topShare: curve[Math.min(topN, n) - 1].cumulative_share,
    paretoCount,
    paretoPartnerShare: paretoCount / n,
    hhi: curve.reduce((sum, p) => sum + (p.share * 100) ** 2, 0),
    curve,
  };
}
