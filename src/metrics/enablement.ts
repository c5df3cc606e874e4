/**
 * Enablement (赋能): training effectiveness (fact_trainings `tr`), market activity return
 * (fact_activities `a`) and channel satisfaction with NPS (fact_surveys `sv`). Dated in [from, to].
 */
import type { QueryFn } from '../engine/query';
import { ACTIVITY_DIMS, SURVEY_DIMS, SURVEY_SCORE_COLUMNS, TRAINING_DIMS, type SurveyScoreColumn } from './columns';
import type { Dimension, Scope } from './filters';
import { listed, unsupportedList, type Listed } from './listed';
import { num, numOrNull, quoteIdent, ratio, run, scopeCte, strOrNull, whereFilters, type MetricQuery } from './sql';

export type EnablementBy = 'type' | 'region';
const BY_COLUMN: Record<EnablementBy, string> = { type: 'type', region: 'region' };

function keyExpr(alias: string, by: EnablementBy | null): string {
  if (by !== null && !(by in BY_COLUMN)) throw new RangeError(`cannot group by ${JSON.stringify(by)}`);
  return by === null ? 'CAST(NULL AS VARCHAR)' : `${alias}.${quoteIdent(BY_COLUMN[by])}`;
}

export interface TrainingRow {
  /** The type or region; null for the total (by = null) or rows without one. */
  key: string | null;
  /** Distinct training_id (a row without one is its own session). */
  sessions: number;
  partnersTrained: number;
  attendees: number;
  passed: number | null;
  /** passed ÷ attendees over rows that report passed; null when none do. */
  passRate: number | null;
}

export function trainingStatsQuery(scope: Scope, by: EnablementBy | null = null): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, TRAINING_DIMS);
  return {
    sql: `WITH ${s.sql}
SELECT ${keyExpr('tr', by)} AS key, count(DISTINCT tr.session_key) AS sessions, count(DISTINCT tr.partner_id) AS partners,
  CAST(COALESCE(SUM(tr.attendees), 0) AS DOUBLE) AS attendees, CAST(SUM(tr.passed) AS DOUBLE) AS passed,
  CAST(SUM(tr.attendees) FILTER (WHERE tr.passed IS NOT NULL) AS DOUBLE) AS graded
FROM fact_trainings tr, s WHERE tr.date BETWEEN s.d_from AND s.d_to${f.sql}
GROUP BY 1 ORDER BY attendees DESC, key NULLS LAST`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/** Training sessions, partners trained, attendees and pass rate (= passed ÷ attendees), by type or region. */
export async function trainingStats(query: QueryFn, scope: Scope, by: EnablementBy | null = null): Promise<Listed<TrainingRow>> {
  const q = trainingStatsQuery(scope, by);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => {
    const passed = numOrNull(r.passed);
    return {
      key: strOrNull(r.key), sessions: num(r.sessions), partnersTrained: num(r.partners), attendees: num(r.attendees),
      passed, passRate: passed === null ? null : ratio(passed, num(r.graded)),
    };
  }));
}

export interface ActivityRow {
  key: string | null;
  activities: number;
  cost: number;
  leads: number;
  /** cost ÷ leads; null without leads. */
  costPerLead: number | null;
  /** Attributed revenue. */
  revenue: number;
  /** (revenue − cost) ÷ cost; null without cost. */
  roi: number | null;
}

export function activityReturnQuery(scope: Scope, by: EnablementBy | null = 'type'): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, ACTIVITY_DIMS);
  return {
    sql: `WITH ${s.sql}
SELECT ${keyExpr('a', by)} AS key, count(DISTINCT a.activity_key) AS activities, CAST(COALESCE(SUM(a.cost), 0) AS DOUBLE) AS cost,
  CAST(COALESCE(SUM(a.leads), 0) AS DOUBLE) AS leads, CAST(COALESCE(SUM(a.revenue), 0) AS DOUBLE) AS revenue
FROM fact_activities a, s WHERE a.date BETWEEN s.d_from AND s.d_to${f.sql}
GROUP BY 1 ORDER BY cost DESC, key NULLS LAST`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/** Market activities (路演, 研讨会, 短训班, 促销): cost, leads, cost per lead, attributed revenue, ROI. */
export async function activityReturn(query: QueryFn, scope: Scope, by: EnablementBy | null = 'type'): Promise<Listed<ActivityRow>> {
  const q = activityReturnQuery(scope, by);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => {
    const cost = num(r.cost);
    const leads = num(r.leads);
    const revenue = num(r.revenue);
    return {
      key: strOrNull(r.key), activities: num(r.activities), cost, leads, costPerLead: ratio(cost, leads), revenue,
      roi: cost === 0 ? null : (revenue - cost) / cost,
    };
  }));
}

export interface NpsResult {
  /** % promoters (9–10) − % detractors (0–6), −100..100; null without answers. */
  value: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  responses: number;
}

const NPS_COLUMNS = `count(sv.nps) AS nps_n, count(*) FILTER (WHERE sv.nps >= 9) AS promoters,
  count(*) FILTER (WHERE sv.nps <= 6) AS detractors`;

