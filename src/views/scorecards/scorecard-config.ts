/**
 * The scorecards page's settings and pure helpers: URL weight keys ↔ the metric's KPI keys, the
 * specs built from the weights, gates and targets in the view state, cell tones, region subtotals, period labels.
 */
import type { KpiScore, KpiSpec, ScoredRow } from '../../metrics/scorecard';
import { DEFAULT_SALES_SPECS, type SalesKpi, type SalesRaw } from '../../metrics/scorecard-sales';
import { DEFAULT_SETTINGS, toneFor, type Tone } from '../../state/settings';
import { DEFAULT_TARGETS, type Targets } from '../../state/kpi-targets';
import { DEFAULT_WEIGHTS, WEIGHT_KEYS, type WeightKey, type Weights } from '../../state/weights';

/** URL key (`w=quota:50,inventory:10,…`) → the KPI key of scorecard-sales.ts. */
export const SPEC_KEY: Readonly<Record<WeightKey, SalesKpi>> = {
  quota: 'quota', inventory: 'inventoryHealth', new: 'newPartners', active2: 'activeSecondTier', satisfaction: 'satisfaction', collection: 'collection',
};
export const WEIGHT_KEY_OF = Object.fromEntries(WEIGHT_KEYS.map((k) => [SPEC_KEY[k], k])) as Record<SalesKpi, WeightKey>;

/**
 * Settings of the salesperson scorecard (DESIGN: thresholds are settings, not constants).
 * The KPI targets (active second-tier and new partners, collection, satisfaction, the inventory band)
 * are the user's, in the view state and the link (`tgt`, state/kpi-targets.ts, with their defaults).
 * - score tones: a KPI score ≥ scoreGood is green, ≥ scoreWarn amber, else red; quota and
 *   collection use the attainment / collection thresholds of state/settings.ts instead;
 *   inventory is green inside the healthy band, amber within half-way of it.
 */
export const SCORECARD_SETTINGS = {
  scoreGood: 80,
  scoreWarn: 60,
  totalGood: 90,
  totalWarn: 75,
} as const;
export type ScorecardSettings = typeof SCORECARD_SETTINGS;

/** A spec's rule and target with the targets in use (quota keeps each row's own target). */
function withTarget(spec: KpiSpec, key: WeightKey, t: Readonly<Targets>): Pick<KpiSpec, 'rule' | 'target'> {
  const r = spec.rule;
  switch (key) {
    case 'active2': return { rule: r, target: t.active2 };
    case 'new': return { rule: r, target: t.new };
    case 'collection': return { rule: r, target: t.collection / 100 };
    case 'satisfaction': return { rule: r.kind === 'linear' ? { ...r, full: t.satisfaction } : r, target: spec.target };
    // Falls to 0 at 0 weeks and at twice the upper bound (2–8 → 16, the metric's default).
    case 'inventory': return { rule: r.kind === 'band' ? { ...r, low: t.invlow, high: t.invhigh, zeroBelow: 0, zeroAbove: 2 * t.invhigh } : r, target: spec.target };
    case 'quota': return { rule: r, target: spec.target };
  }
}

/** The specs for the weights, gates and targets of the view state (null = defaults / none). */
export function salesSpecs(weights: Readonly<Weights> | null, gates: readonly WeightKey[] | null, targets: Readonly<Targets> | null = null): KpiSpec[] {
  const w = weights ?? DEFAULT_WEIGHTS;
  const t = targets ?? DEFAULT_TARGETS;
  const gated = new Set(gates ?? []);
  return DEFAULT_SALES_SPECS.map((spec) => {
    const key = WEIGHT_KEY_OF[spec.key as SalesKpi];
    const { rule, target } = withTarget(spec, key, t);
    return { ...spec, rule, weight: w[key], gate: gated.has(key), ...(target === undefined ? {} : { target }) };
  });
}

/** Red / amber / green for one KPI cell. */
export function kpiTone(k: KpiScore, s: ScorecardSettings = SCORECARD_SETTINGS): Tone {
  if (k.score === null) return 'neutral';
  if (k.gateFailed) return 'bad';
  const t = toneFor;
  switch (k.key as SalesKpi) {
    case 'quota': return t(k.target ? (k.value ?? 0) / k.target : null, DEFAULT_SETTINGS.attainmentGood, DEFAULT_SETTINGS.attainmentWarn);
    // Against the collection target in use (at the default 100 % this is the rate itself).
    case 'collection': return t(k.value !== null && k.target ? k.value / k.target : k.value, DEFAULT_SETTINGS.collectionGood, DEFAULT_SETTINGS.collectionWarn);
    case 'inventoryHealth': return t(k.score, 100, 50);
    default: return t(k.score, s.scoreGood, s.scoreWarn);
  }
}

export function totalTone(total: number | null, passed: boolean, s: ScorecardSettings = SCORECARD_SETTINGS): Tone {
  return passed ? toneFor(total, s.totalGood, s.totalWarn) : 'bad';
}

export interface Subtotal {
  group: string | null;
  count: number;
  /** Pooled quota attainment: Σ revenue ÷ Σ target (null without a positive target). */
  attainment: number | null;
  /** Mean score per KPI over the members that have one. */
  scores: Record<string, number | null>;
  /** Mean total over the members that have one. */
  total: number | null;
  failed: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : null);

export function subtotal(rows: readonly ScoredRow<SalesRaw>[], group: string | null): Subtotal {
  const target = rows.reduce((a, r) => a + Math.max(r.raw.target ?? 0, 0), 0);
  const revenue = rows.reduce((a, r) => a + r.raw.revenue, 0);
  const keys = rows[0]?.kpis.map((k) => k.key) ?? [];
  const scores = Object.fromEntries(keys.map((key, i) => [key, mean(rows.flatMap((r) => (r.kpis[i].score === null ? [] : [r.kpis[i].score as number])))]));
  return {
    group, count: rows.length, attainment: target > 0 ? revenue / target : null, scores,
    total: mean(rows.flatMap((r) => (r.total === null ? [] : [r.total]))), failed: rows.filter((r) => !r.passed).length,
  };
}

/** Rows grouped by region (their main region), best region first; members keep their rank order. */
export function byRegion(rows: readonly ScoredRow<SalesRaw>[]): { group: string | null; rows: ScoredRow<SalesRaw>[]; subtotal: Subtotal }[] {
  const groups = new Map<string | null, ScoredRow<SalesRaw>[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups]
    .map(([group, members]) => ({ group, rows: members, subtotal: subtotal(members, group) }))
    .sort((a, b) => (b.subtotal.total ?? -1) - (a.subtotal.total ?? -1) || String(a.group).localeCompare(String(b.group), 'zh-CN'));
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A name for the period a preset is saved under: 2026, 2026-H1, 2026-Q3, 2026-05, or 2026-01~2026-10. */
export function periodLabel(from: string, to: string): string {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const wholeMonths = fd === 1 && td === lastDay(ty, tm);
  if (!wholeMonths) return `${from}~${to}`;
  if (fy === ty) {
    const span = tm - fm + 1;
    if (span === 12) return `${fy}`;
    if (span === 6 && (fm === 1 || fm === 7)) return `${fy}-H${fm === 1 ? 1 : 2}`;
    if (span === 3 && fm % 3 === 1) return `${fy}-Q${(fm + 2) / 3}`;
    if (span === 1) return from.slice(0, 7);
  }
  return `${from.slice(0, 7)}~${to.slice(0, 7)}`;
}
