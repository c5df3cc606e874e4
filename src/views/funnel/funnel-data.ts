/** What the Funnel & forecast page asks of metrics/, and the small rules of its quota planner. */
import type { QueryFn } from '../../engine/query';
import { withoutFilter, type Scope } from '../../metrics/filters';
import { funnel, pipelineCoverage } from '../../metrics/funnel';
import { DEFAULT_FORECAST, forecastBy, forecastRevenue, lastCompleteMonth, splitQuota, type QuotaShare } from '../../metrics/forecast';
import { quotaAttainment } from '../../metrics/sales';
import { addMonths } from '../../metrics/dates';
import { periodEnd } from '../../state/url';

/** The funnel and the coverage of the remaining quota, fetched together for the cards and charts. */
export async function loadFunnel(query: QueryFn, scope: Scope) {
  const [f, coverage] = await Promise.all([funnel(query, scope), pipelineCoverage(query, scope)]);
  return { funnel: f, coverage };
}

/** The total forecast under the filters and one per region (for the selector). */
export async function loadForecast(query: QueryFn, scope: Scope) {
  const [total, regions] = await Promise.all([forecastRevenue(query, scope), forecastBy(query, scope, 'region')]);
  return { total, regions };
}

/** 'YYYY-MM' of the month after the last complete month at scope.to: the month being planned. */
export function planMonth(scope: Scope): string {
  return addMonths(lastCompleteMonth(scope.to), 1).slice(0, 7);
}

/**
 * Next month's forecasts by region (region filter left out, so every region can be clicked) and
 * by salesperson (all filters), plus that month's target when the targets data has one.
 */
export async function loadQuotaInputs(query: QueryFn, scope: Scope) {
  const month = planMonth(scope);
  const one = { ...DEFAULT_FORECAST, horizon: 1 };
  const company = withoutFilter(scope, 'region');
  const [regions, reps, target] = await Promise.all([
    forecastBy(query, company, 'region', one),
    forecastBy(query, scope, 'salesperson', one),
    quotaAttainment(query, { ...company, from: `${month}-01`, to: periodEnd(month) }, periodEnd(month)),
  ]);
  const next = (rows: typeof regions.rows) => rows.map((r) => ({ key: r.key, forecast: r.forecast[0]?.value ?? 0 }));
  return { month, regions: next(regions.rows), reps: next(reps.rows), regionReason: regions.reason, repReason: reps.reason, target: target.target && target.target > 0 ? target.target : null };
}

/** Whole 万 for a company-sized quota, whole yuan for a tiny one: a plan reads in round numbers. */
export function splitUnit(quota: number): number {
  return quota >= 1e6 ? 10_000 : 1;
}

/**
 * The region split of the whole quota, and the salesperson split of the part that belongs to the
 * selected regions (all of it without a region filter), so a rep's share flows from the region's.
 */
export function planQuota(
  inputs: { regions: { key: string | null; forecast: number }[]; reps: { key: string | null; forecast: number }[] },
  quota: number,
  selectedRegions: readonly string[],
): { regions: QuotaShare[]; reps: QuotaShare[]; repQuota: number } {
  const regions = splitQuota(inputs.regions, quota, splitUnit(quota));
  const repQuota = selectedRegions.length
    ? regions.filter((r) => r.key !== null && selectedRegions.includes(r.key)).reduce((s, r) => s + r.quota, 0)
    : quota;
  return { regions, reps: splitQuota(inputs.reps, repQuota, splitUnit(repQuota)), repQuota };
}
