/**
 * The weighted scorecard mechanism (考核), pure and shared by salesperson and partner scorecards:
 * each KPI's raw value → a normalised score by its rule → Σ weight × score over the KPIs that
 * have a score (weights renormalised, and the result says so) → optional gates → ranking with ties.
 */

/**
 * How a raw value becomes a score. 100 = full points.
 * - `target`: 100 × value ÷ target, linear from 0, capped at `cap` × target (cap 1.5 → at most 150,
 *   so over-achievement counts but cannot carry the total; cap 1 → a strict 0–100). The target comes
 *   from the row (e.g. a quota) or the spec; no target → missing ('no-target'), target ≤ 0 → missing ('zero-target').
 * - `linear`: 0 at `zero`, 100 at `full`, clamped to 0..100; `full < zero` means lower is better.
 * - `band`: 100 inside [low, high], falling linearly to 0 at `zeroBelow` and at `zeroAbove`
 *   (inventory health: 2–8 weeks of supply is healthy). Infinity (stock that never sells) scores 0.
 */
export type ScoreRule =
  | { kind: 'target'; cap: number }
  | { kind: 'linear'; zero: number; full: number }
  | { kind: 'band'; low: number; high: number; zeroBelow: number; zeroAbove: number };

export interface KpiSpec {
  key: string;
  /** Any non-negative number; weights are used relative to the sum of those present. */
  weight: number;
  rule: ScoreRule;
  /** Target for `target` rules when the row has none of its own. */
  target?: number | null;
  /** A raw value of exactly 0 fails the review whatever the total. */
  gate?: boolean;
}

export interface RawKpi {
  value: number | null;
  /** A per-row target (a quota); `undefined` = use the spec's, `null` = this row has none. */
  target?: number | null;
}

export interface RawRow<T = unknown> {
  id: string;
  name: string | null;
  /** Region or team, for subtotals. */
  group: string | null;
  kpis: Record<string, RawKpi>;
  raw: T;
}

export type ScoreReason = 'missing' | 'no-target' | 'zero-target';

export interface KpiScore {
  key: string;
  value: number | null;
  target: number | null;
  /** null when the KPI cannot be scored (see reason); it then carries no weight. */
  score: number | null;
  reason: ScoreReason | null;
  weight: number;
  /** weight ÷ Σ weights of the scored KPIs; null when not scored. */
  effectiveWeight: number | null;
  /** score × effectiveWeight: this KPI's part of the total. */
  points: number | null;
  gateFailed: boolean;
}