function nps(r: Record<string, unknown>): NpsResult {
  const responses = num(r.nps_n);
  const promoters = num(r.promoters);
  const detractors = num(r.detractors);
  const value = responses === 0 ? null : (100 * (promoters - detractors)) / responses;
  return { value, promoters, passives: responses - promoters - detractors, detractors, responses };
}

export interface DimensionScore { dimension: SurveyScoreColumn; mean: number | null; responses: number }
export interface SatisfactionResult {
  /** One entry per SURVEY_SCORE_COLUMNS, in that order. */
  dimensions: DimensionScore[];
  /** Mean of the per-survey score (mean of its dimensions, else its overall score). */
  overall: { mean: number | null; responses: number };
  nps: NpsResult;
  reason: 'unsupported-filter' | null;
  dims: Dimension[];
}

export function satisfactionQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, SURVEY_DIMS);
  const dims = SURVEY_SCORE_COLUMNS.map((d, i) => `CAST(avg(sv.${quoteIdent(d)}) AS DOUBLE) AS m${i}, count(sv.${quoteIdent(d)}) AS n${i}`);
  return {
    sql: `WITH ${s.sql}
SELECT ${dims.join(', ')}, CAST(avg(sv.score) AS DOUBLE) AS mean, count(sv.score) AS responses, ${NPS_COLUMNS}
FROM fact_surveys sv, s WHERE sv.survey_date BETWEEN s.d_from AND s.d_to${f.sql}`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/** Channel satisfaction: mean per dimension (training … rebate), overall, and NPS. */
export async function satisfaction(query: QueryFn, scope: Scope): Promise<SatisfactionResult> {
  const q = satisfactionQuery(scope);
  const row = q.unsupported.length > 0 ? {} : (await run(query, q))[0] ?? {};
  return {
    dimensions: SURVEY_SCORE_COLUMNS.map((dimension, i) => ({ dimension, mean: numOrNull(row[`m${i}`]), responses: num(row[`n${i}`]) })),
    overall: { mean: numOrNull(row.mean), responses: num(row.responses) },
    nps: nps(row),
    reason: q.unsupported.length > 0 ? 'unsupported-filter' : null,
    dims: q.unsupported,
  };
}

export interface SatisfactionMonth { month: string; mean: number | null; responses: number; nps: NpsResult }

export function satisfactionByMonthQuery(scope: Scope): MetricQuery {
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, SURVEY_DIMS);
  return {
    sql: `WITH ${s.sql}
SELECT strftime(sv.month, '%Y-%m') AS month, CAST(avg(sv.score) AS DOUBLE) AS mean, count(sv.score) AS responses, ${NPS_COLUMNS}
FROM fact_surveys sv, s WHERE sv.survey_date BETWEEN s.d_from AND s.d_to${f.sql} GROUP BY sv.month ORDER BY sv.month`,
    params: [...s.params, ...f.params],
    unsupported: f.unsupported,
  };
}

/** Satisfaction over time: months with surveys only (surveys come in waves). */
export async function satisfactionByMonth(query: QueryFn, scope: Scope): Promise<Listed<SatisfactionMonth>> {
  const q = satisfactionByMonthQuery(scope);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => ({ month: String(r.month), mean: numOrNull(r.mean), responses: num(r.responses), nps: nps(r) })));
}

export interface PartnerSatisfaction {
  partner_id: string;
  partner_name: string | null;
  region: string | null;
  salesperson: string | null;
  mean: number;
  surveys: number;
  last_survey: string;
  /** Mean of the partner's 0–10 answers; null without any. */
  nps_mean: number | null;
}

export function leastSatisfiedQuery(scope: Scope, n = 10): MetricQuery {
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new RangeError('n must be an integer in 1..10000');
  const s = scopeCte(scope);
  const f = whereFilters(scope.filters, SURVEY_DIMS);
  return {
    sql: `WITH ${s.sql}
SELECT sv.partner_id, any_value(sv.partner_name) AS partner_name, any_value(sv.region) AS region, any_value(sv.salesperson) AS salesperson,
  CAST(avg(sv.score) AS DOUBLE) AS mean, count(sv.score) AS surveys, CAST(max(sv.survey_date) AS VARCHAR) AS last_survey,
  CAST(avg(sv.nps) AS DOUBLE) AS nps_mean
FROM fact_surveys sv, s WHERE sv.survey_date BETWEEN s.d_from AND s.d_to AND sv.score IS NOT NULL AND sv.partner_id IS NOT NULL${f.sql}
GROUP BY sv.partner_id ORDER BY mean, sv.partner_id LIMIT ?`,
    params: [...s.params, ...f.params, n],
    unsupported: f.unsupported,
  };
}

/** The n partners with the lowest mean survey score in the period. */
export async function leastSatisfiedPartners(query: QueryFn, scope: Scope, n = 10): Promise<Listed<PartnerSatisfaction>> {
  const q = leastSatisfiedQuery(scope, n);
  if (q.unsupported.length > 0) return unsupportedList(q.unsupported);
  return listed((await run(query, q)).map((r) => ({
    partner_id: String(r.partner_id), partner_name: strOrNull(r.partner_name), region: strOrNull(r.region),
    salesperson: strOrNull(r.salesperson), mean: num(r.mean), surveys: num(r.surveys), last_survey: String(r.last_survey),
    nps_mean: numOrNull(r.nps_mean),
  })));
}
