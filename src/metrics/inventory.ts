/**
 * Channel inventory (渠道库存): weeks of supply per partner × product with under/over-stock flags,
 * the value tied up in over-stock, the stock trend per partner, and sell-in vs sell-through.
 * Reads the detail model (buildDetailModel): fact_inventory `i`, fact_sellout `so`, fact_order_lines `ol`.
 */
import type { QueryFn } from '../engine/query';
import { INVENTORY_DIMS, ORDER_LINE_DIMS, SELLOUT_DIMS } from './columns';
import { assertScope, trailingWindow, type Dimension, type Scope } from './filters';
import { num, numOrNull, run, scopeCte, strOrNull, whereFilters, type MetricQuery } from './sql';

export interface StockThresholds {
  /** Under-stock below this many weeks of supply (default 2). */
  under: number;
  /** Over-stock above this many weeks (default 8); stock beyond it is the over-stock value. */
  over: number;
  /** Trailing weeks of sales the weekly rate averages over (default 13). */
  weeks: number;
}
export const DEFAULT_STOCK_THRESHOLDS: StockThresholds = { under: 2, over: 8, weeks: 13 };

/** Where the sales rate comes from: the partner's own sell-out, or our sell-in to it (fallback). */
export type SupplyBasis = 'sellout' | 'sellin';
/** Quantities when the source has them, else values (on_hand_value ÷ weekly sales amount). */
export type SupplyUnit = 'qty' | 'value';
export type StockStatus = 'under' | 'healthy' | 'over';

export interface SupplyRow {
  partner_id: string;
  partner_name: string | null;
  tier: string | null;
  region: string | null;
  salesperson: string | null;
  product: string | null;
  /** The partner's latest snapshot on or before `to`. */
  snapshot_date: string;
  on_hand_qty: number;
  on_hand_value: number | null;
  basis: SupplyBasis;
  unit: SupplyUnit | null;
  /** Sales over the trailing window, in `unit`. */
  window_sales: number | null;
  weekly_sales: number | null;
  /** Stock ÷ weekly sales; null when nothing sold (see no_movement) or no usable unit. */
  weeks_of_supply: number | null;
  /** Stock on hand and no sales in the window: the worst over-stock. */
  no_movement: boolean;
  status: StockStatus | null;
  /** on_hand_value beyond `over` weeks of supply; null without a value. */
  overstock_value: number | null;
}

export interface WeeksOfSupplyResult {
  rows: SupplyRow[];
  window: { from: string; to: string };
  thresholds: StockThresholds;
  /** Σ overstock_value. */
  overstockValue: number;
  /** Rows whose rate is the sell-in fallback (label them). */
  sellInFallback: number;
  reason: 'unsupported-filter' | null;
  dims: Dimension[];
}

function assertThresholds(th: StockThresholds): void {
  const ok = Number.isFinite(th.under) && Number.isFinite(th.over) && th.under >= 0 && th.over >= th.under;
  if (!ok) throw new RangeError('thresholds need 0 ≤ under ≤ over');
  if (!Number.isInteger(th.weeks) || th.weeks < 1 || th.weeks > 520) throw new RangeError('weeks must be an integer in 1..520');
}

/** The trailing window of `weeks` weeks ending at `to`, inclusive (13 weeks = 91 days). */
export function salesWindow(to: string, weeks: number): { from: string; to: string } {
  return trailingWindow(to, 7 * weeks);
}

/**
 * CTEs `s`, `th`, …, `pos` (one row per partner × product at its latest snapshot ≤ to, with
 * the supply columns of SupplyRow). Exported so scorecards can aggregate positions by owner.
 */
