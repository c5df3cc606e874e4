/**
 * What the monthly report asks of metrics/: one loader per section, each for one calendar month
 * under the view's filters. Views never build SQL; these only combine metric results.
 */
import type { QueryFn } from '../../engine/query';
import { aging } from '../../metrics/aging';
import { collectionRate } from '../../metrics/collections';
import type { Filters } from '../../metrics/filters';
import { forecastBy, forecastRevenue, splitQuota } from '../../metrics/forecast';
import { DEFAULT_STOCK_THRESHOLDS, weeksOfSupply } from '../../metrics/inventory';
import { partnerSupply, supplySummary } from '../../metrics/inventory-partners';
import { DEFAULT_LOST_DAYS, lostPartners, newPartnerList, partnerMovers, topMovers } from '../../metrics/partner-changes';
import { activePartners } from '../../metrics/partners';
import { onceOffPartners } from '../../metrics/partners-health';
import { growth, quotaAttainment, revenue } from '../../metrics/sales';
import { salesBy, type GroupSalesRow } from '../../metrics/sales-by';
import { monthScope, shiftMonth } from './month';

/** The report is as of the month's end, or the last data day when the month is not over. */
const asOfFor = (to: string, dataMax: string) => (dataMax < to ? dataMax : to);

export async function loadSummary(q: QueryFn, month: string, filters: Filters, dataMax: string) {
  const scope = monthScope(month, filters);
  const ytd = { ...scope, from: `${month.slice(0, 4)}-01-01` };
  const asOf = asOfFor(scope.to, dataMax);
  const [rev, att, grow, ytdAtt, active, collection] = await Promise.all([
    revenue(q, scope), quotaAttainment(q, scope, asOf), growth(q, scope, 'yoy'), quotaAttainment(q, ytd, asOf),
    activePartners(q, scope), collectionRate(q, scope),
  ]);
  return { revenue: rev, attainment: att, growth: grow, ytd: ytdAtt, active, collection };
}

export interface MoverItem { key: string | null; name: string; revenue: number; base: number; change: number; growth: number | null }

const fromGroup = (r: GroupSalesRow, unknown: string): MoverItem => ({ key: r.key, name: r.key ?? unknown, revenue: r.revenue, base: r.base, change: r.revenue - r.base, growth: r.growth });

/** Gainers then decliners, n of each (regions have few values: all of them, largest rise first). */
function moverList(rows: MoverItem[], n: number): MoverItem[] {
  const t = topMovers(rows, n);
  return [...t.gainers, ...t.decliners.reverse()];
}

export async function loadMovers(q: QueryFn, month: string, filters: Filters, unknown: string) {
  const scope = monthScope(month, filters);
  const [regions, products, partners] = await Promise.all([salesBy(q, scope, 'region', 'yoy'), salesBy(q, scope, 'product', 'yoy'), partnerMovers(q, scope, 'yoy')]);
  return {
    regions: moverList(regions.rows.map((r) => fromGroup(r, unknown)), 20),
    products: moverList(products.rows.map((r) => fromGroup(r, unknown)), 10),
    partners: moverList(partners.map((p) => ({ ...p, name: p.name ?? p.key ?? unknown })), 5),
  };
}

export interface TargetItem { key: string | null; name: string; revenue: number; target: number | null; attainment: number | null; gap: number; growth: number | null }

const toTarget = (r: GroupSalesRow, unknown: string): TargetItem => ({
  key: r.key, name: r.key ?? unknown, revenue: r.revenue, target: r.target, attainment: r.attainment, gap: Math.max(0, (r.target ?? 0) - r.revenue), growth: r.growth,
});

