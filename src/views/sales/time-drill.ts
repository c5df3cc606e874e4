/**
 * The time drill of the sales page: year → quarter → month, walked through the period (from/to) of
 * the URL, so a drilled view is a link like any other. A period that is a whole year (to date), a
 * whole quarter or one month has a path; any other period is the user's own range and has none.
 */
export type TimeLevel = 'year' | 'quarter' | 'month';
export interface TimeStep { level: TimeLevel; from: string; to: string; year: number; quarter: number; month: number }

const ym = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
const earlier = (a: string, b: string) => (a < b ? a : b);

/** from/to/asOf are 'YYYY-MM'; the year and quarter end at asOf when it falls inside them (to date). */
export function timePath(from: string, to: string, asOf: string): TimeStep[] | null {
  const y = Number(from.slice(0, 4));
  const m = Number(from.slice(5, 7));
  if (!y || !m || to.slice(0, 4) !== from.slice(0, 4)) return null;
  const q = Math.floor((m - 1) / 3) + 1;
  const clip = (end: string) => (asOf >= ym(y, 1) ? earlier(end, asOf) : end);
  const year: TimeStep = { level: 'year', from: ym(y, 1), to: clip(ym(y, 12)), year: y, quarter: q, month: m };
  const quarter: TimeStep = { level: 'quarter', from: ym(y, 3 * q - 2), to: clip(ym(y, 3 * q)), year: y, quarter: q, month: m };
  const month: TimeStep = { level: 'month', from, to: from, year: y, quarter: q, month: m };
  if (from === to) return [year, quarter, month];
  if (from === quarter.from && to === quarter.to) return [year, quarter];
  if (from === year.from && to === year.to) return [year];
  return null;
}
