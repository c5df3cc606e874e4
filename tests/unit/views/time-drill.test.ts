import { describe, expect, it } from 'vitest';
import { timePath } from '../../../src/views/sales/time-drill';

const levels = (p: ReturnType<typeof timePath>) => p?.map((s) => `${s.level} ${s.from}..${s.to}`) ?? null;

describe('time drill', () => {
  it('a year to date, with the data ending in October', () => {
    expect(levels(timePath('2026-01', '2026-10', '2026-10'))).toEqual(['year 2026-01..2026-10']);
  });
  it('a month sits in its quarter and year; the current quarter ends at the data', () => {
    expect(levels(timePath('2026-10', '2026-10', '2026-10'))).toEqual(['year 2026-01..2026-10', 'quarter 2026-10..2026-10', 'month 2026-10..2026-10']);
    expect(levels(timePath('2026-08', '2026-08', '2026-10'))).toEqual(['year 2026-01..2026-10', 'quarter 2026-07..2026-09', 'month 2026-08..2026-08']);
  });
  it('a whole quarter of a past year', () => {
    expect(levels(timePath('2025-04', '2025-06', '2026-10'))).toEqual(['year 2025-01..2025-12', 'quarter 2025-04..2025-06']);
    expect(timePath('2025-04', '2025-06', '2026-10')![1].quarter).toBe(2);
  });
  it('a range of the user’s own, or across years, has no path', () => {
    expect(timePath('2026-02', '2026-05', '2026-10')).toBeNull();
    expect(timePath('2025-11', '2026-02', '2026-10')).toBeNull();
    expect(timePath('2025-01', '2025-10', '2026-10')).toBeNull();
  });
  it('a period after the data (a link from other data) is not cut at the data', () => {
    expect(levels(timePath('2027-01', '2027-12', '2026-10'))).toEqual(['year 2027-01..2027-12']);
  });
});
