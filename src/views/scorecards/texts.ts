/**
 * Words for the scorecards, pure so they are tested in Node: a partner's structured reason codes
 * → one line in the chosen language ("210 天无订单；38% 发票逾期"), each KPI's rule from its spec,
 * the targets in use, and a KPI's raw value as people read it.
 */
import { fill } from '../../i18n/i18n.svelte';
import { formatAmount, formatDate, formatDelta, formatInteger, formatPercent, EMPTY, type Locale } from '../../i18n/format';
import type { ScorecardsMessages } from '../../i18n/pages/scorecards';
import type { KpiSpec } from '../../metrics/scorecard';
import type { PartnerFlag, SegmentThresholds } from '../../metrics/scorecard-partners';
import type { SalesKpi } from '../../metrics/scorecard-sales';
import { DEFAULT_TARGETS, type TargetKey, type Targets } from '../../state/kpi-targets';
import { WEIGHT_KEY_OF } from './scorecard-config';

const one = (n: number, locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n);
/** 95 % or 97.5 %: no decimals unless the target has one. */
const percentText = (ratio: number, locale: Locale) => formatPercent(ratio, locale, Math.abs(100 * ratio - Math.round(100 * ratio)) < 1e-9 ? 0 : 1);
const two = (n: number, locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);

/** One reason code in words. */
export function phraseFlag(flag: PartnerFlag, m: ScorecardsMessages, locale: Locale, th: SegmentThresholds): string {
  const r = m.reasons;
  switch (flag.code) {
    case 'no-orders': return r['no-orders'];
    case 'no-order-days': return fill(r['no-order-days'], { n: formatInteger(flag.value, locale) });
    case 'once-off': return fill(r['once-off'], { date: flag.value ? formatDate(flag.value, locale) : EMPTY });
    case 'low-score': return fill(r['low-score'], { score: one(flag.value, locale), threshold: one(th.eliminateBelow, locale) });
    case 'gate-failed': return fill(r['gate-failed'], { kpi: (m.partnerKpis as Record<string, string>)[flag.value] ?? flag.value });
    case 'overdue-share': return fill(r['overdue-share'], { pct: formatPercent(flag.value, locale, 0) });
    case 'revenue-decline': return fill(r['revenue-decline'], { pct: formatPercent(Math.abs(flag.value), locale, 0) });
  }
}

/**
 * All of a partner's reasons on one line, triggers first (the order the metric gives). A partner
 * that never ordered scores near 0 by construction, so its low score is not repeated.
 */
export function phraseReasons(flags: readonly PartnerFlag[], m: ScorecardsMessages, locale: Locale, th: SegmentThresholds): string {
  const never = flags.some((f) => f.code === 'no-orders');
  return flags.filter((f) => !(never && f.code === 'low-score')).map((f) => phraseFlag(f, m, locale, th)).join(m.reasons.sep);
}

/** The rule of one salesperson KPI, with the numbers (targets included) of its spec. */
export function ruleText(spec: KpiSpec, m: ScorecardsMessages, locale: Locale): string {
  const key = WEIGHT_KEY_OF[spec.key as SalesKpi];
  const r = spec.rule;
  const cap = r.kind === 'target' ? r.cap : 1;
  const common = { cap: one(100 * cap, locale), capPct: formatPercent(cap, locale, 0) };
  switch (key) {
    case 'quota': return fill(m.rules.quota, common);
    case 'inventory':
      return r.kind === 'band' ? fill(m.rules.inventory, { low: one(r.low, locale), high: one(r.high, locale), zeroAbove: one(r.zeroAbove, locale) }) : '';
    case 'new': return fill(m.rules.new, { ...common, target: one(spec.target ?? 0, locale) });
    case 'active2': return fill(m.rules.active2, { ...common, target: one(spec.target ?? 0, locale) });
    case 'satisfaction': return r.kind === 'linear' ? fill(m.rules.satisfaction, { zero: one(r.zero, locale), full: two(r.full, locale) }) : '';
    case 'collection': return fill(m.rules.collection, { target: percentText(spec.target ?? 1, locale) });
  }
}

/** A salesperson KPI's raw value (or target) as text: amounts in 万/亿, weeks, counts, scores, rates. */
export function kpiValueText(kpi: SalesKpi, value: number | null, m: ScorecardsMessages, locale: Locale): string {
  if (value === null || Number.isNaN(value)) return EMPTY;
  switch (kpi) {
    case 'quota': return formatAmount(value, locale, { currency: true });
    case 'inventoryHealth': return Number.isFinite(value) ? fill(m.units.weeks, { n: one(value, locale) }) : '∞';
    case 'newPartners':
    case 'activeSecondTier': return fill(m.units.partners, { n: one(value, locale) });
    case 'satisfaction': return fill(m.units.score5, { n: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value) });
    case 'collection': return formatPercent(value, locale);
  }
}

/** Score text: one decimal, '—' when missing. */
export const scoreText = (score: number | null, locale: Locale) => (score === null ? EMPTY : one(score, locale));

/** The segment rules with the current thresholds filled in (shown beside the segment chart). */
export function segmentRule(segment: keyof ScorecardsMessages['partners']['segmentRules'], m: ScorecardsMessages, locale: Locale, th: SegmentThresholds): string {
  return fill(m.partners.segmentRules[segment], {
    strategic: th.strategic, maintain: th.maintain, eliminate: th.eliminateBelow, days: th.noOrderDays, grace: th.graceDays,
    growth: formatDelta(th.developGrowth, locale, 0),
  });
}

/** One target in words, in the unit it is set in: '15 家', '95%', '4.2 分', '2–8 周'. */
function targetValue(key: Exclude<TargetKey, 'invhigh'>, t: Readonly<Targets>, m: ScorecardsMessages, locale: Locale): string {
  switch (key) {
    case 'active2':
    case 'new': return fill(m.units.partners, { n: one(t[key], locale) });
    case 'collection': return percentText(t.collection / 100, locale);
    case 'satisfaction': return fill(m.units.score5, { n: two(t.satisfaction, locale) });
    case 'invlow': return fill(m.rules.band, { low: one(t.invlow, locale), high: one(t.invhigh, locale) });
  }
}

/**
 * The targets in use, one phrase each, with the default beside any that differs:
 * "活跃二级伙伴 15 家（默认 20 家）、新签伙伴 2 家（目标表未设新签目标时）、…".
 */
export function targetsText(t: Readonly<Targets>, m: ScorecardsMessages, locale: Locale): string {
  const label: Record<Exclude<TargetKey, 'invhigh'>, string> = {
    active2: m.kpis.active2, new: m.kpis.new, collection: m.kpis.collection, satisfaction: m.kpis.satisfaction, invlow: m.kpis.inventory,
  };
  const keys = ['active2', 'new', 'collection', 'satisfaction', 'invlow'] as const;
  const list = keys.map((key) => {
    const changed = key === 'invlow' ? t.invlow !== DEFAULT_TARGETS.invlow || t.invhigh !== DEFAULT_TARGETS.invhigh : t[key] !== DEFAULT_TARGETS[key];
    const item = `${label[key]} ${targetValue(key, t, m, locale)}${key === 'new' ? m.rules.newWhenNone : ''}`;
    return changed ? fill(m.rules.targetChanged, { item, default: targetValue(key, DEFAULT_TARGETS, m, locale) }) : item;
  });
  return fill(m.rules.targets, { list: list.join(locale === 'zh-CN' ? '；' : '; ') });
}
