/**
 * Monthly revenue forecast with seasonality, its backtest, and a quota split in proportion to it.
 * SQL returns the zero-filled monthly series; the method runs in TS so it can be read in full:
 *
 *   seasonal-trend (≥ 24 months): F(month) = same month last year + d, where
 *     d = (Σ last 12 months − Σ the 12 before) ÷ 12, the average year-on-year change per month.
 *     Exact for any series "level + linear trend + fixed monthly pattern".
 *   seasonal-naive (12–23 months): F(month) = same month last year.
 *   moving-average (1–11 months): F = mean of the last 3 months (fewer if there are fewer).
 * Forecasts below 0 are shown as 0. The method is linear, so regional forecasts add up to the total.
 */
import type { QueryFn } from '../engine/query';
import { BREAKDOWN_COLUMNS, ORDER_DIMS } from './columns';
import { addMonths, isMonthEnd } from './dates';
import { assertScope, type Dimension, type Scope } from './filters';
import { listed, unsupportedList, type Listed } from './listed';
import { num, quoteIdent, run, strOrNull, whereFilters, type MetricQuery } from './sql';

export type ForecastMethod = 'seasonal-trend' | 'seasonal-naive' | 'moving-average' | 'none';
export type ForecastBy = 'region' | 'salesperson';

/** Forecast `horizon` (1..12) months after the end of `series` (oldest first). */
export function seasonalForecast(series: readonly number[], horizon: number): { method: ForecastMethod; values: number[] } {
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > 12) throw new RangeError('horizon must be an integer in 1..12');
  const n = series.length;
  const clip = (v: number) => Math.max(0, v);
  if (n === 0) return { method: 'none', values: [] };
  if (n < 12) {
    const last = series.slice(-3);
    const mean = last.reduce((a, b) => a + b, 0) / last.length;
    return { method: 'moving-average', values: Array.from({ length: horizon }, () => clip(mean)) };
  }
  const sum = (from: number, to: number) => series.slice(from, to).reduce((a, b) => a + b, 0);
  const trend = n >= 24 ? (sum(n - 12, n) - sum(n - 24, n - 12)) / 12 : 0;
  const values = Array.from({ length: horizon }, (_, i) => clip(series[n + i - 12] + trend));
  return { method: n >= 24 ? 'seasonal-trend' : 'seasonal-naive', values };
}

export interface BacktestPoint { index: number; actual: number; forecast: number; method: ForecastMethod }
export interface Backtest {
  points: BacktestPoint[];
  /** Σ|A − F| ÷ ΣA; null when ΣA = 0 or no point. */
  wmape: number | null;
  /** Σ(F − A) ÷ ΣA: > 0 over-forecasts. */
  bias: number | null;
}

/** One-step-ahead backtest over the last `months` points: each month forecast from the months before it. */
export function backtest(series: readonly number[], months = 6): Backtest {
  if (!Number.isInteger(months) || months < 1) throw new RangeError('months must be a positive integer');
  const points: BacktestPoint[] = [];
  for (let t = Math.max(1, series.length - months); t < series.length; t++) {
    const f = seasonalForecast(series.slice(0, t), 1);
    points.push({ index: t, actual: series[t], forecast: f.values[0], method: f.method });
  }
  const actual = points.reduce((s, p) => s + p.actual, 0);
  const abs = points.reduce((s, p) => s + Math.abs(p.actual - p.forecast), 0);
  const signed = points.reduce((s, p) => s + (p.forecast - p.actual), 0);
  return { points, wmape: actual === 0 ? null : abs / actual, bias: actual === 0 ? null : signed / actual };
}

/** The last complete month at `to` ('YYYY-MM-01'): to's month when `to` is its last day, else the one before. */
export function lastCompleteMonth(to: string): string {
  const first = `${to.slice(0, 8)}01`;
  return isMonthEnd(to) ? first : addMonths(first, -1);
}

export function monthlySeriesQuery(scope: Scope, by: ForecastBy | null = null): MetricQuery {
  assertScope(scope);
  if (by !== null && !(by in BREAKDOWN_COLUMNS)) throw new RangeError(`cannot forecast by ${JSON.stringify(by)}`);
  const f = whereFilters(scope.filters, ORDER_DIMS);
  const key = by === null ? 'CAST(NULL AS VARCHAR)' : `o.${quoteIdent(BREAKDOWN_COLUMNS[by])}`;
  return {
    sql: `WITH s AS (SELECT (SELECT min(month) FROM fact_orders) AS d_from, ?::DATE AS d_to),
months AS (SELECT CAST(unnest(generate_series(CAST(d_from AS TIMESTAMP), CAST(d_to AS TIMESTAMP), INTERVAL 1 MONTH)) AS DATE) AS month
           FROM s WHERE d_from <= d_to),
f AS (SELECT ${key} AS key, o.month, SUM(o.amount) AS revenue FROM fact_orders o, s
      WHERE o.month BETWEEN s.d_from AND s.d_to${f.sql} GROUP BY 1, 2),
keys AS (SELECT DISTINCT key FROM f)
SELECT keys.key, strftime(months.month, '%Y-%m') AS month, CAST(COALESCE(f.revenue, 0) AS DOUBLE) AS revenue
FROM keys CROSS JOIN months LEFT JOIN f ON f.key IS NOT DISTINCT FROM keys.key AND f.month = months.month
ORDER BY keys.key NULLS LAST, months.month`,
    params: [lastCompleteMonth(scope.to), ...f.params],
    unsupported: f.unsupported,
  };
}

