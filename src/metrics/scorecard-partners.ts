/**
 * Partner evaluation (伙伴考评): the scorecard mechanism per partner — revenue, growth, order
 * regularity, payment behaviour, inventory health, satisfaction, training, certification — then
 * segments strategic / develop / maintain / watch / eliminate with structured reasons.
 */
import type { QueryFn } from '../engine/query';
import { paidBy } from './aging';
import { MAX_CERTIFICATION_LEVEL, PARTNER_DIMS } from './columns';
import { assertScope, shiftScope, type Scope } from './filters';
import { DEFAULT_STOCK_THRESHOLDS, supplyCtes, type StockThresholds } from './inventory';
import { listed, unsupportedList, type Listed } from './listed';
import { DEFAULT_ONCE_OFF, onceOffCte, type OnceOffOptions } from './partners-health';
import { assertSpecs, rankRows, scoreRow, type KpiSpec, type RawRow, type ScoredRow } from './scorecard';
import { num, numOrNull, ratio, run, strOrNull, whereFilters, type MetricQuery } from './sql';

export interface PartnerRaw {
  partner_id: string;
  partner_name: string | null;
  tier: string | null;
  region: string | null;
  salesperson: string | null;
  /** Its distributor, to show second-tier partners under it. */
  parent_partner_id: string | null;
  is_second_tier: boolean;
  revenue: number;
  /** Revenue of shiftScope(scope, 'yoy'); growth = (revenue − base) ÷ |base|, null when base is 0. */
  baseRevenue: number;
  growth: number | null;
  /** Months of the period with a positive order, and the months of the period since signing (its month counts). */
  activeMonths: number;
  months: number;
  /** Invoices due in the period, and those not settled by their due date. */
  invoices: number;
  lateInvoices: number;
  overdueShare: number | null;
  /** Mean days late over those invoices (on time = 0; unpaid at `to` = days past due at `to`). */
  daysLate: number | null;
  weeksOfSupply: number | null;
  satisfaction: number | null;
  trainingPassRate: number | null;
  /** 0 (none) … 3 (金牌); null when the partners file has no certification column. */
  certificationLevel: number | null;
  lastOrder: string | null;
  daysSinceLastOrder: number | null;
  signedDate: string | null;
  /** `to` − signed_date; null without a signing date. */
  daysSinceSigned: number | null;
  onceOff: boolean;
}

/** Default rules; the revenue anchor (full points) is data-driven unless given: the 80th percentile partner. */
export function defaultPartnerSpecs(revenueFull: number): KpiSpec[] {
  if (!(revenueFull > 0)) throw new RangeError('revenueFull must be > 0');
  return [
    { key: 'revenue', weight: 25, rule: { kind: 'linear', zero: 0, full: revenueFull } },
    { key: 'growth', weight: 10, rule: { kind: 'linear', zero: -0.5, full: 0.3 } },
    { key: 'activeMonths', weight: 15, rule: { kind: 'linear', zero: 0, full: 1 } },
    { key: 'overdueShare', weight: 10, rule: { kind: 'linear', zero: 0.5, full: 0 } },
    { key: 'daysLate', weight: 10, rule: { kind: 'linear', zero: 60, full: 0 } },
    { key: 'inventoryHealth', weight: 10, rule: { kind: 'band', low: 2, high: 8, zeroBelow: 0, zeroAbove: 16 } },
    { key: 'satisfaction', weight: 10, rule: { kind: 'linear', zero: 1, full: 5 } },
    { key: 'trainingPassRate', weight: 5, rule: { kind: 'linear', zero: 0, full: 1 } },
    { key: 'certification', weight: 5, rule: { kind: 'linear', zero: 0, full: MAX_CERTIFICATION_LEVEL } },
  ];
}

export interface PartnerScorecardOptions {
  /** Default: defaultPartnerSpecs(80th-percentile positive revenue of the partner's peers). */
  specs?: readonly KpiSpec[];
  /**
   * Whose revenue sets full points when `specs` is not given: every partner ('all', default) or
   * the partner's own tier ('tier'), so a reseller is measured against resellers, not distributors.
   */
  revenuePeers?: 'all' | 'tier';
  stock: StockThresholds;
  onceOff: OnceOffOptions;
  segments: SegmentThresholds;
}

