/** The scorecards page's pure helpers: words for reasons and rules, tones, subtotals, presets, list order. */
import { describe, expect, it } from 'vitest';
import { scorecardsMessages } from '../../../src/i18n/pages/scorecards';
import type { KpiScore, ScoredRow } from '../../../src/metrics/scorecard';
import { DEFAULT_SEGMENTS, type PartnerFlag, type PartnerScore } from '../../../src/metrics/scorecard-partners';
import type { SalesRaw } from '../../../src/metrics/scorecard-sales';
import { byRegion, kpiTone, periodLabel, salesSpecs, subtotal, totalTone } from '../../../src/views/scorecards/scorecard-config';
import { kpiValueText, phraseReasons, ruleText, targetsText } from '../../../src/views/scorecards/texts';
import { DEFAULT_TARGETS } from '../../../src/state/kpi-targets';
import { PRESETS_KEY, deletePreset, loadPresets, savePreset } from '../../../src/views/scorecards/presets';
import { distributorLines, rankedLines } from '../../../src/views/scorecards/partner-list';
import { loadThresholds, saveThresholds, validThresholds } from '../../../src/views/scorecards/segment-settings';
import { monthSlices } from '../../../src/views/scorecards/scorecard-data';
import { DEFAULT_WEIGHTS } from '../../../src/state/weights';

const zh = scorecardsMessages['zh-CN'];
const en = scorecardsMessages.en;

describe('elimination reasons in words', () => {
  const flags: PartnerFlag[] = [{ code: 'no-order-days', value: 210 }, { code: 'overdue-share', value: 0.38 }];
  it('phrases the structured codes in the chosen language', () => {
    expect(phraseReasons(flags, zh, 'zh-CN', DEFAULT_SEGMENTS)).toBe('210 天无订单；38% 发票逾期');
    expect(phraseReasons(flags, en, 'en', DEFAULT_SEGMENTS)).toBe('no order for 210 days; 38% of invoices overdue');
  });
  it('covers every code', () => {
    const all: PartnerFlag[] = [
      { code: 'no-orders', value: null }, { code: 'once-off', value: '2026-03-02' }, { code: 'low-score', value: 22.222 },
      { code: 'gate-failed', value: 'revenue' }, { code: 'revenue-decline', value: -0.456 },
    ];
    expect(phraseReasons(all.slice(1), en, 'en', DEFAULT_SEGMENTS)).toBe(
      'once-off partner (last order Mar 2, 2026); score 22.2, below 30; revenue is zero; revenue down 46% YoY');
    expect(phraseReasons(all.slice(1), zh, 'zh-CN', DEFAULT_SEGMENTS)).toBe(
      '一次性合作（最后订单 2026年3月2日）；综合得分 22.2，低于 30；销售额为 0；销售额同比下降 46%');
    // Never ordered: the (inevitably) low score is not repeated.
    expect(phraseReasons([all[0], all[2]], en, 'en', DEFAULT_SEGMENTS)).toBe('never ordered');
  });
});

describe('rules and values in words', () => {
  const specs = salesSpecs(null, null);
  it('states each rule with the numbers of its spec, targets included', () => {
    expect(ruleText(specs[0], en, 'en')).toContain('at most 150 above (attainment capped at 150%)');
    expect(ruleText(specs[1], zh, 'zh-CN')).toContain('2–8 周为健康');
    expect(ruleText(specs[1], zh, 'zh-CN')).toContain('降至 16 周 0 分');
    expect(ruleText(specs[2], en, 'en')).toContain('2 when it has none');
    expect(ruleText(specs[3], en, 'en')).toContain('÷ 20 × 100');
    expect(ruleText(specs[4], en, 'en')).toContain('1 scores 0, 5 scores 100');
    expect(ruleText(specs[5], en, 'en')).toContain('the collection target 100% × 100');
  });
  it('states custom targets in the rules', () => {
    const custom = salesSpecs(null, null, { active2: 15, new: 3, collection: 97.5, satisfaction: 4.2, invlow: 3, invhigh: 10 });
    expect(ruleText(custom[1], zh, 'zh-CN')).toContain('3–10 周为健康得 100 分；低于 3 周按比例降至 0 周 0 分，高于 10 周降至 20 周 0 分');
    expect(ruleText(custom[2], en, 'en')).toContain('3 when it has none');
    expect(ruleText(custom[3], zh, 'zh-CN')).toContain('÷ 15 家 × 100');
    expect(ruleText(custom[4], en, 'en')).toContain('1 scores 0, 4.2 scores 100');
    expect(ruleText(custom[5], zh, 'zh-CN')).toContain('回款率目标 97.5% × 100');
  });
  it('lists the targets in use, with the default beside each one changed', () => {
    expect(targetsText(DEFAULT_TARGETS, en, 'en')).toBe('Targets in use: Active 2nd-tier 20; New partners 2 (when the targets file sets none); '
      + 'Collection 100%; Satisfaction 5; Inventory health 2–8 weeks. Quota is each salesperson\'s own target from the targets file.');
    expect(targetsText({ ...DEFAULT_TARGETS, active2: 15, collection: 95, invhigh: 10 }, zh, 'zh-CN')).toBe('本期所用目标：活跃二级伙伴 15 家（默认 20 家）；'
      + '新签伙伴 2 家（目标表未设新签目标时）；回款率 95%（默认 100%）；渠道满意度 5 分；库存健康 2–10 周（默认 2–8 周）。目标完成以每位销售在目标表中的本人目标计。');
  });
  it('shows raw values in their unit', () => {
    expect(kpiValueText('quota', 75577067, zh, 'zh-CN')).toBe('¥7,557.71万');
    expect(kpiValueText('inventoryHealth', 9.547, en, 'en')).toBe('9.5 wk');
    expect(kpiValueText('inventoryHealth', Infinity, en, 'en')).toBe('∞');
    expect(kpiValueText('collection', 0.457, en, 'en')).toBe('45.7%');
    expect(kpiValueText('satisfaction', null, en, 'en')).toBe('—');
  });
});

