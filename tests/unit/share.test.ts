/** Sharing: the `ds` dataset marker, the copied link, presentation keys and the slide caption. */
import { describe, expect, it } from 'vitest';
import { compareDatasets, encodeDatasets, fingerprint, parseDatasets, sampleMarker } from '../../src/state/dataset';
import { shareLink } from '../../src/state/share';
import { DEFAULT_STATE, decodeState, encodeState, type ViewState } from '../../src/state/url';
import { keyAction, moveIndex } from '../../src/state/present.svelte';
import { filtersText, periodText, slideCaption } from '../../src/views/shell/caption';
import { monthScope, reportMonth, shiftMonth } from '../../src/views/report/month';

const manifest = { seed: 42, tables: [{ name: 'partners', rows: 1200 }, { name: 'orders', rows: 150000 }] };

describe('dataset markers', () => {
  it('names the sample by its orders row count and a fingerprint of tables, rows and seed', () => {
    const m = sampleMarker(manifest);
    expect(m).toEqual({ name: 'sample', rows: 150000, fingerprint: fingerprint('seed=42;orders=150000;partners=1200') });
    expect(m.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    // Table order does not matter; any count or the seed does.
    expect(sampleMarker({ ...manifest, tables: [...manifest.tables].reverse() })).toEqual(m);
    expect(sampleMarker({ ...manifest, seed: 7 }).fingerprint).not.toBe(m.fingerprint);
    expect(sampleMarker({ ...manifest, tables: [{ name: 'partners', rows: 1201 }, { name: 'orders', rows: 150000 }] }).fingerprint).not.toBe(m.fingerprint);
  });

  it('round-trips through the ds parameter, names with colons and commas included', () => {
    const markers = [{ name: 'sample', rows: 150000, fingerprint: 'ab12cd34' }, { name: '订单,2026:Q1.csv', rows: 12, fingerprint: '0000ffff' }];
    const text = encodeDatasets(markers);
    expect(text).toBe('sample:150000:ab12cd34,订单%2C2026%3AQ1.csv:12:0000ffff');
    expect(parseDatasets(text)).toEqual(markers);
  });

  it.each([
    ['<script>alert(1)</script>:1:abcd'], ['sample:-1:abcd'], ['sample:1:xyz!'], ['sample:abcd'], [':1:abcd'], ['sample:1:'],
    ['%E0%A4%A:1:abcd'], ["a'b:1:abcd"], [''], [Array(21).fill('a:1:abcd').join(',')],
  ])('refuses %j', (raw) => {
    expect(parseDatasets(raw)).toBeNull();
  });

  it('tells what differs: missing, changed, or nothing', () => {
    const loaded = [{ name: 'sample', rows: 150000, fingerprint: 'ab12cd34' }];
    expect(compareDatasets(loaded, loaded)).toEqual([]);
    expect(compareDatasets([{ ...loaded[0], rows: 10 }], loaded)).toEqual([{ kind: 'changed', wanted: { ...loaded[0], rows: 10 }, loaded: loaded[0] }]);
    expect(compareDatasets([{ name: 'orders.csv', rows: 1, fingerprint: 'abcd' }], loaded)[0].kind).toBe('missing');
  });
});

describe('ds in the URL', () => {
  it('is decoded into state.dataset and never written back', () => {
    const { state, issues } = decodeState('?region=华东&ds=sample:150000:ab12cd34&v=1');
    expect(issues).toEqual([]);
    expect(state.dataset).toEqual([{ name: 'sample', rows: 150000, fingerprint: 'ab12cd34' }]);
    expect(encodeState(state)).toBe('?region=华东&v=1');
  });

  it('reports a malformed marker and ignores it', () => {
    const { state, issues } = decodeState('?ds=%3Cimg%20src%3Dx%3E');
    expect(state.dataset).toBeUndefined();
    expect(issues).toEqual([{ param: 'ds', value: '<img src=x>', reason: 'malformed' }]);
  });
});

describe('shareLink', () => {
  const markers = [{ name: 'sample', rows: 150000, fingerprint: 'ab12cd34' }];
  const state: ViewState = { ...DEFAULT_STATE, filters: { region: ['华东'], tier: ['分销商', 'a,b'] }, compare: 'mom', from: '2026-01' };

  it('writes the state readably, then the dataset marker and the version', () => {
    expect(shareLink('https://x.test/app/', state, markers)).toBe('https://x.test/app/?from=2026-01&region=华东&tier=分销商,a%2Cb&compare=mom&ds=sample:150000:ab12cd34&v=1');
  });

  it('opens to the same state (and the marker) when decoded', () => {
    const link = shareLink('https://x.test/', { ...state, dataset: [{ name: 'old', rows: 1, fingerprint: 'ffff' }] }, markers);
    const decoded = decodeState(new URL(link).search);
    expect(decoded.issues).toEqual([]);
    expect({ ...decoded.state, dataset: undefined }).toEqual({ ...state, dataset: undefined });
    expect(decoded.state.dataset).toEqual(markers);
  });

  it('carries only the marker for the default view, and nothing without data', () => {
    expect(shareLink('https://x.test/', DEFAULT_STATE, markers)).toBe('https://x.test/?ds=sample:150000:ab12cd34&v=1');
    expect(shareLink('https://x.test/', DEFAULT_STATE, [])).toBe('https://x.test/');
  });
});

describe('presentation keys', () => {
  it('enters on P unless typing or with a modifier', () => {
    expect(keyAction({ key: 'p' }, false, false)).toBe('enter');
    expect(keyAction({ key: 'P' }, false, false)).toBe('enter');
    expect(keyAction({ key: 'p' }, false, true)).toBeNull();
    expect(keyAction({ key: 'p', ctrlKey: true }, false, false)).toBeNull();
    expect(keyAction({ key: 'ArrowRight' }, false, false)).toBeNull();
  });

  it('moves with arrows, space and page keys, leaves with Esc', () => {
    const keys = ['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'Escape', 'x'];
    expect(keys.map((key) => keyAction({ key }, true, false))).toEqual(['next', 'next', 'next', 'prev', 'prev', 'first', 'last', 'exit', null]);
  });

  it('stays inside the slides', () => {
    expect([moveIndex(0, 5, 'prev'), moveIndex(4, 5, 'next'), moveIndex(2, 5, 'next'), moveIndex(3, 5, 'first'), moveIndex(0, 5, 'last'), moveIndex(0, 0, 'next')]).toEqual([0, 4, 3, 0, 4, 0]);
  });
});

describe('slide caption and report month', () => {
  const labels = { period: '期间', filters: '筛选', noFilters: '未筛选（全部数据）', dims: { region: '区域', province: '省份', city: '城市', tier: '伙伴类型', industry: '行业', salesperson: '销售', partner: '伙伴', product: '产品' } };

  it('states the period and every filter', () => {
    expect(periodText('2026-01-01', '2026-10-31', 'zh-CN')).toBe('2026年1月 – 2026年10月');
    expect(periodText('2026-10-01', '2026-10-31', 'en')).toBe('Oct 2026');
    expect(slideCaption({ from: '2026-01-01', to: '2026-10-31' }, { region: ['华东'], tier: ['分销商', '核心代理商'] }, labels, 'zh-CN')).toBe(
      '期间：2026年1月 – 2026年10月 · 筛选：区域：华东；伙伴类型：分销商、核心代理商',
    );
    expect(filtersText({}, labels, 'zh-CN')).toBe('未筛选（全部数据）');
  });

  it('takes the month from `to`, else the data', () => {
    expect(reportMonth({ to: '2026-05' }, '2026-10-31')).toBe('2026-05');
    expect(reportMonth({ to: '2026-05-15' }, '2026-10-31')).toBe('2026-05');
    expect(reportMonth({ to: null }, '2026-10-31')).toBe('2026-10');
    expect(monthScope('2024-02', {})).toEqual({ from: '2024-02-01', to: '2024-02-29', filters: {} });
    expect([shiftMonth('2026-12', 1), shiftMonth('2026-01', -1)]).toEqual(['2027-01', '2025-12']);
  });
});
