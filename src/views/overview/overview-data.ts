/** What the overview asks of metrics/: one call per panel, all KPIs fetched together. */
import type { QueryFn } from '../../engine/query';
import type { CompareKind, Scope } from '../../metrics/filters';
import { growth, quotaAttainment, revenue } from '../../metrics/sales';
import { activePartners, newPartners } from '../../metrics/partners';
import { collectionRate } from '../../metrics/collections';

export async function loadOverviewKpis(query: QueryFn, scope: Scope, compare: CompareKind, asOf: string, activeDays: number) {
  const [rev, attainment, grow, active, fresh, collection] = await Promise.all([
    revenue(query, scope),
    quotaAttainment(query, scope, asOf),
    growth(query, scope, compare),
    activePartners(query, scope, activeDays),
    newPartners(query, scope),
    collectionRate(query, scope),
  ]);
  return { revenue: rev, attainment, growth: grow, active, fresh, collection };
}