const kpi = (key: string, value: number | null, target: number | null, score: number | null): KpiScore =>
  ({ key, value, target, score, reason: null, weight: 10, effectiveWeight: 0.1, points: score === null ? null : score / 10, gateFailed: false });

describe('tones', () => {
  it('judges quota by attainment, collection by rate, inventory by band, the rest by score', () => {
    expect([kpiTone(kpi('quota', 100, 100, 100)), kpiTone(kpi('quota', 85, 100, 85)), kpiTone(kpi('quota', 75, 100, 75))]).toEqual(['good', 'warn', 'bad']);
    expect([kpiTone(kpi('collection', 0.95, 1, 95)), kpiTone(kpi('collection', 0.8, 1, 80)), kpiTone(kpi('collection', 0.457, 1, 45.7))]).toEqual(['good', 'warn', 'bad']);
    // Against a collection target of 85 %: 80 % is 94 % of it (good), 65 % is 76 % (amber).
    expect([kpiTone(kpi('collection', 0.8, 0.85, 100)), kpiTone(kpi('collection', 0.65, 0.85, 76.5))]).toEqual(['good', 'warn']);
    expect([kpiTone(kpi('inventoryHealth', 5, null, 100)), kpiTone(kpi('inventoryHealth', 12, null, 50)), kpiTone(kpi('inventoryHealth', 14, null, 25))]).toEqual(['good', 'warn', 'bad']);
    expect([kpiTone(kpi('satisfaction', 4.2, null, 80)), kpiTone(kpi('satisfaction', 3.6, null, 65)), kpiTone(kpi('satisfaction', 3, null, 50))]).toEqual(['good', 'warn', 'bad']);
    expect(kpiTone(kpi('satisfaction', null, null, null))).toBe('neutral');
    expect(kpiTone({ ...kpi('newPartners', 0, 2, 0), gateFailed: true })).toBe('bad');
    expect([totalTone(92, true), totalTone(80, true), totalTone(60, true), totalTone(99, false)]).toEqual(['good', 'warn', 'bad', 'bad']);
  });
});

const rep = (id: string, group: string | null, revenue: number, target: number | null, scores: (number | null)[], total: number | null, passed = true) => ({
  id, name: id, group, total, passed, rank: null, renormalised: false, missing: [], failedGates: [],
  kpis: scores.map((s, i) => kpi(['quota', 'collection'][i], null, null, s)),
  raw: { revenue, target } as SalesRaw,
}) as ScoredRow<SalesRaw>;

describe('subtotals', () => {
  const rows = [rep('a', '华东', 90, 100, [90, 100], 95), rep('b', '华东', 60, 100, [60, null], 60, false), rep('c', '西北', 70, 100, [70, 50], 65)];
  it('pools attainment, averages the scores present and counts failed reviews', () => {
    expect(subtotal(rows.slice(0, 2), '华东')).toEqual({
      group: '华东', count: 2, attainment: 0.75, scores: { quota: 75, collection: 100 }, total: 77.5, failed: 1,
    });
  });
  it('groups by region, best region first', () => {
    expect(byRegion(rows).map((g) => [g.group, g.rows.map((r) => r.id), g.subtotal.total])).toEqual([['华东', ['a', 'b'], 77.5], ['西北', ['c'], 65]]);
  });
});