export function supplyCtes(scope: Scope, th: StockThresholds = DEFAULT_STOCK_THRESHOLDS): MetricQuery {
  assertThresholds(th);
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, INVENTORY_DIMS);
  const flowOf = (table: string, date: string) => `SELECT x.partner_id, x.product, SUM(x.quantity) AS q, SUM(x.amount) AS a
    FROM ${table} x, s, th WHERE x.${date} BETWEEN th.w_from AND s.d_to GROUP BY 1, 2`;
  const srcOf = (table: string) => `SELECT partner_id, bool_or(quantity IS NOT NULL) AS has_qty,
    bool_or(amount IS NOT NULL) AS has_amt FROM ${table} GROUP BY 1`;
  const pick = (a: string, b: string, dflt: string) => `CASE WHEN x.partner_id IS NOT NULL THEN ${a} ELSE COALESCE(${b}, ${dflt}) END`;
  return {
    sql: `${s.sql},
th AS (SELECT CAST(? AS DOUBLE) AS weeks, CAST(? AS DOUBLE) AS under_w, CAST(? AS DOUBLE) AS over_w,
       CAST(s.d_to - CAST(? AS INTEGER) AS DATE) AS w_from FROM s),
snap AS (SELECT partner_id, max(snapshot_date) AS snap_date FROM fact_inventory, s WHERE snapshot_date <= s.d_to GROUP BY 1),
stock AS (SELECT i.partner_id, i.product, any_value(i.partner_name) AS partner_name, any_value(i.tier) AS tier,
            any_value(i.region) AS region, any_value(i.salesperson) AS salesperson, any_value(i.snapshot_date) AS snapshot_date,
            SUM(i.on_hand_qty) AS qty, SUM(i.on_hand_value) AS val
          FROM fact_inventory i JOIN snap ON snap.partner_id = i.partner_id AND i.snapshot_date = snap.snap_date
          WHERE true${f.sql} GROUP BY i.partner_id, i.product),
so_src AS (${srcOf('fact_sellout')}), si_src AS (${srcOf('fact_order_lines')}),
so AS (${flowOf('fact_sellout', 'date')}), si AS (${flowOf('fact_order_lines', 'order_date')}),
flow AS (SELECT st.*, x.partner_id IS NOT NULL AS via_sellout,
           ${pick('x.has_qty', 'y.has_qty', 'true')} AS has_qty, ${pick('x.has_amt', 'y.has_amt', 'true')} AS has_amt,
           ${pick('COALESCE(so.q, 0)', 'si.q', '0')} AS q, ${pick('COALESCE(so.a, 0)', 'si.a', '0')} AS a
         FROM stock st LEFT JOIN so_src x ON x.partner_id = st.partner_id LEFT JOIN si_src y ON y.partner_id = st.partner_id
         LEFT JOIN so ON so.partner_id = st.partner_id AND so.product IS NOT DISTINCT FROM st.product
         LEFT JOIN si ON si.partner_id = st.partner_id AND si.product IS NOT DISTINCT FROM st.product),
u AS (SELECT flow.*, CASE WHEN has_qty THEN 'qty' WHEN has_amt AND val IS NOT NULL THEN 'value' END AS unit FROM flow),
m AS (SELECT u.*, CASE unit WHEN 'qty' THEN qty WHEN 'value' THEN val END AS stock_u,
        CASE unit WHEN 'qty' THEN q WHEN 'value' THEN a END AS sales_u FROM u),
pos AS (SELECT m.*, sales_u / th.weeks AS weekly,
          CASE WHEN sales_u > 0 THEN stock_u / (sales_u / th.weeks) END AS wos,
          (unit IS NOT NULL AND COALESCE(sales_u, 0) <= 0 AND stock_u > 0) AS no_movement,
          greatest(0, stock_u - th.over_w * greatest(sales_u, 0) / th.weeks) AS excess_u, th.under_w, th.over_w
        FROM m, th)`,
    params: [...s.params, th.weeks, th.under, th.over, 7 * th.weeks - 1, ...f.params],
    unsupported: f.unsupported,
  };
}

export function weeksOfSupplyQuery(scope: Scope, th: StockThresholds = DEFAULT_STOCK_THRESHOLDS): MetricQuery {
  const c = supplyCtes(scope, th);
  return {
    sql: `WITH ${c.sql}
SELECT partner_id, partner_name, tier, region, salesperson, product, CAST(snapshot_date AS VARCHAR) AS snapshot_date,
  CAST(qty AS DOUBLE) AS on_hand_qty, CAST(val AS DOUBLE) AS on_hand_value,
  CASE WHEN via_sellout THEN 'sellout' ELSE 'sellin' END AS basis, unit,
  CAST(sales_u AS DOUBLE) AS window_sales, CAST(weekly AS DOUBLE) AS weekly_sales, CAST(wos AS DOUBLE) AS weeks_of_supply, no_movement,
  CASE WHEN wos IS NOT NULL THEN (CASE WHEN wos < under_w THEN 'under' WHEN wos > over_w THEN 'over' ELSE 'healthy' END)
       WHEN no_movement THEN 'over' END AS status,
  CAST(CASE unit WHEN 'value' THEN excess_u WHEN 'qty' THEN (CASE WHEN qty > 0 THEN val * excess_u / qty END) END AS DOUBLE) AS overstock_value
FROM pos ORDER BY partner_id, product NULLS LAST`,
    params: c.params,
    unsupported: c.unsupported,
  };
}

