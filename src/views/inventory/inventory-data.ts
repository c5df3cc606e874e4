/** What the inventory page asks of metrics/: one weeks-of-supply query gives the positions, the partners and the summary. */
import type { QueryFn } from '../../engine/query';
import { weeksOfSupply, type StockThresholds, type WeeksOfSupplyResult } from '../../metrics/inventory';
import { partnerSupply, supplySummary, type PartnerSupply, type SupplySummary } from '../../metrics/inventory-partners';
import type { Scope } from '../../metrics/filters';

export interface SupplyView {
  result: WeeksOfSupplyResult;
  partners: PartnerSupply[];
  summary: SupplySummary;
}

export async function loadSupply(query: QueryFn, scope: Scope, th: StockThresholds): Promise<SupplyView> {
  const result = await weeksOfSupply(query, scope, th);
  const partners = partnerSupply(result.rows, th);
  return { result, partners, summary: supplySummary(result, partners) };
}
