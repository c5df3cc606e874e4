/**
 * Sell-in KPIs over fact_orders: revenue, quota attainment, growth (同比/环比).
 * Each KPI is a pure `xxxQuery(scope, …)` builder plus an async runner returning typed results.
 */
import type { QueryFn } from '../engine/query';
import { activeDimensions, shiftScope, timeProgress, type CompareKind, type Dimension, type Scope } from './filters';
import { orderSource, type OrderSource } from './rollup';
import { num, ratio, run, scopeCte, whereFilters, type MetricQuery, type SqlQuery } from './sql';
import { TARGET_LEVEL_CTE, overlapCond, proRata, salespersonFilterActive, targetFilters } from './targets';

/**
 * `FROM <orders> o, s WHERE <in period> <filters>` — the revenue population of a scope, read from
 * `src` (fact_orders or a rollup, as orderSource() decides for the caller's scope and columns).
 */
export function ordersInScope(scope: Scope, src: OrderSource = orderSource([scope])): MetricQuery {
  const f = whereFilters(scope.filters, src.dims);
  return {
    sql: `FROM ${src.table} o, s WHERE ${src.date} BETWEEN s.d_from AND s.d_to${f.sql}`,
    params: f.params,
    unsupported: f.unsupported,
  };
}

export interface RevenueResult { value: number; orders: number }

export function revenueQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const src = orderSource([scope]);
  const o = ordersInScope(scope, src);
  return {
    sql: `WITH ${s.sql} SELECT CAST(COALESCE(SUM(o.amount), 0) AS DOUBLE) AS revenue, ${src.count} AS orders ${o.sql}`,
    params: [...s.params, ...o.params],
    unsupported: o.unsupported,
  };
}

/** Revenue = SUM(amount) of orders dated in [from, to] under the filters (returns net off). */
export async function revenue(query: QueryFn, scope: Scope): Promise<RevenueResult> {
  const [row] = await run(query, revenueQuery(scope));
  return { value: num(row?.revenue), orders: num(row?.orders) };
}

export type AttainmentReason = 'unsupported-filter' | 'no-target';

export interface AttainmentResult {
  /** revenue ÷ target; null with a reason when it cannot be stated. */
  value: number | null;
  reason: AttainmentReason | null;
  /** The filter dimensions quotas cannot be split by (reason 'unsupported-filter'). */
  dims: Dimension[];
  revenue: number;
  /** Pro-rata target; null when a filter makes it unknowable. */
  target: number | null;
  /** 时间进度 of the scope as of `asOf`, 0..1. */
  timeProgress: number;
}

export function attainmentQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const o = ordersInScope(scope);
  const t = targetFilters(scope.filters);
  return {
    sql: `WITH ${s.sql}, ${TARGET_LEVEL_CTE},
rev AS (SELECT CAST(COALESCE(SUM(o.amount), 0) AS DOUBLE) AS revenue ${o.sql}),
tgt AS (SELECT CAST(COALESCE(SUM(${proRata('s.d_from', 's.d_to')}), 0) AS DOUBLE) AS target
        FROM fact_targets t, s, lvl WHERE ${overlapCond('s.d_from', 's.d_to')}${t.sql})
SELECT rev.revenue, tgt.target, lvl.by_rep FROM rev, tgt, lvl`,
    params: [...s.params, ...o.params, ...t.params],
    unsupported: t.unsupported,
  };
}

/**
 * Quota attainment = revenue ÷ pro-rata target over the same scope. Quotas exist per region and
 * salesperson only, so any other active filter (or a salesperson filter when quotas are per
 * region) gives value null, reason 'unsupported-filter'; a zero target gives 'no-target'.
 */
export async function quotaAttainment(query: QueryFn, scope: Scope, asOf: string): Promise<AttainmentResult> {
  const q = attainmentQuery(scope);
  const [row] = await run(query, q);
  const rev = num(row?.revenue);
  const progress = timeProgress(scope, asOf);
  const dims = [...q.unsupported];
  if (salespersonFilterActive(scope.filters) && row?.by_rep !== true) dims.push('salesperson');
  if (dims.length > 0) {
    const ordered = activeDimensions(scope.filters).filter((d) => dims.includes(d));
    return { value: null, reason: 'unsupported-filter', dims: ordered, revenue: rev, target: null, timeProgress: progress };
  }
  const target = num(row?.target);
  const value = ratio(rev, target);
  return { value, reason: value === null ? 'no-target' : null, dims: [], revenue: rev, target, timeProgress: progress };
}

export interface GrowthResult {
  current: number;
  base: number;
  /** (current − base) ÷ |base|; null when base is 0. */
  value: number | null;
  baseScope: Scope;
}

export function growthQuery(scope: Scope, kind: CompareKind): SqlQuery {
  const base = shiftScope(scope, kind);
  const s = scopeCte(scope);
  const src = orderSource([scope, base]);
  const f = whereFilters(scope.filters, src.dims);
  const d = src.date;
  return {
    sql: `WITH ${s.sql}, b AS (SELECT ?::DATE AS b_from, ?::DATE AS b_to)
SELECT CAST(COALESCE(SUM(o.amount) FILTER (WHERE ${d} BETWEEN s.d_from AND s.d_to), 0) AS DOUBLE) AS cur_revenue,
       CAST(COALESCE(SUM(o.amount) FILTER (WHERE ${d} BETWEEN b.b_from AND b.b_to), 0) AS DOUBLE) AS base_revenue
FROM ${src.table} o, s, b
WHERE (${d} BETWEEN s.d_from AND s.d_to OR ${d} BETWEEN b.b_from AND b.b_to)${f.sql}`,
    params: [...s.params, base.from, base.to, ...f.params],
  };
}

/** Growth against shiftScope(scope, kind): YoY (同比) or MoM/QoQ (环比), same filters. */
export async function growth(query: QueryFn, scope: Scope, kind: CompareKind): Promise<GrowthResult> {
  const [row] = await run(query, growthQuery(scope, kind));
  const current = num(row?.cur_revenue);
  const base = num(row?.base_revenue);
  return { current, base, value: base === 0 ? null : (current - base) / Math.abs(base), baseScope: shiftScope(scope, kind) };
}