export interface ForecastOptions {
  /** Months ahead, 1..12 (default 3). */
  horizon: number;
  /** Months of one-step-ahead backtest (default 6). */
  backtestMonths: number;
}
export const DEFAULT_FORECAST: ForecastOptions = { horizon: 3, backtestMonths: 6 };

export interface ForecastSeries {
  /** The region / salesperson; null for the total. */
  key: string | null;
  method: ForecastMethod;
  /** Every complete month from the first order month to the last complete month at `to`. */
  history: { month: string; revenue: number }[];
  forecast: { month: string; value: number }[];
  backtest: { points: { month: string; actual: number; forecast: number; method: ForecastMethod }[]; wmape: number | null; bias: number | null };
}

const nextMonth = (ym: string, k: number) => addMonths(`${ym}-01`, k).slice(0, 7);

function forecastSeries(key: string | null, history: { month: string; revenue: number }[], o: ForecastOptions): ForecastSeries {
  const values = history.map((h) => h.revenue);
  const f = seasonalForecast(values, o.horizon);
  const b = backtest(values, o.backtestMonths);
  const last = history.at(-1)?.month;
  return {
    key, method: f.method, history,
    forecast: last ? f.values.map((value, i) => ({ month: nextMonth(last, i + 1), value })) : [],
    backtest: { ...b, points: b.points.map((p) => ({ month: history[p.index].month, actual: p.actual, forecast: p.forecast, method: p.method })) },
  };
}

async function seriesBy(query: QueryFn, scope: Scope, by: ForecastBy | null, o: ForecastOptions): Promise<Listed<ForecastSeries>> {
  seasonalForecast([], o.horizon); // validates the horizon before any SQL
  const q = monthlySeriesQuery(scope, by);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  const groups = new Map<string | null, { month: string; revenue: number }[]>();
  for (const r of await run(query, q)) {
    const key = strOrNull(r.key);
    groups.set(key, [...(groups.get(key) ?? []), { month: String(r.month), revenue: num(r.revenue) }]);
  }
  return listed([...groups].map(([key, history]) => forecastSeries(key, history, o)));
}

/**
 * Total revenue forecast for the `horizon` months after the last complete month at `to`, from all
 * loaded history under the filters (scope.from is not used), with its backtest.
 */
export async function forecastRevenue(query: QueryFn, scope: Scope, o: ForecastOptions = DEFAULT_FORECAST): Promise<ForecastSeries & { reason: 'unsupported-filter' | null; dims: Dimension[] }> {
  const r = await seriesBy(query, scope, null, o);
  const total = r.rows[0] ?? forecastSeries(null, [], o);
  return { ...total, reason: r.reason, dims: r.dims };
}

/** One forecast per region or salesperson, largest next-month forecast first. */
export async function forecastBy(query: QueryFn, scope: Scope, by: ForecastBy, o: ForecastOptions = DEFAULT_FORECAST): Promise<Listed<ForecastSeries>> {
  const r = await seriesBy(query, scope, by, o);
  const next = (s: ForecastSeries) => s.forecast[0]?.value ?? 0;
  r.rows.sort((a, b) => next(b) - next(a) || (a.key ?? '').localeCompare(b.key ?? ''));
  return r;
}

export interface QuotaShare { key: string | null; forecast: number; share: number; quota: number }

/**
 * Split `quota` in proportion to each forecast (negatives count as 0), in whole `unit`s by largest
 * remainder so the parts add up to round(quota ÷ unit) units. No positive forecast → equal shares.
 */
export function splitQuota(items: readonly { key: string | null; forecast: number }[], quota: number, unit = 1): QuotaShare[] {
  if (!Number.isFinite(quota) || quota < 0) throw new RangeError('quota must be a finite number ≥ 0');
  if (!(unit > 0)) throw new RangeError('unit must be > 0');
  if (items.length === 0) return [];
  const weights = items.map((i) => Math.max(0, i.forecast));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => (total === 0 ? 1 / items.length : w / total));
  const units = Math.round(quota / unit);
  const raw = shares.map((s) => s * units);
  const whole = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - whole[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const left = units - whole.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k++) whole[order[k % order.length][1]] += 1;
  return items.map((i, k) => ({ key: i.key, forecast: i.forecast, share: shares[k], quota: whole[k] * unit }));
}

/** Next month's quota split by region or salesperson in proportion to their forecasts. */
export async function suggestQuotaSplit(query: QueryFn, scope: Scope, by: ForecastBy, quota: number, unit = 1): Promise<Listed<QuotaShare> & { month: string | null }> {
  const r = await forecastBy(query, scope, by, { ...DEFAULT_FORECAST, horizon: 1 });
  const month = r.rows[0]?.forecast[0]?.month ?? null;
  const rows = splitQuota(r.rows.map((s) => ({ key: s.key, forecast: s.forecast[0]?.value ?? 0 })), quota, unit);
  return { rows, reason: r.reason, dims: r.dims, month };
}