export async function loadBelowTarget(q: QueryFn, month: string, filters: Filters, unknown: string, warn = 1) {
  const scope = monthScope(month, filters);
  const [regions, people] = await Promise.all([salesBy(q, scope, 'region', 'yoy'), salesBy(q, scope, 'salesperson', 'yoy')]);
  const withTarget = (rows: GroupSalesRow[]) => rows.filter((r) => r.attainment !== null).map((r) => toTarget(r, unknown)).sort((a, b) => a.attainment! - b.attainment!);
  const regionRows = withTarget(regions.rows);
  const below = regionRows.filter((r) => r.attainment! < warn);
  // "Mainly because": the salesperson of the worst region with the largest shortfall.
  let driver: TargetItem | null = null;
  if (below[0]?.key) {
    const inRegion = await salesBy(q, { ...scope, filters: { ...filters, region: [below[0].key] } }, 'salesperson', 'yoy');
    driver = withTarget(inRegion.rows).filter((r) => r.gap > 0).sort((a, b) => b.gap - a.gap)[0] ?? null;
  }
  const totals = regions.rows.reduce((t, r) => ({ revenue: t.revenue + r.revenue, base: t.base + r.base }), { revenue: 0, base: 0 });
  return {
    regions: regionRows, belowRegions: below, people: withTarget(people.rows), driver,
    companyGrowth: totals.base === 0 ? null : (totals.revenue - totals.base) / Math.abs(totals.base), targetReason: regions.targetReason,
  };
}

export async function loadInventory(q: QueryFn, month: string, filters: Filters) {
  const th = DEFAULT_STOCK_THRESHOLDS;
  const result = await weeksOfSupply(q, monthScope(month, filters), th);
  const partners = partnerSupply(result.rows, th);
  const over = partners.filter((p) => p.status === 'over');
  const under = partners.filter((p) => p.status === 'under').sort((a, b) => (a.weeks_of_supply ?? 0) - (b.weeks_of_supply ?? 0));
  return { summary: supplySummary(result, partners), over, under, thresholds: th, reason: result.reason };
}

export async function loadCollections(q: QueryFn, month: string, filters: Filters) {
  const scope = monthScope(month, filters);
  const [rate, byPerson, byPartner] = await Promise.all([collectionRate(q, scope), aging(q, scope, 'salesperson'), aging(q, scope, 'partner')]);
  return { rate, total: byPerson.total, people: byPerson.rows.filter((r) => r.overdue > 0), partners: byPartner.rows.filter((r) => r.overdue > 0).slice(0, 10), reason: byPerson.reason };
}

export async function loadPartnerChanges(q: QueryFn, month: string, filters: Filters) {
  const scope = monthScope(month, filters);
  const [fresh, lost, onceOff] = await Promise.all([newPartnerList(q, scope), lostPartners(q, scope, DEFAULT_LOST_DAYS), onceOffPartners(q, scope)]);
  return { fresh, lost, onceOff, quietDays: DEFAULT_LOST_DAYS };
}

/** Round a suggested quota to whole 万 (10,000), the unit quotas are set in. */
export const QUOTA_UNIT = 10_000;

export async function loadForecast(q: QueryFn, month: string, filters: Filters, dataMax: string) {
  const scope = monthScope(month, filters);
  const next = shiftMonth(month, 1);
  const nextScope = monthScope(next, filters);
  const [total, byRegion, nextTarget] = await Promise.all([
    forecastRevenue(q, scope), forecastBy(q, scope, 'region', { horizon: 1, backtestMonths: 6 }), quotaAttainment(q, nextScope, asOfFor(nextScope.to, dataMax)),
  ]);
  const forecast = total.forecast.find((f) => f.month === next)?.value ?? null;
  const target = nextTarget.target !== null && nextTarget.target > 0 ? nextTarget.target : null;
  const quota = target ?? Math.round((forecast ?? 0) / QUOTA_UNIT) * QUOTA_UNIT;
  const split = splitQuota(byRegion.rows.map((s) => ({ key: s.key, forecast: s.forecast[0]?.value ?? 0 })), quota, QUOTA_UNIT);
  const lastYear = total.history.find((h) => h.month === shiftMonth(next, -12))?.revenue ?? null;
  return { total, next, forecast, target, quota, split, lastYear, reason: total.reason };
}