export function partnerScorecardQuery(scope: Scope, o: Pick<PartnerScorecardOptions, 'stock' | 'onceOff'> = { stock: DEFAULT_STOCK_THRESHOLDS, onceOff: DEFAULT_ONCE_OFF }): MetricQuery {
  assertScope(scope);
  const sup = supplyCtes({ ...scope, filters: {} }, o.stock);
  const base = shiftScope(scope, 'yoy');
  const once = onceOffCte(scope.to, o.onceOff);
  const pf = whereFilters(scope.filters, PARTNER_DIMS);
  const late = `CASE WHEN r.amount - ${paidBy('s.d_to')} > 0 THEN greatest(0, s.d_to - r.due_date)
    WHEN r.paid_date IS NULL THEN 0 ELSE greatest(0, r.paid_date - r.due_date) END`;
  return {
    sql: `WITH ${sup.sql}, b AS (SELECT ?::DATE AS b_from, ?::DATE AS b_to), ${once.sql},
base AS (SELECT p.* FROM dim_partners p, s WHERE p.is_active_status AND (p.signed_date IS NULL OR p.signed_date <= s.d_to)${pf.sql}),
ord AS (SELECT o.partner_id, SUM(o.amount) FILTER (WHERE o.order_date BETWEEN s.d_from AND s.d_to) AS revenue,
          SUM(o.amount) FILTER (WHERE o.order_date BETWEEN b.b_from AND b.b_to) AS base_revenue,
          count(DISTINCT o.month) FILTER (WHERE o.amount > 0 AND o.order_date BETWEEN s.d_from AND s.d_to) AS active_months,
          max(o.order_date) FILTER (WHERE o.amount > 0 AND o.order_date <= s.d_to) AS last_order
        FROM fact_orders o, s, b WHERE o.partner_id IS NOT NULL GROUP BY 1),
pay AS (SELECT partner_id, count(*) AS invoices, count(*) FILTER (WHERE late_days > 0) AS late, avg(late_days) AS days_late
        FROM (SELECT r.partner_id, ${late} AS late_days FROM fact_receivables r, s WHERE r.due_date BETWEEN s.d_from AND s.d_to) GROUP BY 1),
inv AS (SELECT partner_id, SUM(stock_u) AS qty, SUM(greatest(weekly, 0)) AS weekly FROM pos WHERE unit = 'qty' GROUP BY 1),
sat AS (SELECT partner_id, avg(score) AS mean FROM fact_surveys, s WHERE survey_date BETWEEN s.d_from AND s.d_to GROUP BY 1),
trn AS (SELECT partner_id, SUM(passed) AS passed, SUM(attendees) FILTER (WHERE passed IS NOT NULL) AS graded
        FROM fact_trainings, s WHERE date BETWEEN s.d_from AND s.d_to GROUP BY 1)
SELECT base.partner_id, base.partner_name, base.tier, base.region, base.salesperson, base.parent_partner_id, base.is_second_tier,
  CAST(COALESCE(ord.revenue, 0) AS DOUBLE) AS revenue, CAST(COALESCE(ord.base_revenue, 0) AS DOUBLE) AS base_revenue,
  COALESCE(ord.active_months, 0) AS active_months, datediff('month', greatest((SELECT d_from FROM s), COALESCE(date_trunc('month', base.signed_date)::DATE, (SELECT d_from FROM s))), (SELECT d_to FROM s)) + 1 AS months,
  CAST(base.signed_date AS VARCHAR) AS signed_date, CAST((SELECT d_to FROM s) - base.signed_date AS INTEGER) AS days_signed,
  COALESCE(pay.invoices, 0) AS invoices, COALESCE(pay.late, 0) AS late, CAST(pay.days_late AS DOUBLE) AS days_late,
  CAST(inv.qty AS DOUBLE) AS inv_qty, CAST(inv.weekly AS DOUBLE) AS inv_weekly, CAST(sat.mean AS DOUBLE) AS satisfaction,
  CAST(trn.passed AS DOUBLE) AS passed, CAST(trn.graded AS DOUBLE) AS graded, c.certification_level,
  CAST(ord.last_order AS VARCHAR) AS last_order, CAST((SELECT d_to FROM s) - ord.last_order AS INTEGER) AS days_since,
  once_off.partner_id IS NOT NULL AS once_off
FROM base LEFT JOIN ord USING (partner_id) LEFT JOIN pay USING (partner_id) LEFT JOIN inv USING (partner_id)
  LEFT JOIN sat USING (partner_id) LEFT JOIN trn USING (partner_id) LEFT JOIN dim_partner_certifications c USING (partner_id)
  LEFT JOIN once_off USING (partner_id)
ORDER BY base.partner_id`,
    params: [...sup.params, base.from, base.to, ...once.params, ...pf.params],
    unsupported: pf.unsupported,
  };
}

