/**
 * Pre-aggregated orders, as Mosaic's materialised views: after every load the model sums
 * fact_orders per calendar month × drill dimensions, so the overview and sales queries of a
 * month-aligned period read thousands of rows instead of millions. Three grains, smallest first
 * (row counts for the 1M-order benchmark data):
 *
 * - `fact_rollup_month` (≈ 31k): month × region × tier × industry × salesperson;
 * - `fact_rollup_geo_month` (≈ 195k): the same plus province, city and product_line;
 * - `fact_rollup_partner_month` (≈ 137k): month × partner (id, name) × region, province, city,
 *   tier, industry, salesperson (top partners, concentration), with the partner's is_second_tier
 *   and the first and last day of the group's positive orders (active partners, any day window).
 *
 * Named `fact_…` like the other derived tables (hidden from the data page, reserved for imports).
 * Each row holds `amount` = SUM(amount) and `orders` = count(*) of its group. `orderSource()` is
 * the one place that decides, per query, whether a rollup can answer it: every period the query
 * reads covers whole calendar months, and every column it filters or groups on is in the rollup.
 * Otherwise the query reads fact_orders with the same SQL (METRICS.md, "Rollups").
 */
import type { QueryFn } from '../engine/query';
import { ORDER_DIMS } from './columns';
import { dayNumber, addDays } from './dates';
import { activeDimensions, type Scope } from './filters';
import { quoteIdent, type DimensionColumns } from './sql';

/** fact_orders columns a query may group on or filter by. */
export type OrderColumn =
  | 'region' | 'province' | 'city' | 'tier' | 'industry' | 'salesperson' | 'product' | 'product_line' | 'partner_id' | 'partner_name';

interface Rollup {
  table: string;
  columns: readonly OrderColumn[];
  /** Built from this (larger, already built) rollup rather than fact_orders. */
  from?: string;
  /** More columns and measures kept (SQL select items over fact_orders, grouped with the columns). */
  extra?: { keys: string; measures: string };
}

const GEO = 'fact_rollup_geo_month';
const PARTNER_MONTH = 'fact_rollup_partner_month';

/** Smallest first: the first rollup holding every needed column answers. Built in reverse order. */
export const ROLLUPS: readonly Rollup[] = [
  { table: 'fact_rollup_month', columns: ['region', 'tier', 'industry', 'salesperson'], from: GEO },
  { table: GEO, columns: ['region', 'province', 'city', 'tier', 'industry', 'salesperson', 'product_line'] },
  {
    table: PARTNER_MONTH,
    columns: ['partner_id', 'partner_name', 'region', 'province', 'city', 'tier', 'industry', 'salesperson'],
    // is_second_tier is the partner's own (one value per partner_id): it adds no rows.
    extra: {
      keys: 'is_second_tier',
      measures: 'min(order_date) FILTER (WHERE amount > 0) AS first_sale, max(order_date) FILTER (WHERE amount > 0) AS last_sale',
    },
  },
];


/**
 * Where a query over orders reads from, aliased `o`. The SQL of a metric is the same for both:
 * `FROM ${table} o … WHERE ${date} BETWEEN …`, `SUM(o.amount)`, `${count}`, filters via `dims`.
 */
export interface OrderSource {
  kind: 'raw' | 'rollup';
  /** Quoted table name. */
  table: string;
  /** The column periods are filtered on: the order date, or a rollup row's month (its first day). */
  date: string;
  /** Number of orders of the rows summed (an aggregate expression). */
  count: string;
  /** Column of each dimension the source can filter by. */
  dims: DimensionColumns;
}

/** fact_orders itself: one row per order. */
export const RAW_ORDERS: OrderSource = { kind: 'raw', table: 'fact_orders', date: 'o.order_date', count: 'count(*)', dims: ORDER_DIMS };

/** A period of whole calendar months: from is a 1st, to is the last day of its month. */
export function isMonthAligned(scope: Pick<Scope, 'from' | 'to'>): boolean {
  return scope.from.endsWith('-01') && addDays(scope.to, 1).endsWith('-01') && dayNumber(scope.from) <= dayNumber(scope.to);
}

/** The fact_orders column behind each dimension filter ('o.partner_id' → 'partner_id'). */
function filterColumn(ref: string): OrderColumn {
  return ref.slice(ref.indexOf('.') + 1) as OrderColumn;
}

/**
 * The source for a query over `scopes` (the period and any comparison periods it reads, with
 * their filters) that also groups on `columns`. A rollup when every scope is month-aligned and
 * every filtered or grouped column is in it; fact_orders otherwise.
 */
