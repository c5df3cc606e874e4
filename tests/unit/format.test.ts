import { describe, expect, it } from 'vitest';
import {
  amountUnitLabel,
  axisAmount,
  formatAmount,
  formatAmountFull,
  formatDate,
  formatDelta,
  formatInteger,
  formatMonth,
  formatPercent,
  formatPoints,
  formatShortMonth,
  withUnit,
} from '../../src/i18n/format';

describe('formatAmount zh-CN (万/亿)', () => {
  const zh = (v: number | null, o?: Parameters<typeof formatAmount>[2]) => formatAmount(v, 'zh-CN', o);
  it('uses 万 and 亿 with two decimals', () => {
    expect(zh(12345)).toBe('1.23万');
    expect(zh(123456789)).toBe('1.23亿');
    expect(zh(-15000)).toBe('-1.50万');
    expect(zh(10000)).toBe('1.00万');
    expect(zh(56789012)).toBe('5,678.90万');
  });
  it('shows values below 1万 as plain grouped integers', () => {
    expect(zh(999)).toBe('999');
    expect(zh(9999)).toBe('9,999');
    expect(zh(0)).toBe('0');
    expect(zh(-250)).toBe('-250');
  });
  it('rounds before choosing the unit at the boundaries', () => {
    expect(zh(9999.5)).toBe('1.00万');
    expect(zh(9999.4)).toBe('9,999');
    expect(zh(99999999)).toBe('1.00亿');
    expect(zh(99994999)).toBe('9,999.50万');
    expect(zh(-99999999)).toBe('-1.00亿');
  });
  it('never shows a negative zero', () => {
    expect(zh(-0.3)).toBe('0');
    expect(zh(-0)).toBe('0');
  });
  it('renders null and non-finite as a dash', () => {
    expect(zh(null)).toBe('—');
    expect(zh(Number.NaN)).toBe('—');
  });
  it('honours digits, currency and trimZeros', () => {
    expect(zh(12345, { digits: 1 })).toBe('1.2万');
    expect(zh(12345, { currency: true })).toBe('¥1.23万');
    expect(zh(-12345, { currency: true })).toBe('-¥1.23万');
    expect(zh(15000, { trimZeros: true })).toBe('1.5万');
    expect(zh(100000000, { trimZeros: true })).toBe('1亿');
  });
});

describe('formatAmount en (K/M/B)', () => {
  const en = (v: number | null) => formatAmount(v, 'en');
  it('uses three significant digits', () => {
    expect(en(12345)).toBe('12.3K');
    expect(en(1234567)).toBe('1.23M');
    expect(en(1234567890)).toBe('1.23B');
    expect(en(123456)).toBe('123K');
    expect(en(-1500000)).toBe('-1.50M');
  });
  it('rounds before choosing the unit', () => {
    expect(en(999)).toBe('999');
    expect(en(999.5)).toBe('1.00K');
    expect(en(999999)).toBe('1.00M');
    expect(en(0)).toBe('0');
    expect(en(null)).toBe('—');
  });
});

describe('formatAmountFull', () => {
  it('is exact with grouping and two decimals', () => {
    expect(formatAmountFull(1234567.891, 'zh-CN')).toBe('¥1,234,567.89');
    expect(formatAmountFull(1234567.891, 'en')).toBe('¥1,234,567.89');
    expect(formatAmountFull(-5, 'en')).toBe('-¥5.00');
    expect(formatAmountFull(0, 'zh-CN')).toBe('¥0.00');
    expect(formatAmountFull(null, 'zh-CN')).toBe('—');
  });
});

describe('axisAmount', () => {
  it('is compact without trailing zeros', () => {
    const zh = axisAmount('zh-CN');
    expect(zh(12345)).toBe('1.23万');
    expect(zh(50000)).toBe('5万');
    expect(zh(150000000)).toBe('1.5亿');
    expect(zh(0)).toBe('0');
    expect(zh(-20000)).toBe('-2万');
    const en = axisAmount('en');
    expect(en(1500000)).toBe('1.5M');
    expect(en(20000)).toBe('20K');
  });
  it('labels the unit', () => {
    expect(amountUnitLabel('zh-CN')).toBe('元');
    expect(amountUnitLabel('en')).toBe('CNY');
    expect(withUnit('金额', 'zh-CN')).toBe('金额(元)');
    expect(withUnit('Amount', 'en')).toBe('Amount (CNY)');
  });
});

describe('percentages', () => {
  it('formats ratios', () => {
    expect(formatPercent(0.8634, 'zh-CN')).toBe('86.3%');
    expect(formatPercent(0.8634, 'en', 0)).toBe('86%');
    expect(formatPercent(1.2, 'en')).toBe('120.0%');
    expect(formatPercent(0, 'en')).toBe('0.0%');
    expect(formatPercent(null, 'en')).toBe('—');
  });
  it('signs deltas with a true minus', () => {
    expect(formatDelta(0.123, 'zh-CN')).toBe('+12.3%');
    expect(formatDelta(-0.04, 'en')).toBe('\u22124.0%');
    expect(formatDelta(0, 'en')).toBe('0.0%');
    expect(formatDelta(-0.00001, 'en')).toBe('0.0%');
    expect(formatDelta(null, 'en')).toBe('—');
  });
  it('formats percentage points by locale', () => {
    expect(formatPoints(0.032, 'en')).toBe('+3.2 pp');
    expect(formatPoints(0.032, 'zh-CN')).toBe('+3.2个百分点');
    expect(formatPoints(-0.015, 'en')).toBe('\u22121.5 pp');
    expect(formatPoints(null, 'zh-CN')).toBe('—');
  });
});

describe('integers and dates', () => {
  it('groups integers', () => {
    expect(formatInteger(1234567, 'en')).toBe('1,234,567');
    expect(formatInteger(1234.6, 'zh-CN')).toBe('1,235');
    expect(formatInteger(-0.2, 'zh-CN')).toBe('0');
    expect(formatInteger(null, 'zh-CN')).toBe('—');
  });
  it('formats months and dates', () => {
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(formatMonth('2026-03', 'en')).toBe('Mar 2026');
    expect(formatMonth('2026-12-31', 'en')).toBe('Dec 2026');
    expect(formatShortMonth('2026-03', 'zh-CN')).toBe('3月');
    expect(formatShortMonth('2026-03', 'en')).toBe('Mar');
    expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDate('2026-03-05', 'en')).toBe('Mar 5, 2026');
  });
  it('returns unparseable input unchanged', () => {
    expect(formatMonth('2026-13', 'en')).toBe('2026-13');
    expect(formatDate('2026-03', 'en')).toBe('2026-03');
    expect(formatShortMonth('soon', 'zh-CN')).toBe('soon');
  });
});
