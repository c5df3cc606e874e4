/**
 * Weeks of supply per partner (all its products together) and the channel summary, derived from
 * weeksOfSupply's partner × product positions without another query. A partner's weeks of supply
 * = Σ stock ÷ Σ weekly sales over its positions, in quantities when any position has them, else
 * in values — the same rule as the scorecards' inventory health (Σ stock ÷ Σ weekly).
 */
import type { StockStatus, StockThresholds, SupplyBasis, SupplyRow, SupplyUnit, WeeksOfSupplyResult } from './inventory';

export interface PartnerSupply {
  partner_id: string;
  partner_name: string | null;
  tier: string | null;
  region: string | null;
  salesperson: string | null;
  snapshot_date: string;
  /** The unit of stock / weekly: 'qty' when any position has quantities, else 'value'. */
  unit: SupplyUnit | null;
  /** Σ stock of the positions in `unit`. */
  stock: number;
  /** Σ average weekly sales of the same positions (negative rates count as 0). */
  weekly: number;
  on_hand_qty: number;
  on_hand_value: number | null;
  /** stock ÷ weekly; null when nothing sold (see no_movement) or no usable unit. */
  weeks_of_supply: number | null;
  /** Stock on hand and no sales in the window: the worst over-stock. */
  no_movement: boolean;
  status: StockStatus | null;
  /** Σ over-stock value of the positions (stock beyond `over` weeks, product by product). */
  overstock_value: number;
  positions: number;
  over_positions: number;
  under_positions: number;
  /** 'sellin' when any position's rate is the sell-in fallback. */
  basis: SupplyBasis;
}

export interface SupplySummary {
  /** Partners with a usable position. */
  partners: number;
  overstocked: number;
  understocked: number;
  /** Over-stocked because nothing sold in the window. */
  noMovement: number;
  /** Median of the partners' weeks of supply (no-movement partners count as the highest). */
  medianWeeks: number | null;
  /** Σ stock ÷ Σ weekly over all quantity positions: the channel's weeks of supply. */
  overallWeeks: number | null;
  /** Σ over-stock value of every position, also at partners that are healthy as a whole. */
  overstockValue: number;
  /** Σ over-stock value of the over-stocked partners only: the figure their list adds up to. */
  overstockedPartnersValue: number;
  /** Σ on_hand_value: the base of the over-stock share. */
  stockValue: number;
}

function statusOf(weeks: number | null, noMovement: boolean, th: StockThresholds): StockStatus | null {
  if (weeks === null) return noMovement ? 'over' : null;
  return weeks < th.under ? 'under' : weeks > th.over ? 'over' : 'healthy';
}

function unitStock(r: SupplyRow): number {
  return r.unit === 'value' ? (r.on_hand_value ?? 0) : r.on_hand_qty;
}

function partnerOf(rows: readonly SupplyRow[], th: StockThresholds): PartnerSupply {
  const first = rows[0];
  const unit: SupplyUnit | null = rows.some((r) => r.unit === 'qty') ? 'qty' : rows.some((r) => r.unit === 'value') ? 'value' : null;
  const used = rows.filter((r) => unit !== null && r.unit === unit);
  const stock = used.reduce((s, r) => s + unitStock(r), 0);
  const weekly = used.reduce((s, r) => s + Math.max(r.weekly_sales ?? 0, 0), 0);
  const weeks = unit !== null && weekly > 0 ? stock / weekly : null;
  const noMovement = unit !== null && weekly <= 0 && stock > 0;
  const values = rows.map((r) => r.on_hand_value).filter((v): v is number => v !== null);
  return {
    partner_id: first.partner_id, partner_name: first.partner_name, tier: first.tier, region: first.region,
    salesperson: first.salesperson, snapshot_date: first.snapshot_date, unit, stock, weekly,
    on_hand_qty: rows.reduce((s, r) => s + r.on_hand_qty, 0),
    on_hand_value: values.length ? values.reduce((s, v) => s + v, 0) : null,
    weeks_of_supply: weeks, no_movement: noMovement, status: statusOf(weeks, noMovement, th),
    overstock_value: rows.reduce((s, r) => s + (r.overstock_value ?? 0), 0),
    positions: rows.length,
    over_positions: rows.filter((r) => r.status === 'over').length,
    under_positions: rows.filter((r) => r.status === 'under').length,
    basis: rows.some((r) => r.basis === 'sellin') ? 'sellin' : 'sellout',
  };
}

/**
 * One row per partner, most cash tied up in over-stock first, then most weeks of supply
 * (no movement above any number), then partner_id.
 */
export function partnerSupply(rows: readonly SupplyRow[], th: StockThresholds): PartnerSupply[] {
  const groups = new Map<string, SupplyRow[]>();
  for (const r of rows) groups.set(r.partner_id, [...(groups.get(r.partner_id) ?? []), r]);
  const rank = (p: PartnerSupply) => (p.no_movement ? Infinity : (p.weeks_of_supply ?? -1));
  return [...groups.values()]
    .map((g) => partnerOf(g, th))
    .sort((a, b) => b.overstock_value - a.overstock_value || rank(b) - rank(a) || a.partner_id.localeCompare(b.partner_id));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function supplySummary(result: WeeksOfSupplyResult, partners: readonly PartnerSupply[]): SupplySummary {
  const rated = partners.filter((p) => p.status !== null);
  const qty = result.rows.filter((r) => r.unit === 'qty');
  const stock = qty.reduce((s, r) => s + r.on_hand_qty, 0);
  const weekly = qty.reduce((s, r) => s + Math.max(r.weekly_sales ?? 0, 0), 0);
  return {
    partners: rated.length,
    overstocked: rated.filter((p) => p.status === 'over').length,
    understocked: rated.filter((p) => p.status === 'under').length,
    noMovement: rated.filter((p) => p.no_movement).length,
    medianWeeks: median(rated.map((p) => (p.no_movement ? Infinity : (p.weeks_of_supply as number)))),
    overallWeeks: weekly > 0 ? stock / weekly : null,
    overstockValue: result.overstockValue,
    overstockedPartnersValue: rated.filter((p) => p.status === 'over').reduce((sum, p) => sum + p.overstock_value, 0),
    stockValue: result.rows.reduce((s, r) => s + (r.on_hand_value ?? 0), 0),
  };
}
