/**
 * Forecast on a synthetic series with a known pattern: for month t = 0 (2022-01) … 35 (2024-12)
 *   y(t) = 1000 + 10·t + s[t mod 12],  s = −100 −50 0 50 100 150 100 50 0 −50 −100 −150 (Σ s = 0)
 * so the next months are known exactly: t = 36 (2025-01) 1000 + 360 − 100 = 1260, t = 37 1320, t = 38 1380.
 * Seasonal-trend: F = same month last year + (Σ last 12 − Σ previous 12) ÷ 12 = y(t − 12) + 120 — exact here,
 * so the 6-month backtest has WMAPE 0 and bias 0. Each month is two orders: 华东 60 %, 华南 40 % of y(t).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import type { Scope } from '../../../src/metrics/filters';
import { backtest, forecastBy, forecastRevenue, lastCompleteMonth, seasonalForecast, splitQuota, suggestQuotaSplit } from '../../../src/metrics/forecast';
import { loadDetail } from './detail-fixture';

const S = [-100, -50, 0, 50, 100, 150, 100, 50, 0, -50, -100, -150];
const y = (t: number) => 1000 + 10 * t + S[t % 12];
const month = (t: number) => `${2022 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
const ORDERS = Array.from({ length: 36 }, (_, t) =>
  `('${month(t)}-15','华东','张三',${0.6 * y(t)}), ('${month(t)}-15','华南','李四',${0.4 * y(t)})`).join(', ');

let query: QueryFn;
beforeAll(async () => ({ query } = await loadDetail(`
CREATE TABLE orders (order_date DATE, region VARCHAR, salesperson VARCHAR, amount DOUBLE);
INSERT INTO orders VALUES ${ORDERS}, ('2025-01-10','华东','张三',99999)`)));

const AT = (to: string, filters = {}): Scope => ({ from: '2024-01-01', to, filters });

describe('seasonalForecast and backtest (pure)', () => {
  it('uses seasonal naive below 24 months and a moving average below 12', () => {
    const series = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 12, 18, 33, 40, 55, 54];
    // 18 months → same month last year: months 18, 19, 20 ← y[6], y[7], y[8]
    expect(seasonalForecast(series, 3)).toEqual({ method: 'seasonal-naive', values: [70, 80, 90] });
    // backtest t = 12..17 forecasts y[t − 12] = 10 20 30 40 50 60 vs 12 18 33 40 55 54:
    // Σ|A − F| = 2 + 2 + 3 + 0 + 5 + 6 = 18, ΣA = 212, Σ(F − A) = −2 + 2 − 3 + 0 − 5 + 6 = −2
    const b = backtest(series, 6);
    expect(b.points.map((p) => [p.index, p.forecast])).toEqual([[12, 10], [13, 20], [14, 30], [15, 40], [16, 50], [17, 60]]);
    expect(b.wmape).toBeCloseTo(18 / 212, 12);
    expect(b.bias).toBeCloseTo(-2 / 212, 12);
    // 3 months → mean of them; backtest: t=1 from [100] → 100 (A 200), t=2 from [100, 200] → 150 (A 600)
    expect(seasonalForecast([100, 200, 600], 2)).toEqual({ method: 'moving-average', values: [300, 300] });
    expect(backtest([100, 200, 600], 6)).toMatchObject({ wmape: (100 + 450) / 800, bias: (-100 - 450) / 800 });
    expect(seasonalForecast([], 1)).toEqual({ method: 'none', values: [] });
    expect(() => seasonalForecast([1], 13)).toThrow(RangeError);
  });

  it('never forecasts below zero', () => {
    // 24 months: last year all 0, year before all 120 → d = −120 → −120 clipped to 0
    expect(seasonalForecast([...Array(12).fill(120), ...Array(12).fill(0)], 1).values).toEqual([0]);
  });
});

describe('forecastRevenue', () => {
  it('recovers the known pattern exactly and backtests to zero error', async () => {
    const r = await forecastRevenue(query, AT('2024-12-31'));
    expect(r.method).toBe('seasonal-trend');
    expect(r.history).toHaveLength(36);
    expect(r.history[35]).toEqual({ month: '2024-12', revenue: y(35) });
    expect(r.forecast).toEqual([{ month: '2025-01', value: 1260 }, { month: '2025-02', value: 1320 }, { month: '2025-03', value: 1380 }]);
    expect(r.backtest.points.map((p) => p.month)).toEqual(['2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12']);
    expect(r.backtest.wmape).toBeCloseTo(0, 12);
    expect(r.backtest.bias).toBeCloseTo(0, 12);
  });

  it('forecasts from the last complete month: a mid-month `to` leaves the month out', async () => {
    expect(lastCompleteMonth('2025-01-15')).toBe('2024-12-01');
    expect(lastCompleteMonth('2024-02-29')).toBe('2024-02-01');
    // the 99999 order of 2025-01-10 is in an incomplete month → same forecast as at 2024-12-31
    expect((await forecastRevenue(query, AT('2025-01-15'))).forecast.map((f) => f.value)).toEqual([1260, 1320, 1380]);
    // at 2024-11-30 (35 months of history) the next month is 2024-12: y(35) = 1000 + 350 − 150 = 1200
    expect((await forecastRevenue(query, AT('2024-11-30'), { horizon: 1, backtestMonths: 6 })).forecast).toEqual([{ month: '2024-12', value: 1200 }]);
  });

  it('forecasts per region, adding up to the total, and under filters', async () => {
    // 华东 0.6 × (1260, 1320, 1380) = 756, 792, 828; 华南 0.4 × … = 504, 528, 552
    const r = await forecastBy(query, AT('2024-12-31'), 'region');
    expect(r.rows.map((s) => [s.key, s.forecast.map((f) => Math.round(f.value * 1e6) / 1e6)])).toEqual([
      ['华东', [756, 792, 828]], ['华南', [504, 528, 552]],
    ]);
    const south = await forecastRevenue(query, AT('2024-12-31', { region: ['华南'] }));
    expect(south.forecast[0].value).toBeCloseTo(504, 9);
    expect(await forecastRevenue(query, AT('2024-12-31', { tier: ['x'] }))).toMatchObject({ method: 'none', forecast: [] });
  });
});

describe('quota split', () => {
  it('splits next month’s quota in proportion to the forecasts', async () => {
    // 1500 × 756/1260 = 900, × 504/1260 = 600
    const r = await suggestQuotaSplit(query, AT('2024-12-31'), 'salesperson', 1500);
    expect(r.month).toBe('2025-01');
    expect(r.rows.map((x) => [x.key, x.quota])).toEqual([['张三', 900], ['李四', 600]]);
    expect(r.rows[0].share).toBeCloseTo(0.6, 12);
  });

  it('rounds by largest remainder so the parts add up', () => {
    // 100 / 3 = 33.33 each → one extra unit to the first
    expect(splitQuota([{ key: 'a', forecast: 1 }, { key: 'b', forecast: 1 }, { key: 'c', forecast: 1 }], 100).map((x) => x.quota)).toEqual([34, 33, 33]);
    // in 万 (10000): 70 % / 30 % of 150000 = 105000 / 45000 → 11 and 4 units (remainders .5 / .5 → first wins)
    expect(splitQuota([{ key: 'a', forecast: 7 }, { key: 'b', forecast: 3 }], 150000, 10000).map((x) => x.quota)).toEqual([110000, 40000]);
    // negative forecasts weigh 0; no positive forecast → equal shares
    expect(splitQuota([{ key: 'a', forecast: -5 }, { key: 'b', forecast: 5 }], 10).map((x) => x.quota)).toEqual([0, 10]);
    expect(splitQuota([{ key: 'a', forecast: 0 }, { key: 'b', forecast: 0 }], 10).map((x) => x.quota)).toEqual([5, 5]);
  });
});
