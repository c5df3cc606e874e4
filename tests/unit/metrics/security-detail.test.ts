/**
 * Hostile filter values through every new metric: only ever bound parameters, never SQL text;
 * they match nothing and leave every table in place.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../../src/engine/query';
import { aging, agingQuery, dsoByMonth, overdueInvoices } from '../../../src/metrics/aging';
import { concentration } from '../../../src/metrics/concentration';
import { activityReturn, leastSatisfiedPartners, satisfaction, trainingStats, trainingStatsQuery } from '../../../src/metrics/enablement';
import { expenseRatio } from '../../../src/metrics/expenses';
import { DIMENSIONS, type Dimension, type Filters, type Scope } from '../../../src/metrics/filters';
import { forecastRevenue } from '../../../src/metrics/forecast';
import { funnel, funnelQuery, pipelineCoverage } from '../../../src/metrics/funnel';
import { sellThrough, stockTrend, weeksOfSupply, weeksOfSupplyQuery } from '../../../src/metrics/inventory';
import { activeByTier, coverage, newPartnersByMonth, onceOffPartners, onceOffPartnersQuery, partnerStructure } from '../../../src/metrics/partners-health';
import { partnerScorecard, partnerScorecardQuery } from '../../../src/metrics/scorecard-partners';
import { salesScorecard, salesScorecardQuery } from '../../../src/metrics/scorecard-sales';
import { loadScorecardFixture } from './scorecard-fixture';

const HOSTILE = ["'; DROP TABLE orders; --", '"', "华东' OR '1'='1", "' OR 1=1 --", '); DELETE FROM partners; --', '%', '?', 'a\nb'];
const only = (dims: readonly Dimension[]): Filters => Object.fromEntries(dims.map((d) => [d, HOSTILE]));
const ALL = (dims: readonly Dimension[] = DIMENSIONS): Scope => ({ from: '2025-01-01', to: '2025-03-31', filters: only(dims) });
const PARTNER_ONLY = DIMENSIONS.filter((d) => d !== 'product');

let query: QueryFn;
beforeAll(async () => ({ query } = await loadScorecardFixture()));

async function intact(): Promise<void> {
  for (const [table, n] of [['orders', 13], ['partners', 6], ['receivables', 5], ['inventory', 3]] as const) {
    expect((await query(`SELECT count(*) AS n FROM ${table}`))[0].n).toBe(n);
  }
}

describe('hostile filter values in the detail metrics', () => {
  it('never reach the SQL text', () => {
    const queries = [
      weeksOfSupplyQuery(ALL()), agingQuery(ALL(), 'partner'), trainingStatsQuery(ALL(), 'type'), funnelQuery(ALL()),
      onceOffPartnersQuery(ALL()), salesScorecardQuery(ALL()), partnerScorecardQuery(ALL()),
    ];
    for (const q of queries) {
      for (const v of HOSTILE.filter((h) => h.length > 2)) expect(q.sql).not.toContain(v);
      expect(q.params).toEqual(expect.arrayContaining(HOSTILE));
    }
  });

  it('match nothing on every supported dimension', async () => {
    const s = ALL(PARTNER_ONLY);
    expect((await weeksOfSupply(query, ALL())).rows).toEqual([]);
    expect(await stockTrend(query, ALL())).toEqual([]);
    expect((await sellThrough(query, ALL())).rows.every((m) => m.sell_in_qty === 0 && m.sell_out_qty === 0)).toBe(true);
    expect((await aging(query, s)).total.outstanding).toBe(0);
    expect((await overdueInvoices(query, s)).rows).toEqual([]);
    expect((await dsoByMonth(query, s)).rows.every((m) => m.ending_ar === 0)).toBe(true);
    expect((await onceOffPartners(query, s)).rows).toEqual([]);
    expect((await newPartnersByMonth(query, s)).rows.every((m) => m.new === 0)).toBe(true);
    expect((await partnerStructure(query, s)).rows).toEqual([]);
    expect((await activeByTier(query, s)).rows).toEqual([]);
    expect((await coverage(query, s)).rows).toEqual([]);
    expect((await concentration(query, ALL())).partners).toBe(0);
    expect((await trainingStats(query, s)).rows).toEqual([]);
    expect((await activityReturn(query, s)).rows).toEqual([]);
    expect((await satisfaction(query, s)).overall.responses).toBe(0);
    expect((await leastSatisfiedPartners(query, s)).rows).toEqual([]);
    expect((await funnel(query, s)).stages).toEqual([]);
    expect((await pipelineCoverage(query, ALL(['salesperson']))).pipeline).toBe(0);
    expect((await expenseRatio(query, ALL(['region', 'salesperson']))).rows).toEqual([]);
    expect((await forecastRevenue(query, ALL())).forecast).toEqual([]);
    expect((await salesScorecard(query, ALL(['salesperson']))).rows).toEqual([]);
    expect((await partnerScorecard(query, s)).rows).toEqual([]);
    await intact();
  });

  it('report unsupported dimensions instead of ignoring them', async () => {
    expect((await aging(query, ALL())).reason).toBe('unsupported-filter');
    expect((await expenseRatio(query, ALL())).dims).toEqual(['province', 'city', 'tier', 'industry', 'partner', 'product']);
    expect((await salesScorecard(query, ALL())).dims).toEqual(DIMENSIONS.filter((d) => d !== 'salesperson'));
    expect((await partnerScorecard(query, ALL())).dims).toEqual(['product']);
    await intact();
  });
});
