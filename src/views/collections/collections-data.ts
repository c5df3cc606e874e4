/** What the collections page asks of metrics/: the KPIs for the period and its comparison base. */
import type { QueryFn } from '../../engine/query';
import { shiftScope, type CompareKind, type Scope } from '../../metrics/filters';
import { collectionRate } from '../../metrics/collections';
import { aging, dsoByMonth } from '../../metrics/aging';

/** The scope's last month, up to `to`: DSO is read at the period end. */
function lastMonth(scope: Scope): Scope {
  const from = `${scope.to.slice(0, 7)}-01`;
  return { ...scope, from: from < scope.from ? scope.from : from };
}

async function periodKpis(query: QueryFn, scope: Scope) {
  const [rate, ar, dso] = await Promise.all([collectionRate(query, scope), aging(query, scope), dsoByMonth(query, lastMonth(scope))]);
  return { rate, aging: ar.total, agingReason: ar.reason, dso: dso.rows.at(-1) ?? null, dsoReason: dso.reason };
}

export type CollectionKpis = Awaited<ReturnType<typeof periodKpis>>;

export async function loadCollectionKpis(query: QueryFn, scope: Scope, compare: CompareKind) {
  const [current, base] = await Promise.all([periodKpis(query, scope), periodKpis(query, shiftScope(scope, compare))]);
  return { current, base };
}

/** DSO by month beside last year's (same months a year earlier), for the trend chart. */
export async function loadDsoTrend(query: QueryFn, scope: Scope) {
  const [now, lastYear] = await Promise.all([dsoByMonth(query, scope), dsoByMonth(query, shiftScope(scope, 'yoy'))]);
  const rows = now.rows.map((r, i) => ({ ...r, dso_last_year: lastYear.rows[i]?.dso ?? null }));
  return { rows, reason: now.reason, dims: now.dims };
}