function toRaw(r: Record<string, unknown>): PartnerRaw {
  const revenue = num(r.revenue);
  const baseRevenue = num(r.base_revenue);
  const invoices = num(r.invoices);
  const qty = numOrNull(r.inv_qty);
  const weekly = num(r.inv_weekly);
  const passed = numOrNull(r.passed);
  return {
    partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name), tier: strOrNull(r.tier), region: strOrNull(r.region),
    salesperson: strOrNull(r.salesperson), parent_partner_id: strOrNull(r.parent_partner_id), is_second_tier: r.is_second_tier === true,
    revenue, baseRevenue, growth: baseRevenue === 0 ? null : (revenue - baseRevenue) / Math.abs(baseRevenue),
    activeMonths: num(r.active_months), months: num(r.months),
    invoices, lateInvoices: num(r.late), overdueShare: ratio(num(r.late), invoices), daysLate: numOrNull(r.days_late),
    weeksOfSupply: qty === null ? null : weekly > 0 ? qty / weekly : qty > 0 ? Infinity : null,
    satisfaction: numOrNull(r.satisfaction), trainingPassRate: passed === null ? null : ratio(passed, num(r.graded)),
    certificationLevel: numOrNull(r.certification_level),
    lastOrder: strOrNull(r.last_order), daysSinceLastOrder: numOrNull(r.days_since), onceOff: r.once_off === true,
    signedDate: strOrNull(r.signed_date), daysSinceSigned: numOrNull(r.days_signed),
  };
}

/** The raw KPIs per signed, active-status partner (partner filters; product unsupported). */
export async function partnerRaw(query: QueryFn, scope: Scope, o?: Pick<PartnerScorecardOptions, 'stock' | 'onceOff'>): Promise<Listed<PartnerRaw>> {
  const q = partnerScorecardQuery(scope, o);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map(toRaw));
}

export function partnerRawRow(raw: PartnerRaw): RawRow<PartnerRaw> {
  return {
    id: raw.partner_id, name: raw.partner_name, group: raw.region, raw,
    kpis: {
      revenue: { value: raw.revenue }, growth: { value: raw.growth },
      activeMonths: { value: raw.months === 0 ? null : raw.activeMonths / raw.months },
      overdueShare: { value: raw.overdueShare }, daysLate: { value: raw.daysLate },
      inventoryHealth: { value: raw.weeksOfSupply }, satisfaction: { value: raw.satisfaction },
      trainingPassRate: { value: raw.trainingPassRate }, certification: { value: raw.certificationLevel },
    },
  };
}

export type Segment = 'strategic' | 'develop' | 'maintain' | 'watch' | 'eliminate';

export interface SegmentThresholds {
  /** Total ≥ this → strategic (default 80). */
  strategic: number;
  /** Growth ≥ this (and not strategic) → develop (default 0.2). */
  developGrowth: number;
  /** Total ≥ this → maintain (default 60); below → watch. */
  maintain: number;
  /** Total < this → elimination candidate (default 30: under a third of full points on balance). */
  eliminateBelow: number;
  /** No positive order for this many days → elimination candidate (default 180). */
  noOrderDays: number;
  /**
   * A partner signed fewer days ago than this is not eliminated for a low score or for having no
   * order yet (default 180, the once-off quiet period): it has not had the time to sell.
   */
  graceDays: number;
  /** Context flags: overdue share ≥ this (default 0.3), growth ≤ this (default −0.3). */
  overdueShare: number;
  decline: number;
}
export const DEFAULT_SEGMENTS: SegmentThresholds = {
  strategic: 80, developGrowth: 0.2, maintain: 60, eliminateBelow: 30, noOrderDays: 180, graceDays: 180, overdueShare: 0.3, decline: -0.3,
};

/** A reason, as data so the UI can phrase it in either language ("no order for 210 days"). */
export type PartnerFlag =
  | { code: 'no-orders'; value: null }
  | { code: 'no-order-days' | 'low-score' | 'overdue-share' | 'revenue-decline'; value: number }
  | { code: 'once-off'; value: string | null }
  | { code: 'gate-failed'; value: string };

export interface PartnerScore extends ScoredRow<PartnerRaw> { segment: Segment; reasons: PartnerFlag[] }