export function orderSource(scopes: readonly Scope[], columns: readonly OrderColumn[] = []): OrderSource {
  if (!scopes.every(isMonthAligned)) return RAW_ORDERS;
  const needed = new Set<OrderColumn>(columns);
  for (const scope of scopes) {
    for (const dim of activeDimensions(scope.filters)) {
      const ref = ORDER_DIMS[dim];
      if (!ref) return RAW_ORDERS; // metrics report such a filter as unsupported
      needed.add(filterColumn(ref));
    }
  }
  const rollup = ROLLUPS.find((r) => [...needed].every((c) => r.columns.includes(c)));
  if (!rollup) return RAW_ORDERS;
  const dims: DimensionColumns = {};
  for (const [dim, ref] of Object.entries(ORDER_DIMS)) {
    if (rollup.columns.includes(filterColumn(ref))) dims[dim as keyof DimensionColumns] = ref;
  }
  return { kind: 'rollup', table: quoteIdent(rollup.table), date: 'o.month', count: 'CAST(COALESCE(SUM(o.orders), 0) AS BIGINT)', dims };
}

/**
 * Where active partners read "a positive order dated in [window.from, window.to]", aliased `o`:
 * `where` is the condition on a row (its parameters in `params`), `dims` the filterable columns.
 * fact_orders by order date; or the partner × month rollup when the window touches two months or
 * more and every filter is in it: a group has a positive order inside the window exactly when its
 * last positive order is on or after `from` and its first on or before `to` (a month wholly inside
 * the window qualifies with any positive order; the first and last months need those bounds). The
 * month bounds again as constants, so DuckDB skips the row groups outside them.
 */
export interface ActivitySource {
  kind: 'raw' | 'rollup';
  table: string;
  where: string;
  params: string[];
  dims: DimensionColumns;
}

/** Positive orders of fact_orders dated in the window. */
export function rawActivity(window: { from: string; to: string }): ActivitySource {
  return {
    kind: 'raw', table: 'fact_orders', dims: ORDER_DIMS,
    where: 'o.amount > 0 AND o.order_date BETWEEN ?::DATE AND ?::DATE', params: [window.from, window.to],
  };
}

export function activitySource(filters: Scope['filters'], window: { from: string; to: string }): ActivitySource {
  const raw = rawActivity(window);
  const month = (iso: string) => `${iso.slice(0, 7)}-01`;
  if (month(window.from) === month(window.to)) return raw;
  const rollup = ROLLUPS.find((r) => r.table === PARTNER_MONTH)!;
  const dims: DimensionColumns = {};
  for (const dim of activeDimensions(filters)) {
    const ref = ORDER_DIMS[dim];
    if (!ref || !rollup.columns.includes(filterColumn(ref))) return raw;
    dims[dim] = ref;
  }
  return {
    kind: 'rollup', table: quoteIdent(PARTNER_MONTH), dims,
    where: 'o.month BETWEEN ?::DATE AND ?::DATE AND o.last_sale >= ?::DATE AND o.first_sale <= ?::DATE',
    params: [month(window.from), month(window.to), window.from, window.to],
  };
}

/**
 * Each partner's first order with amount > 0 on or after its signed_date (what makes a new partner
 * productive): it depends on no period or filter, so it is computed once per load.
 */
export const PARTNER_FIRST_ORDER = 'fact_rollup_partner_first_order';

/** (Re)build every rollup from fact_orders; buildModel() calls it after fact_orders. */
export async function buildRollups(query: QueryFn): Promise<void> {
  await query(`CREATE OR REPLACE TABLE ${PARTNER_FIRST_ORDER} AS
SELECT p.partner_id, min(o.order_date) AS first_date FROM dim_partners p
JOIN fact_orders o ON o.partner_id = p.partner_id AND o.amount > 0 AND o.order_date >= p.signed_date
GROUP BY p.partner_id`);
  for (const r of [...ROLLUPS].reverse()) {
    const cols = [...r.columns.map(quoteIdent), ...(r.extra ? [r.extra.keys] : [])].join(', ');
    const measures = (r.from ? 'SUM(amount) AS amount, CAST(SUM(orders) AS BIGINT) AS orders' : 'SUM(amount) AS amount, count(*) AS orders')
      + (r.extra ? `, ${r.extra.measures}` : '');
    // Sorted by month so a period's rows sit together (DuckDB skips row groups by min/max).
    await query(`CREATE OR REPLACE TABLE ${quoteIdent(r.table)} AS
SELECT month, ${cols}, ${measures}
FROM ${quoteIdent(r.from ?? 'fact_orders')} GROUP BY ALL ORDER BY month`);
  }
}
