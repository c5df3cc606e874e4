/** What the scorecards page asks of metrics/: one call per panel. */
import type { QueryFn } from '../../engine/query';
import { revenueByMonth } from '../../metrics/breakdowns';
import { activeDimensions, type Dimension, type Scope } from '../../metrics/filters';
import { rankRows, scoreRow, type KpiSpec, type ScoredRow } from '../../metrics/scorecard';
import { partnerScorecard, type SegmentThresholds } from '../../metrics/scorecard-partners';
import { salesRaw, salesRawRow, salesScorecard, type SalesRaw } from '../../metrics/scorecard-sales';

/** Filters the salesperson scorecard honours: region narrows the list, salesperson opens one. */
const SALES_SCORECARD_DIMS: readonly Dimension[] = ['region', 'salesperson'];

/** Active filters the salesperson scorecard does not follow (stated under the table). */
export function ignoredSalesFilters(scope: Scope): Dimension[] {
  return activeDimensions(scope.filters).filter((d) => !SALES_SCORECARD_DIMS.includes(d));
}

/**
 * Every salesperson scored on their own KPIs (filters do not change a person's score), then
 * narrowed to the region filter (their main region) and ranked within what is shown.
 */
export async function loadSalesScorecard(query: QueryFn, scope: Scope, specs: readonly KpiSpec[]): Promise<ScoredRow<SalesRaw>[]> {
  const all = await salesScorecard(query, { ...scope, filters: {} }, { specs });
  const regions = scope.filters.region ?? [];
  return regions.length ? rankRows(all.rows.filter((r) => r.group !== null && regions.includes(r.group))) : all.rows;
}

/** The months of [from, to], each clipped to the period. */
export function monthSlices(from: string, to: string): { month: string; from: string; to: string }[] {
  const out: { month: string; from: string; to: string }[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > to.slice(0, 7)) break;
    const end = `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
    out.push({ month, from: `${month}-01` < from ? from : `${month}-01`, to: end > to ? to : end });
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

export interface TrendPoint { month: string; row: ScoredRow<SalesRaw> | null }

/** One salesperson's KPIs scored month by month with the same specs (targets pro rata per month). */
export async function loadSalesTrend(query: QueryFn, scope: Scope, salesperson: string, specs: readonly KpiSpec[]): Promise<TrendPoint[]> {
  const months = monthSlices(scope.from, scope.to);
  const raws = await Promise.all(months.map((s) => salesRaw(query, { from: s.from, to: s.to, filters: { salesperson: [salesperson] } })));
  return months.map((s, i) => {
    const raw = raws[i].rows[0];
    return { month: s.month, row: raw ? scoreRow(salesRawRow(raw), specs) : null };
  });
}

/** Their monthly revenue against their quota. */
export function loadSalesRevenue(query: QueryFn, scope: Scope, salesperson: string) {
  return revenueByMonth(query, { ...scope, filters: { salesperson: [salesperson] } });
}

/** Partners scored against partners of their own type (a reseller is not a distributor). */
export function loadPartnerEvaluation(query: QueryFn, scope: Scope, segments: SegmentThresholds) {
  return partnerScorecard(query, scope, { revenuePeers: 'tier', segments });
}