/**
 * Weeks of supply = on_hand at the partner's latest snapshot ≤ to ÷ average weekly sales over the
 * trailing `weeks` weeks ending at `to`. Sales are the partner's sell-out when it reports any
 * (fact_sellout has rows for it), else our sell-in to it (basis 'sellin', a labelled fallback).
 */
export async function weeksOfSupply(query: QueryFn, scope: Scope, th: StockThresholds = DEFAULT_STOCK_THRESHOLDS): Promise<WeeksOfSupplyResult> {
  const q = weeksOfSupplyQuery(scope, th);
  const window = salesWindow(scope.to, th.weeks);
  if (q.unsupported.length > 0) {
    return { rows: [], window, thresholds: th, overstockValue: 0, sellInFallback: 0, reason: 'unsupported-filter', dims: q.unsupported };
  }
  const rows: SupplyRow[] = (await run(query, q)).map((r) => ({
    partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name), tier: strOrNull(r.tier),
    region: strOrNull(r.region), salesperson: strOrNull(r.salesperson), product: strOrNull(r.product),
    snapshot_date: String(r.snapshot_date), on_hand_qty: num(r.on_hand_qty), on_hand_value: numOrNull(r.on_hand_value),
    basis: r.basis === 'sellout' ? 'sellout' : 'sellin', unit: (strOrNull(r.unit) as SupplyUnit | null),
    window_sales: numOrNull(r.window_sales), weekly_sales: numOrNull(r.weekly_sales),
    weeks_of_supply: numOrNull(r.weeks_of_supply), no_movement: r.no_movement === true,
    status: (strOrNull(r.status) as StockStatus | null), overstock_value: numOrNull(r.overstock_value),
  }));
  return {
    rows, window, thresholds: th,
    overstockValue: rows.reduce((sum, r) => sum + (r.overstock_value ?? 0), 0),
    sellInFallback: rows.filter((r) => r.basis === 'sellin').length,
    reason: null, dims: [],
  };
}

export interface StockTrendRow {
  month: string; // 'YYYY-MM'
  partner_id: string;
  partner_name: string | null;
  /** The partner's last snapshot inside the month (months without one have no row). */
  snapshot_date: string;
  on_hand_qty: number;
  on_hand_value: number | null;
}

const MONTHS_CTE = `months AS (SELECT CAST(unnest(generate_series(CAST(date_trunc('month', d_from) AS TIMESTAMP),
  CAST(date_trunc('month', d_to) AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month FROM s)`;

export function stockTrendQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, INVENTORY_DIMS);
  return {
    sql: `WITH ${s.sql}, ${MONTHS_CTE},
snap AS (SELECT m.month, i.partner_id, max(i.snapshot_date) AS snap_date FROM fact_inventory i, months m, s
         WHERE i.snapshot_date BETWEEN greatest(m.month, s.d_from) AND least(last_day(m.month), s.d_to) GROUP BY 1, 2)
SELECT strftime(snap.month, '%Y-%m') AS month, i.partner_id, any_value(i.partner_name) AS partner_name,
  CAST(snap.snap_date AS VARCHAR) AS snapshot_date, CAST(SUM(i.on_hand_qty) AS DOUBLE) AS on_hand_qty,
  CAST(SUM(i.on_hand_value) AS DOUBLE) AS on_hand_value
FROM snap JOIN fact_inventory i ON i.partner_id = snap.partner_id AND i.snapshot_date = snap.snap_date
WHERE true${f.sql} GROUP BY snap.month, i.partner_id, snap.snap_date ORDER BY snap.month, i.partner_id`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/** Stock per partner by month: the sum over products of the last snapshot in each month. */
export async function stockTrend(query: QueryFn, scope: Scope): Promise<StockTrendRow[]> {
  const rows = await run(query, stockTrendQuery(scope));
  return rows.map((r) => ({
    month: String(r.month), partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name),
    snapshot_date: String(r.snapshot_date), on_hand_qty: num(r.on_hand_qty), on_hand_value: numOrNull(r.on_hand_value),
  }));
}