export interface ScoredRow<T = unknown> {
  id: string;
  name: string | null;
  group: string | null;
  kpis: KpiScore[];
  /** Σ points; null when no KPI could be scored. */
  total: number | null;
  /** Some weighted KPI had no score, so the others' weights were scaled up to fill its place. */
  renormalised: boolean;
  /** Keys of the weighted KPIs without a score. */
  missing: string[];
  failedGates: string[];
  passed: boolean;
  /** 1 = best; equal totals share a rank (1, 1, 3); rows failing a gate rank after all that pass. */
  rank: number | null;
  raw: T;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

export function assertSpecs(specs: readonly KpiSpec[]): void {
  const keys = new Set<string>();
  for (const s of specs) {
    if (keys.has(s.key)) throw new RangeError(`duplicate KPI ${s.key}`);
    keys.add(s.key);
    if (!Number.isFinite(s.weight) || s.weight < 0) throw new RangeError(`weight of ${s.key} must be a finite number ≥ 0`);
    const r = s.rule;
    const ok = r.kind === 'target' ? r.cap > 0
      : r.kind === 'linear' ? Number.isFinite(r.zero) && Number.isFinite(r.full) && r.zero !== r.full
        : r.zeroBelow <= r.low && r.low <= r.high && r.high <= r.zeroAbove;
    if (!ok) throw new RangeError(`invalid rule for ${s.key}`);
  }
  if (specs.reduce((a, s) => a + s.weight, 0) <= 0) throw new RangeError('weights must not all be 0');
}

/** One value → { score, reason } under a rule (see ScoreRule). */
export function normalise(value: number | null, target: number | null, rule: ScoreRule): { score: number | null; reason: ScoreReason | null } {
  if (value === null || Number.isNaN(value)) return { score: null, reason: 'missing' };
  switch (rule.kind) {
    case 'target':
      if (target === null || Number.isNaN(target)) return { score: null, reason: 'no-target' };
      if (target <= 0) return { score: null, reason: 'zero-target' };
      return { score: 100 * Math.min(rule.cap, Math.max(0, value / target)), reason: null };
    case 'linear':
      return { score: 100 * clamp01((value - rule.zero) / (rule.full - rule.zero)), reason: null };
    case 'band': {
      const { low, high, zeroBelow, zeroAbove } = rule;
      if (value >= low && value <= high) return { score: 100, reason: null };
      if (value < low) return { score: low === zeroBelow ? 0 : 100 * clamp01((value - zeroBelow) / (low - zeroBelow)), reason: null };
      if (!Number.isFinite(value)) return { score: 0, reason: null };
      return { score: high === zeroAbove ? 0 : 100 * clamp01((zeroAbove - value) / (zeroAbove - high)), reason: null };
    }
  }
}

/** Score one row: normalise each KPI, renormalise weights over the scored ones, apply gates. */
export function scoreRow<T>(row: RawRow<T>, specs: readonly KpiSpec[]): ScoredRow<T> {
  const parts = specs.map((spec) => {
    const raw = row.kpis[spec.key] ?? { value: null };
    const target = raw.target !== undefined ? raw.target : (spec.target ?? null);
    const value = raw.value ?? null;
    return { spec, value, target, ...normalise(value, target, spec.rule) };
  });
  const scoredWeight = parts.reduce((a, p) => a + (p.score === null ? 0 : p.spec.weight), 0);
  const kpis: KpiScore[] = parts.map((p) => {
    const effectiveWeight = p.score === null || scoredWeight === 0 ? null : p.spec.weight / scoredWeight;
    return {
      key: p.spec.key, value: p.value, target: p.target, score: p.score, reason: p.reason, weight: p.spec.weight,
      effectiveWeight, points: effectiveWeight === null || p.score === null ? null : p.score * effectiveWeight,
      gateFailed: p.spec.gate === true && p.value === 0,
    };
  });
  const missing = kpis.filter((k) => k.score === null && k.weight > 0).map((k) => k.key);
  const failedGates = kpis.filter((k) => k.gateFailed).map((k) => k.key);
  return {
    id: row.id, name: row.name, group: row.group, kpis,
    total: scoredWeight === 0 ? null : kpis.reduce((a, k) => a + (k.points ?? 0), 0),
    renormalised: missing.length > 0 && scoredWeight > 0, missing, failedGates, passed: failedGates.length === 0,
    rank: null, raw: row.raw,
  };
}

/** Totals this close are a tie (floating-point noise from renormalised weights). */
const TIE = 1e-9;

/** Best first: passing rows before failing ones, then total (null last), then id. Ties share a rank. */
export function rankRows<T>(rows: readonly ScoredRow<T>[]): ScoredRow<T>[] {
  const sorted = [...rows].sort((a, b) => {
    if (a.passed !== b.passed) return a.passed ? -1 : 1;
    if ((a.total === null) !== (b.total === null)) return a.total === null ? 1 : -1;
    const d = (b.total ?? 0) - (a.total ?? 0);
    return Math.abs(d) > TIE ? d : a.id.localeCompare(b.id);
  });
  const ranked: ScoredRow<T>[] = [];
  sorted.forEach((row, i) => {
    const prev = ranked[i - 1];
    const tied = prev !== undefined && prev.total !== null && row.total !== null && prev.passed === row.passed
      && Math.abs(prev.total - row.total) <= TIE;
    ranked.push({ ...row, rank: row.total === null ? null : tied ? prev.rank : i + 1 });
  });
  return ranked;
}

/** Score and rank every row with the same specs. */
export function scoreRows<T>(rows: readonly RawRow<T>[], specs: readonly KpiSpec[]): ScoredRow<T>[] {
  assertSpecs(specs);
  return rankRows(rows.map((r) => scoreRow(r, specs)));
}

/** Replace weights by key (e.g. from the URL), keeping rules; unknown keys are ignored. */
export function withWeights(specs: readonly KpiSpec[], weights: Readonly<Record<string, number>>): KpiSpec[] {
  return specs.map((s) => (s.key in weights ? { ...s, weight: weights[s.key] } : s));
}
