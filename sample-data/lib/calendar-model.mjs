/**
 * When business happens: the monthly share of orders (seasonality × growth) and, within a
 * month, which days get orders (weekdays, quarter-end push, holidays).
 */
import { parts, isHoliday, springFestival } from './dates.mjs';
import { WeightedTable } from './prng.mjs';

/**
 * Month-of-year factors for a Chinese software vendor: a June half-year push, a quiet summer,
 * National Day in October, and a strong Q4 as customers spend the year's budget (December highest).
 */
const SEASON = [0.95, 1.0, 1.0, 0.9, 0.95, 1.12, 0.88, 0.85, 1.08, 0.85, 1.15, 1.55];
/** Year-over-year growth of the whole channel business. */
export const ANNUAL_GROWTH = 1.2;

/** Seasonal factor of one month, with the Spring Festival dip in January or February. */
export function seasonalFactor(year, month) {
  let f = SEASON[month - 1];
  if (month === 1 || month === 2) {
    const cnyMonth = parts(springFestival(year)).month;
    f *= month === cnyMonth ? 0.6 : 0.92;
  }
  return f;
}

/** Relative order volume of each month of the window (sums to 1). */
export function monthShares(months) {
  const last = months.length - 1;
  const raw = months.map((m) => {
    const growth = ANNUAL_GROWTH ** ((m.index - last) / 12);
    const coverage = (m.last - m.first + 1) / (m.fullLast - m.first + 1);
    return seasonalFactor(m.year, m.month) * growth * coverage;
  });
  const total = raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => x / total);
}

/** Relative order volume of one day. */
function dayWeight(day, month) {
  const p = parts(day);
  if (isHoliday(day)) return 0.05;
  let w = p.weekday === 0 ? 0.08 : p.weekday === 6 ? 0.15 : 1;
  const daysLeft = month.fullLast - day;
  if (month.month % 3 === 0 && daysLeft < 7) w *= 1.6; // quarter-end push for the numbers
  if (month.month === 12 && daysLeft < 12) w *= 1.4; // year-end budget spending
  return w;
}

/** For each month: its days and a table to draw an order day from. */
export function dayTables(months) {
  return months.map((m) => {
    const days = [];
    for (let d = m.first; d <= m.last; d++) days.push(d);
    return { days, table: new WeightedTable(days.map((d) => dayWeight(d, m))) };
  });
}

/** Draw a day in [lo, hi] from the month's table; falls back to uniform when the range is narrow. */
export function drawDay(rng, dayTable, lo, hi) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const day = dayTable.days[dayTable.table.draw(rng)];
    if (day >= lo && day <= hi) return day;
  }
  return rng.int(lo, hi);
}

/** Move a weekend day to the nearest weekday inside [lo, hi] (planned orders land on workdays). */
export function toWorkday(day, lo, hi) {
  const wd = parts(day).weekday;
  const candidates = wd === 6 ? [day - 1, day + 2] : wd === 0 ? [day + 1, day - 2] : [day];
  return candidates.find((d) => d >= lo && d <= hi) ?? day;
}
