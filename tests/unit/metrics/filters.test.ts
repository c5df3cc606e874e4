/** Pure helpers: scopes and comparison periods, identifier quoting, filter → WHERE. */
import { describe, expect, it } from 'vitest';
import { activeDimensions, shiftScope, timeProgress, trailingWindow, withoutFilter, type Scope } from '../../../src/metrics/filters';
import { quoteIdent, quoteRef, whereFilters } from '../../../src/metrics/sql';
import { ORDER_DIMS, TARGET_DIMS } from '../../../src/metrics/columns';

const sc = (from: string, to: string): Scope => ({ from, to, filters: {} });
const shifted = (from: string, to: string, kind: 'yoy' | 'mom') => {
  const s = shiftScope(sc(from, to), kind);
  return [s.from, s.to];
};

describe('shiftScope', () => {
  it('yoy moves both ends back a year, keeping month ends', () => {
    expect(shifted('2025-01-01', '2025-03-31', 'yoy')).toEqual(['2024-01-01', '2024-03-31']);
    expect(shifted('2024-02-01', '2024-02-29', 'yoy')).toEqual(['2023-02-01', '2023-02-28']);
    expect(shifted('2025-02-01', '2025-02-28', 'yoy')).toEqual(['2024-02-01', '2024-02-29']); // whole Feb → whole Feb
    expect(shifted('2024-02-29', '2024-02-29', 'yoy')).toEqual(['2023-02-28', '2023-02-28']);
    expect(shifted('2025-03-10', '2025-04-20', 'yoy')).toEqual(['2024-03-10', '2024-04-20']);
  });

  it('mom takes the previous period of the same length in months', () => {
    expect(shifted('2026-01-01', '2026-03-31', 'mom')).toEqual(['2025-10-01', '2025-12-31']);
    expect(shifted('2024-03-01', '2024-03-31', 'mom')).toEqual(['2024-02-01', '2024-02-29']);
    expect(shifted('2025-03-01', '2025-03-15', 'mom')).toEqual(['2025-02-01', '2025-02-15']); // month to date
    expect(shifted('2025-01-15', '2025-02-14', 'mom')).toEqual(['2024-12-15', '2025-01-14']); // one month, adjacent
    expect(shifted('2025-01-01', '2025-12-31', 'mom')).toEqual(['2024-01-01', '2024-12-31']);
    expect(shifted('2024-12-01', '2025-02-28', 'mom')).toEqual(['2024-09-01', '2024-11-30']);
    expect(shifted('2025-05-31', '2025-05-31', 'mom')).toEqual(['2025-04-30', '2025-04-30']);
    expect(shifted('2024-03-30', '2024-03-30', 'mom')).toEqual(['2024-02-29', '2024-02-29']);
  });

  it('keeps filters and validates the scope', () => {
    const s: Scope = { from: '2025-01-01', to: '2025-01-31', filters: { region: ['华东'] } };
    expect(shiftScope(s, 'yoy').filters).toEqual({ region: ['华东'] });
    expect(() => shiftScope(sc('2025-1-1', '2025-01-31'), 'yoy')).toThrow(RangeError);
    expect(() => shiftScope(sc('2025-02-01', '2025-01-31'), 'mom')).toThrow(RangeError);
  });
});

describe('scope helpers', () => {
  it('withoutFilter drops one dimension without mutating the scope', () => {
    const s: Scope = { from: '2025-01-01', to: '2025-01-31', filters: { region: ['华东'], tier: ['分销商'] } };
    expect(withoutFilter(s, 'region').filters).toEqual({ tier: ['分销商'] });
    expect(s.filters.region).toEqual(['华东']);
  });

  it('activeDimensions lists non-empty filters in canonical order', () => {
    expect(activeDimensions({ product: ['A'], region: ['华东'], tier: [] })).toEqual(['region', 'product']);
  });

  it('timeProgress counts elapsed days inclusively and clamps', () => {
    expect(timeProgress(sc('2025-01-01', '2025-03-31'), '2025-02-14')).toBe(0.5); // 45 / 90
    expect(timeProgress(sc('2025-01-01', '2025-01-10'), '2025-01-01')).toBe(0.1);
    expect(timeProgress(sc('2025-01-01', '2025-01-10'), '2024-12-31')).toBe(0);
    expect(timeProgress(sc('2025-01-01', '2025-01-10'), '2026-01-01')).toBe(1);
  });

  it('trailingWindow includes `to` and has exactly n days', () => {
    expect(trailingWindow('2025-03-31', 90)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(trailingWindow('2024-03-01', 1)).toEqual({ from: '2024-03-01', to: '2024-03-01' });
  });
});

describe('quoteIdent', () => {
  it('double-quotes and escapes', () => {
    expect(quoteIdent('region')).toBe('"region"');
    expect(quoteIdent('a"b')).toBe('"a""b"');
    expect(quoteIdent('"; DROP TABLE orders; --')).toBe('"""; DROP TABLE orders; --"');
    expect(quoteIdent('区域 名')).toBe('"区域 名"');
    expect(quoteRef('o.region')).toBe('"o"."region"');
  });

  it('rejects empty names and NUL', () => {
    expect(() => quoteIdent('')).toThrow();
    expect(() => quoteIdent('a\0b')).toThrow();
    expect(() => quoteRef('o.')).toThrow();
  });
});

describe('whereFilters', () => {
  it('emits one IN list per non-empty dimension, values as parameters', () => {
    const f = whereFilters({ region: ['华东', '华南'], tier: [], salesperson: ['张三'] }, ORDER_DIMS);
    expect(f).toEqual({
      sql: ' AND "o"."region" IN (?, ?) AND "o"."salesperson" IN (?)',
      params: ['华东', '华南', '张三'],
      unsupported: [],
    });
    expect(whereFilters({}, ORDER_DIMS)).toEqual({ sql: '', params: [], unsupported: [] });
  });

  it('reports dimensions the table lacks instead of ignoring them silently', () => {
    const f = whereFilters({ region: ['华东'], tier: ['分销商'], product: ['A'] }, TARGET_DIMS);
    expect(f.sql).toBe(' AND "t"."region" IN (?)');
    expect(f.params).toEqual(['华东']);
    expect(f.unsupported).toEqual(['tier', 'product']);
  });

  it('rejects non-string values', () => {
    expect(() => whereFilters({ region: [1 as unknown as string] }, ORDER_DIMS)).toThrow(TypeError);
  });
});