/**
 * Segment a scored partner. Elimination triggers (any): total < eliminateBelow, never ordered or no
 * order for noOrderDays, once-off, a failed gate; a partner signed within graceDays is spared the
 * first two (low score, never ordered). Otherwise strategic ≥ strategic; develop when
 * growing ≥ developGrowth; maintain ≥ maintain; else watch. Reasons list the triggers first,
 * then context (overdue share, revenue decline).
 */
export function segmentPartner(row: ScoredRow<PartnerRaw>, th: SegmentThresholds = DEFAULT_SEGMENTS): { segment: Segment; reasons: PartnerFlag[] } {
  const r = row.raw;
  const triggers: PartnerFlag[] = [];
  const fresh = r.daysSinceSigned !== null && r.daysSinceSigned < th.graceDays;
  if (r.lastOrder === null) { if (!fresh) triggers.push({ code: 'no-orders', value: null }); }
  else if (r.daysSinceLastOrder !== null && r.daysSinceLastOrder >= th.noOrderDays) triggers.push({ code: 'no-order-days', value: r.daysSinceLastOrder });
  if (r.onceOff) triggers.push({ code: 'once-off', value: r.lastOrder });
  if (!fresh && row.total !== null && row.total < th.eliminateBelow) triggers.push({ code: 'low-score', value: row.total });
  for (const key of row.failedGates) triggers.push({ code: 'gate-failed', value: key });
  const context: PartnerFlag[] = [];
  if (r.overdueShare !== null && r.overdueShare >= th.overdueShare) context.push({ code: 'overdue-share', value: r.overdueShare });
  if (r.growth !== null && r.growth <= th.decline) context.push({ code: 'revenue-decline', value: r.growth });
  const total = row.total ?? 0;
  const segment: Segment = triggers.length > 0 ? 'eliminate'
    : total >= th.strategic ? 'strategic'
      : r.growth !== null && r.growth >= th.developGrowth ? 'develop'
        : total >= th.maintain ? 'maintain' : 'watch';
  return { segment, reasons: [...triggers, ...context] };
}

/** The nearest-rank 80th percentile of positive revenues (1 when there are none). */
export function revenueAnchor(rows: readonly PartnerRaw[]): number {
  const positive = rows.map((r) => r.revenue).filter((v) => v > 0).sort((a, b) => a - b);
  return positive.length === 0 ? 1 : positive[Math.ceil(0.8 * positive.length) - 1];
}

/** Revenue full points per peer group: key '' = all partners (peers 'all'), else the tier (null tier → ''). */
export function revenueAnchors(rows: readonly PartnerRaw[], peers: 'all' | 'tier'): Record<string, number> {
  if (peers === 'all') return { '': revenueAnchor(rows) };
  const byTier = new Map<string, PartnerRaw[]>();
  for (const r of rows) byTier.set(r.tier ?? '', [...(byTier.get(r.tier ?? '') ?? []), r]);
  return Object.fromEntries([...byTier].map(([tier, list]) => [tier, revenueAnchor(list)]));
}

export interface PartnerScorecardResult extends Listed<PartnerScore> {
  /** The rules used: the given specs, or the default rules with the first peer group's anchor. */
  specs: readonly KpiSpec[];
  /** Revenue full points per peer group (see revenueAnchors); empty when specs were given. */
  anchors: Record<string, number>;
}

/** The ranked partner evaluation list with segments and reasons; `specs`/`anchors` say which rules were used. */
export async function partnerScorecard(query: QueryFn, scope: Scope, o: Partial<PartnerScorecardOptions> = {}): Promise<PartnerScorecardResult> {
  const opts = { stock: DEFAULT_STOCK_THRESHOLDS, onceOff: DEFAULT_ONCE_OFF, segments: DEFAULT_SEGMENTS, revenuePeers: 'all' as const, ...o };
  const raw = await partnerRaw(query, scope, opts);
  const anchors = opts.specs ? {} : revenueAnchors(raw.rows, opts.revenuePeers);
  const specsOf = (r: PartnerRaw) => opts.specs ?? defaultPartnerSpecs(anchors[opts.revenuePeers === 'all' ? '' : r.tier ?? ''] ?? 1);
  const specs = opts.specs ?? defaultPartnerSpecs(Object.values(anchors)[0] ?? 1);
  assertSpecs(specs);
  if (raw.reason) return { ...unsupportedList(raw.dims), specs, anchors };
  const scored = rankRows(raw.rows.map((r) => scoreRow(partnerRawRow(r), specsOf(r))));
  return { ...listed(scored.map((row) => ({ ...row, ...segmentPartner(row, opts.segments) }))), specs, anchors };
}
