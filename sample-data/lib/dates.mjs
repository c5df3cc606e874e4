/**
 * Calendar helpers. Dates are integer day numbers (days since 1970-01-01, UTC) so the hot
 * loops do integer arithmetic; they become `YYYY-MM-DD` strings only when a row is written.
 */

const MS_PER_DAY = 86_400_000;

export function parseDay(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a YYYY-MM-DD date: ${iso}`);
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`invalid date: ${iso}`);
  return Math.round(ms / MS_PER_DAY);
}

export const dayOf = (year, month, day) => Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);

const isoCache = new Map();
/** Day number → `YYYY-MM-DD` (cached: a few thousand distinct days cover every table). */
export function iso(day) {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** { year, month (1–12), day, weekday (0 = Sunday) } of a day number. */
export function parts(day) {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

export const daysInMonth = (year, month) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The 36 (or `count`) calendar months ending with the month of `endDay`. Each month knows its
 * first and last day; the last month is cut at `endDay` when the end is mid-month.
 */
export function monthWindow(endDay, count = 36) {
  const end = parts(endDay);
  const months = [];
  for (let k = count - 1; k >= 0; k--) {
    const total = end.year * 12 + (end.month - 1) - k;
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const first = dayOf(year, month, 1);
    const fullLast = dayOf(year, month, daysInMonth(year, month));
    months.push({
      index: months.length,
      year,
      month,
      key: `${year}-${String(month).padStart(2, '0')}`,
      first,
      last: Math.min(fullLast, endDay),
      fullLast,
    });
  }
  return months;
}

/**
 * Chinese New Year (Spring Festival) day per year. Business in China nearly stops for the
 * week around it, which is why January or February is the dip month depending on the year.
 */
const CNY = {
  2016: '2016-02-08', 2017: '2017-01-28', 2018: '2018-02-16', 2019: '2019-02-05', 2020: '2020-01-25',
  2021: '2021-02-12', 2022: '2022-02-01', 2023: '2023-01-22', 2024: '2024-02-10', 2025: '2025-01-29',
  2026: '2026-02-17', 2027: '2027-02-06', 2028: '2028-01-26', 2029: '2029-02-13', 2030: '2030-02-03',
  2031: '2031-01-23', 2032: '2032-02-11', 2033: '2033-01-31', 2034: '2034-02-19', 2035: '2035-02-08',
};

/** Day number of the Spring Festival of `year` (falls back to Feb 5 outside the table). */
export function springFestival(year) {
  return parseDay(CNY[year] ?? `${year}-02-05`);
}

/** True for the national holidays when almost no orders are booked. */
export function isHoliday(day) {
  const p = parts(day);
  if (p.month === 10 && p.day <= 7) return true; // National Day golden week
  if (p.month === 1 && p.day === 1) return true;
  if (p.month === 5 && p.day <= 3) return true; // Labour Day
  const cny = springFestival(p.year);
  return day >= cny - 2 && day <= cny + 5;
}