export interface SellThroughMonth {
  month: string;
  sell_in_qty: number; sell_out_qty: number;
  sell_in_amount: number; sell_out_amount: number;
  /** sell-in − sell-out on the result's basis, and its running total (stock building up). */
  gap: number | null;
  cumulative_gap: number | null;
}

export interface SellThroughResult {
  rows: SellThroughMonth[];
  /** 'qty' when both sources carry quantities, else 'amount'; null when there is no sell-out. */
  basis: 'qty' | 'amount' | null;
  /** Consecutive months, ending with the last, where sell-in exceeded sell-out. */
  gapRun: number;
  /** gapRun ≥ minMonths: the channel is being stuffed. */
  stuffing: boolean;
  reason: 'unsupported-filter' | null;
  dims: Dimension[];
}

export function sellThroughQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const fi = whereFilters(scope.filters, ORDER_LINE_DIMS);
  const fo = whereFilters(scope.filters, SELLOUT_DIMS);
  return {
    sql: `WITH ${s.sql}, ${MONTHS_CTE},
rep AS (SELECT DISTINCT partner_id FROM fact_sellout),
si AS (SELECT ol.month, SUM(ol.quantity) AS q, SUM(ol.amount) AS a FROM fact_order_lines ol, s
       WHERE ol.order_date BETWEEN s.d_from AND s.d_to AND ol.partner_id IN (SELECT partner_id FROM rep)${fi.sql} GROUP BY 1),
so AS (SELECT so.month, SUM(so.quantity) AS q, SUM(so.amount) AS a FROM fact_sellout so, s
       WHERE so.date BETWEEN s.d_from AND s.d_to${fo.sql} GROUP BY 1),
has AS (SELECT (SELECT bool_or(quantity IS NOT NULL) FROM fact_order_lines WHERE partner_id IN (SELECT partner_id FROM rep))
          AND (SELECT bool_or(quantity IS NOT NULL) FROM fact_sellout) AS qty,
        (SELECT count(*) > 0 FROM fact_sellout) AS any_sellout)
SELECT strftime(months.month, '%Y-%m') AS month, CAST(COALESCE(si.q, 0) AS DOUBLE) AS sell_in_qty,
  CAST(COALESCE(so.q, 0) AS DOUBLE) AS sell_out_qty, CAST(COALESCE(si.a, 0) AS DOUBLE) AS sell_in_amount,
  CAST(COALESCE(so.a, 0) AS DOUBLE) AS sell_out_amount, has.qty AS has_qty, has.any_sellout
FROM months LEFT JOIN si USING (month) LEFT JOIN so USING (month), has ORDER BY months.month`,
    params: [...s.params, ...fi.params, ...fo.params],
    unsupported: fi.unsupported,
  };
}

/**
 * Sell-in vs sell-through by month, over the partners that report sell-out (sell-in to partners
 * that never report would look like stuffing). A persistent positive gap — `minMonths`
 * consecutive months up to the last one (default 3) — flags channel stuffing.
 */
export async function sellThrough(query: QueryFn, scope: Scope, minMonths = 3): Promise<SellThroughResult> {
  assertScope(scope);
  if (!Number.isInteger(minMonths) || minMonths < 1) throw new RangeError('minMonths must be a positive integer');
  const q = sellThroughQuery(scope);
  if (q.unsupported.length > 0) return { rows: [], basis: null, gapRun: 0, stuffing: false, reason: 'unsupported-filter', dims: q.unsupported };
  const raw = await run(query, q);
  const basis = raw[0]?.any_sellout !== true ? null : raw[0]?.has_qty === true ? 'qty' : 'amount';
  let cumulative = 0;
  const rows: SellThroughMonth[] = raw.map((r) => {
    const m = { month: String(r.month), sell_in_qty: num(r.sell_in_qty), sell_out_qty: num(r.sell_out_qty),
      sell_in_amount: num(r.sell_in_amount), sell_out_amount: num(r.sell_out_amount) };
    const gap = basis === 'qty' ? m.sell_in_qty - m.sell_out_qty : basis === 'amount' ? m.sell_in_amount - m.sell_out_amount : null;
    if (gap !== null) cumulative += gap;
    return { ...m, gap, cumulative_gap: gap === null ? null : cumulative };
  });
  let gapRun = 0;
  for (let i = rows.length - 1; i >= 0 && (rows[i].gap ?? 0) > 0; i--) gapRun++;
  return { rows, basis, gapRun, stuffing: gapRun >= minMonths, reason: null, dims: [] };
}
