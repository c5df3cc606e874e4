/**
 * Opportunity funnel (商机) over fact_opportunities `op`: count and amount by stage, stage-to-stage
 * conversion, win rate, cycle days, and pipeline coverage of the remaining quota.
 */
import type { QueryFn } from '../engine/query';
import { DEFAULT_STAGE_ORDER, LOST_LABELS, OPPORTUNITY_DIMS, WON_LABELS } from './columns';
import type { Dimension, Scope } from './filters';
import { quotaAttainment } from './sales';
import { num, numOrNull, ratio, run, scopeCte, strOrNull, whereFilters, type MetricQuery } from './sql';

export type StageKind = 'open' | 'won' | 'lost';
export type Outcome = StageKind;

export interface StageRow { stage: string | null; kind: StageKind; count: number; amount: number }
export interface StageConversion { from: string | null; to: string | null; reachedFrom: number; reachedTo: number; rate: number | null }

export interface FunnelResult {
  /** By the opportunity's current stage, in funnel order (open stages, then won, then lost). */
  stages: StageRow[];
  /** Between consecutive steps (open stages, then won): reached(next) ÷ reached(this). */
  conversions: StageConversion[];
  /** Opportunities closed in the period. */
  won: number;
  lost: number;
  wonAmount: number;
  lostAmount: number;
  /** won ÷ (won + lost); null when none closed. */
  winRate: number | null;
  /** Mean close − created over closed ones with both dates; null when none. */
  cycleDays: number | null;
  reason: 'unsupported-filter' | null;
  dims: Dimension[];
}

const lower = (labels: readonly string[]) => new Set(labels.map((l) => l.toLowerCase()));
const WON = lower(WON_LABELS);
const LOST = lower(LOST_LABELS);

export function stageKind(stage: string | null): StageKind {
  const s = stage?.toLowerCase() ?? '';
  return WON.has(s) ? 'won' : LOST.has(s) ? 'lost' : 'open';
}

/**
 * Funnel order, as data-driven as the data allows: open stages before won before lost; within
 * those, the position in `stageOrder`, then a leading number ("3-方案报价"), then most opportunities first.
 */
export function orderStages<T extends { stage: string | null; count: number }>(rows: T[], stageOrder: readonly string[] = DEFAULT_STAGE_ORDER): T[] {
  const known = new Map(stageOrder.map((s, i) => [s.toLowerCase(), i]));
  const KIND_RANK: Record<StageKind, number> = { open: 0, won: 1, lost: 2 };
  const key = (r: T) => {
    const label = r.stage?.toLowerCase() ?? '';
    const prefix = /^\s*(\d+)/.exec(label);
    return [KIND_RANK[stageKind(r.stage)], known.get(label) ?? Infinity, prefix ? Number(prefix[1]) : Infinity, -r.count] as const;
  };
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    return (a.stage ?? '').localeCompare(b.stage ?? '');
  });
}

/** Funnel cohort: created in [from, to] (no created_date → its close_date; neither → always in). */
const COHORT = `COALESCE(op.created_date, op.close_date) BETWEEN s.d_from AND s.d_to
  OR (op.created_date IS NULL AND op.close_date IS NULL)`;
/** Closed in [from, to] (no close_date → created_date; neither → always in). */
const CLOSED = `op.outcome <> 'open' AND (COALESCE(op.close_date, op.created_date) BETWEEN s.d_from AND s.d_to
  OR (op.created_date IS NULL AND op.close_date IS NULL))`;

export function funnelQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, OPPORTUNITY_DIMS);
  return {
    sql: `WITH ${s.sql}
SELECT 'stage' AS part, op.stage, op.outcome, count(*) AS n, CAST(COALESCE(SUM(op.amount), 0) AS DOUBLE) AS amount, NULL AS cycle_sum, NULL AS cycle_n
FROM fact_opportunities op, s WHERE (${COHORT})${f.sql} GROUP BY op.stage, op.outcome
UNION ALL
SELECT 'closed', NULL, op.outcome, count(*), CAST(COALESCE(SUM(op.amount), 0) AS DOUBLE),
  SUM(op.close_date - op.created_date), count(op.close_date - op.created_date)
FROM fact_opportunities op, s WHERE (${CLOSED})${f.sql} GROUP BY op.outcome`,
    params: [...s.params, ...f.params, ...f.params],
    unsupported: f.unsupported,
  };
}

interface Group { stage: string | null; outcome: Outcome; n: number }

/** reached(step): won opportunities passed every step; others the open stages up to their own. */
function conversions(steps: (string | null)[], groups: Group[]): StageConversion[] {
  const index = new Map(steps.map((s, i) => [s, i]));
  const reached = steps.map(() => 0);
  for (const g of groups) {
    const open = stageKind(g.stage) === 'open' ? (index.get(g.stage) ?? 0) : 0;
    const last = g.outcome === 'won' ? steps.length - 1 : open;
    for (let i = 0; i <= last && i < steps.length; i++) reached[i] += g.n;
  }
  return steps.slice(1).map((to, i) => ({ from: steps[i], to, reachedFrom: reached[i], reachedTo: reached[i + 1], rate: ratio(reached[i + 1], reached[i]) }));
}

