/**
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD'), pure and time-zone free: every date is handled
 * as a UTC day number so a browser in Asia/Shanghai and a CI box in UTC agree on every boundary.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written 'YYYY-MM-DD' (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function assertIsoDate(value: string, what = 'date'): void {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a YYYY-MM-DD date, got ${JSON.stringify(value)}`);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Ymd { y: number; m: number; d: number }

function parts(iso: string): Ymd {
  assertIsoDate(iso);
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

function format({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC). */
export function dayNumber(iso: string): number {
  const { y, m, d } = parts(iso);
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Number of days in the inclusive range [from, to] (0 when to < from). */
export function daysInclusive(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export function isMonthEnd(iso: string): boolean {
  const { y, m, d } = parts(iso);
  return d === daysInMonth(y, m);
}

/**
 * Move by whole months. The day is clamped to the target month's length (03-31 − 1 month =
 * 02-28/29); with `snapMonthEnd`, a month-end date stays a month end (2025-02-28 − 12 months =
 * 2024-02-29), so a whole-month period maps to a whole-month period.
 */
export function addMonths(iso: string, months: number, snapMonthEnd = false): string {
  const { y, m, d } = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = daysInMonth(ty, tm);
  const day = snapMonthEnd && d === daysInMonth(y, m) ? last : Math.min(d, last);
  return format({ y: ty, m: tm, d: day });
}

/**
 * Whole months needed to cover [from, to], rounding a partial month up and counting at least 1:
 * 01-01..03-31 → 3, 03-01..03-15 → 1, 01-15..02-14 → 1, 01-15..02-20 → 2.
 */
export function monthsSpanned(from: string, to: string): number {
  const a = parts(from);
  const b = parts(addDays(to, 1));
  let months = (b.y * 12 + b.m) - (a.y * 12 + a.m);
  if (b.d > a.d) months += 1;
  return Math.max(1, months);
}
