import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, periodEnd, DEFAULT_STATE, type ViewState } from '../../src/state/url';

const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, filters: {}, ...patch });

describe('URL state', () => {
  it('writes nothing for the defaults', () => {
    expect(encodeState(state({}))).toBe('');
  });

  it('writes readable parameters and reads them back', () => {
    const s = state({ page: 'sales', from: '2024-01', to: '2024-12', filters: { region: ['华东', '华南'], tier: ['分销商'] }, compare: 'mom', lang: 'en' });
    const search = encodeState(s);
    expect(search).toBe('?page=sales&from=2024-01&to=2024-12&region=华东,华南&tier=分销商&compare=mom&lang=en&v=1');
    expect(decodeState(search)).toEqual({ state: s, issues: [] });
  });

  it('keeps commas, ampersands and quotes inside a value', () => {
    const s = state({ filters: { partner: ['A,B & "C"', "O'Brien=1"] } });
    const back = decodeState(encodeState(s));
    expect(back.state.filters.partner).toEqual(['A,B & "C"', "O'Brien=1"]);
    expect(back.issues).toEqual([]);
  });

  it('reads percent-encoded links as browsers send them', () => {
    const { state: s } = decodeState('?region=%E5%8D%8E%E4%B8%9C&tier=%E5%88%86%E9%94%80%E5%95%86');
    expect(s.filters).toEqual({ region: ['华东'], tier: ['分销商'] });
  });

  it('reports and ignores unknown or malformed parameters', () => {
    const { state: s, issues } = decodeState("?page=hack&from=2024-13&to=2024-02-30&bogus=1&compare=x&region=%E0%A4%A&lang=fr&tier=ok");
    expect(s).toEqual(state({ filters: { tier: ['ok'] } }));
    expect(issues.map((i) => `${i.param}:${i.reason}`)).toEqual([
      'page:malformed', 'from:malformed', 'to:malformed', 'bogus:unknown', 'compare:malformed', 'region:malformed', 'lang:malformed',
    ]);
  });

  it('drops a reversed period with a notice', () => {
    const { state: s, issues } = decodeState('?from=2025-03&to=2025-01');
    expect([s.from, s.to]).toEqual([null, null]);
    expect(issues).toHaveLength(1);
  });

  it('refuses absurdly long values', () => {
    const { state: s, issues } = decodeState(`?region=${'x'.repeat(500)}`);
    expect(s.filters.region).toBeUndefined();
    expect(issues[0].reason).toBe('too-long');
  });

  it('knows month ends, leap years included', () => {
    expect(periodEnd('2024-02')).toBe('2024-02-29');
    expect(periodEnd('2025-02')).toBe('2025-02-28');
    expect(periodEnd('2025-12')).toBe('2025-12-31');
    expect(periodEnd('2025-06-15')).toBe('2025-06-15');
  });
});

import { monthsBetween } from '../../src/state/months';

describe('monthsBetween', () => {
  it('lists months across a year end, inclusive', () => {
    expect(monthsBetween('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween(null, '2026-02-01')).toEqual([]);
  });
});