/**
 * The funnel of opportunities created in [from, to] by current stage, conversion between
 * steps, and win rate / cycle days over those closed in [from, to]. An opportunity lost at an
 * open stage (status lost, stage 商务谈判) reached that stage; one whose stage is just 输单 counts
 * as a lead that did not convert (the export does not say where it was lost).
 */
export async function funnel(query: QueryFn, scope: Scope, stageOrder: readonly string[] = DEFAULT_STAGE_ORDER): Promise<FunnelResult> {
  const q = funnelQuery(scope);
  const closed = { won: 0, lost: 0, wonAmount: 0, lostAmount: 0, winRate: null, cycleDays: null };
  if (q.unsupported.length > 0) return { stages: [], conversions: [], ...closed, reason: 'unsupported-filter', dims: q.unsupported };
  const rows = await run(query, q);
  const groups: Group[] = rows.filter((r) => r.part === 'stage')
    .map((r) => ({ stage: strOrNull(r.stage), outcome: String(r.outcome) as Outcome, n: num(r.n) }));
  const byStage = new Map<string | null, StageRow>();
  for (const r of rows.filter((x) => x.part === 'stage')) {
    const stage = strOrNull(r.stage);
    const row = byStage.get(stage) ?? { stage, kind: stageKind(stage), count: 0, amount: 0 };
    row.count += num(r.n);
    row.amount += num(r.amount);
    byStage.set(stage, row);
  }
  const stages = orderStages([...byStage.values()], stageOrder);
  const openSteps = stages.filter((r) => r.kind === 'open').map((r) => r.stage);
  const wonStep = stages.find((r) => r.kind === 'won')?.stage ?? null;
  const steps = groups.some((g) => g.outcome === 'won') ? [...openSteps, wonStep] : openSteps;
  const get = (outcome: Outcome) => rows.find((r) => r.part === 'closed' && r.outcome === outcome);
  const won = get('won');
  const lost = get('lost');
  const cycleN = num(won?.cycle_n) + num(lost?.cycle_n);
  const w = num(won?.n);
  const l = num(lost?.n);
  return {
    stages, conversions: conversions(steps, groups),
    won: w, lost: l, wonAmount: num(won?.amount), lostAmount: num(lost?.amount), winRate: ratio(w, w + l),
    cycleDays: cycleN === 0 ? null : (num(won?.cycle_sum) + num(lost?.cycle_sum)) / cycleN,
    reason: null, dims: [],
  };
}

export interface CoverageResult {
  /** Open opportunities expected to close in [from, to] (or with no close date). */
  pipeline: number;
  openDeals: number;
  target: number | null;
  revenue: number | null;
  /** target − revenue. */
  remaining: number | null;
  /** pipeline ÷ remaining (3–4× is healthy); null with a reason when it cannot be stated. */
  coverage: number | null;
  reason: 'unsupported-filter' | 'no-target' | 'quota-met' | null;
  dims: Dimension[];
}

export function openPipelineQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, OPPORTUNITY_DIMS);
  return {
    sql: `WITH ${s.sql}
SELECT count(*) AS deals, CAST(COALESCE(SUM(op.amount), 0) AS DOUBLE) AS pipeline FROM fact_opportunities op, s
WHERE op.outcome = 'open' AND (op.close_date IS NULL OR op.close_date BETWEEN s.d_from AND s.d_to)${f.sql}`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/**
 * Pipeline coverage = open pipeline ÷ remaining quota, remaining = target − revenue of [from, to]
 * (quotaAttainment's target and revenue, so the same filter rules apply). The open pipeline is
 * the export's current snapshot: deals still open and expected to close by `to`.
 */
export async function pipelineCoverage(query: QueryFn, scope: Scope): Promise<CoverageResult> {
  const q = openPipelineQuery(scope);
  const none = { pipeline: 0, openDeals: 0, target: null, revenue: null, remaining: null, coverage: null };
  if (q.unsupported.length > 0) return { ...none, reason: 'unsupported-filter', dims: q.unsupported };
  const [[row], att] = await Promise.all([run(query, q), quotaAttainment(query, scope, scope.to)]);
  const pipeline = num(row?.pipeline);
  const openDeals = num(row?.deals);
  if (att.reason === 'unsupported-filter') return { ...none, pipeline, openDeals, reason: att.reason, dims: att.dims };
  const target = numOrNull(att.target);
  if (att.reason === 'no-target' || target === null) return { ...none, pipeline, openDeals, revenue: att.revenue, target, reason: 'no-target', dims: [] };
  const remaining = target - att.revenue;
  return {
    pipeline, openDeals, target, revenue: att.revenue, remaining,
    coverage: remaining > 0 ? pipeline / remaining : null, reason: remaining > 0 ? null : 'quota-met', dims: [],
  };
}