describe('period labels for presets', () => {
  it('names years, halves, quarters and months; anything else by its ends', () => {
    expect(periodLabel('2026-01-01', '2026-12-31')).toBe('2026');
    expect(periodLabel('2026-01-01', '2026-06-30')).toBe('2026-H1');
    expect(periodLabel('2026-07-01', '2026-12-31')).toBe('2026-H2');
    expect(periodLabel('2026-04-01', '2026-06-30')).toBe('2026-Q2');
    expect(periodLabel('2026-02-01', '2026-02-28')).toBe('2026-02');
    expect(periodLabel('2026-01-01', '2026-10-31')).toBe('2026-01~2026-10');
    expect(periodLabel('2026-02-01', '2026-04-30')).toBe('2026-02~2026-04');
    expect(periodLabel('2026-01-05', '2026-01-20')).toBe('2026-01-05~2026-01-20');
  });
  it('slices a period into months', () => {
    expect(monthSlices('2025-11-15', '2026-01-10')).toEqual([
      { month: '2025-11', from: '2025-11-15', to: '2025-11-30' }, { month: '2025-12', from: '2025-12-01', to: '2025-12-31' },
      { month: '2026-01', from: '2026-01-01', to: '2026-01-10' },
    ]);
  });
});

const memory = () => { const m = new Map<string, string>(); return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }; };

describe('presets by period', () => {
  it('saves, lists, overwrites and deletes', () => {
    const store = memory();
    expect(loadPresets(store)).toEqual({});
    const h1 = { weights: { ...DEFAULT_WEIGHTS, quota: 40, collection: 20 }, gates: ['new' as const], targets: { ...DEFAULT_TARGETS, active2: 15, collection: 95 } };
    savePreset(store, ' 2026-H1 ', h1);
    expect(loadPresets(store)).toEqual({ '2026-H1': h1 });
    savePreset(store, '2026-H2', { weights: { ...DEFAULT_WEIGHTS }, gates: [], targets: { ...DEFAULT_TARGETS } });
    expect(Object.keys(deletePreset(store, '2026-H1'))).toEqual(['2026-H2']);
    expect(() => savePreset(store, '  ', h1)).toThrow(RangeError);
  });
  it('skips entries that do not parse', () => {
    const store = memory();
    store.setItem(PRESETS_KEY, JSON.stringify({
      ok: { weights: { quota: 50 }, gates: [] }, bad: { weights: { quota: 90 } }, worse: 3,
      badTarget: { weights: { quota: 50 }, gates: [], targets: { active2: -1 } }, badKey: { weights: { quota: 50 }, gates: [], targets: { bonus: 3 } },
      textTarget: { weights: { quota: 50 }, gates: [], targets: { active2: '15' } },
    }));
    // A preset saved before targets existed means the default targets.
    expect(loadPresets(store)).toEqual({ ok: { weights: DEFAULT_WEIGHTS, gates: [], targets: DEFAULT_TARGETS } });
    store.setItem(PRESETS_KEY, '{not json');
    expect(loadPresets(store)).toEqual({});
  });
});

describe('segment thresholds setting', () => {
  it('keeps valid thresholds and falls back to the defaults otherwise', () => {
    const store = memory();
    expect(loadThresholds(store)).toEqual(DEFAULT_SEGMENTS);
    saveThresholds(store, { ...DEFAULT_SEGMENTS, eliminateBelow: 35 });
    expect(loadThresholds(store).eliminateBelow).toBe(35);
    expect(validThresholds({ ...DEFAULT_SEGMENTS, eliminateBelow: 70 })).toBe(false); // above maintain
    expect(validThresholds({ ...DEFAULT_SEGMENTS, noOrderDays: Number.NaN })).toBe(false);
  });
});

const partner = (id: string, segment: PartnerScore['segment'], parent: string | null = null) =>
  ({ id, name: id, segment, raw: { parent_partner_id: parent } }) as unknown as PartnerScore;

describe('partner list order', () => {
  const rows = [partner('D1', 'strategic'), partner('R2', 'eliminate', 'D1'), partner('D2', 'maintain'), partner('R1', 'watch', 'D1'), partner('R3', 'watch', 'GONE')];
  it('ranked: filtered by segment in rank order', () => {
    expect(rankedLines(rows, 'watch').map((l) => l.row.id)).toEqual(['R1', 'R3']);
  });
  it('second tier right under its distributor; an orphan stands alone; a distributor outside the segment is context', () => {
    expect(distributorLines(rows, null).map((l) => `${l.row.id}:${l.depth}:${l.children}`)).toEqual(['D1:0:2', 'R2:1:0', 'R1:1:0', 'D2:0:0', 'R3:0:0']);
    expect(distributorLines(rows, 'eliminate').map((l) => `${l.row.id}:${l.context}`)).toEqual(['D1:true', 'R2:false']);
  });
});
