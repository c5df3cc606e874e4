/**
 * Whitelists: the derived tables buildModel() creates and, per table, which column each drill
 * dimension filters. Metric SQL takes identifiers only from here.
 */
import type { DimensionColumns } from './sql';

export const DERIVED_TABLES = ['dim_partners', 'fact_orders', 'fact_targets', 'fact_receivables'] as const;
export type DerivedTable = (typeof DERIVED_TABLES)[number];

/** fact_orders aliased `o`: every dimension is available (own column or inherited). */
export const ORDER_DIMS: DimensionColumns = {
  region: 'o.region', province: 'o.province', city: 'o.city', tier: 'o.tier', industry: 'o.industry',
  salesperson: 'o.salesperson', partner: 'o.partner_id', product: 'o.product',
};

/** dim_partners aliased `p`: a partner has no product. */
export const PARTNER_DIMS: DimensionColumns = {
  region: 'p.region', province: 'p.province', city: 'p.city', tier: 'p.tier', industry: 'p.industry',
  salesperson: 'p.salesperson', partner: 'p.partner_id',
};

/** fact_receivables aliased `r`: partner dimensions joined from dim_partners. */
export const RECEIVABLE_DIMS: DimensionColumns = {
  region: 'r.region', province: 'r.province', city: 'r.city', tier: 'r.tier', industry: 'r.industry',
  salesperson: 'r.salesperson', partner: 'r.partner_id',
};

/** fact_targets aliased `t`: quotas are set per region and/or salesperson only. */
export const TARGET_DIMS: DimensionColumns = { region: 't.region', salesperson: 't.salesperson' };

/** Columns of fact_orders that revenueBy() may group on. */
export const BREAKDOWN_COLUMNS = {
  region: 'region', province: 'province', city: 'city', tier: 'tier', industry: 'industry',
  salesperson: 'salesperson', product: 'product', product_line: 'product_line',
} as const;
export type BreakdownDim = keyof typeof BREAKDOWN_COLUMNS;

/** Partner statuses that mean "signed and working with us" (NULL status also counts). */
export const ACTIVE_STATUSES = ['合作中', 'active', 'Active', '签约', '正常'] as const;

/** Tier labels that mark a second-tier partner (a parent_partner_id does too). */
export const SECOND_TIER_LABELS = ['二级经销商'] as const;

// ---- Detail model (model-detail.ts): the other canonical tables, enriched with partner dims ----

/** Derived tables buildDetailModel() creates (buildModel() leaves them alone). */
export const DETAIL_TABLES = [
  'fact_sellout', 'fact_order_lines', 'fact_inventory', 'fact_trainings', 'fact_surveys',
  'fact_activities', 'fact_opportunities', 'fact_expenses', 'dim_partner_certifications',
] as const;
export type DetailTable = (typeof DETAIL_TABLES)[number];

/** The partner's own dims on a fact aliased `alias` (partner_id included, product not). */
function partnerDimsOf(alias: string): DimensionColumns {
  return {
    region: `${alias}.region`, province: `${alias}.province`, city: `${alias}.city`, tier: `${alias}.tier`,
    industry: `${alias}.industry`, salesperson: `${alias}.salesperson`, partner: `${alias}.partner_id`,
  };
}

/** fact_sellout aliased `so`: the reporting partner's dims plus the product sold. */
export const SELLOUT_DIMS: DimensionColumns = { ...partnerDimsOf('so'), product: 'so.product' };
/** fact_order_lines aliased `ol`: sell-in lines with quantity, partner dims (the partner's home ones). */
export const ORDER_LINE_DIMS: DimensionColumns = { ...partnerDimsOf('ol'), product: 'ol.product' };
/** fact_inventory aliased `i`. */
export const INVENTORY_DIMS: DimensionColumns = { ...partnerDimsOf('i'), product: 'i.product' };
/** fact_trainings aliased `tr`: no product. */
export const TRAINING_DIMS: DimensionColumns = partnerDimsOf('tr');
/** fact_surveys aliased `sv`: no product. */
export const SURVEY_DIMS: DimensionColumns = partnerDimsOf('sv');
/** fact_activities aliased `a`: the activity's own region (else its partner's); no product. */
export const ACTIVITY_DIMS: DimensionColumns = partnerDimsOf('a');
/** fact_opportunities aliased `op`: the opportunity's own salesperson (else the partner owner). */
export const OPPORTUNITY_DIMS: DimensionColumns = partnerDimsOf('op');
/** fact_expenses aliased `e`: expenses are booked per salesperson and/or region only. */
export const EXPENSE_DIMS: DimensionColumns = { region: 'e.region', salesperson: 'e.salesperson' };

/** The satisfaction dimensions of a survey, in display order (DESIGN: training … rebate). */
export const SURVEY_SCORE_COLUMNS = ['score_training', 'score_marketing', 'score_supply', 'score_price', 'score_rebate'] as const;
export type SurveyScoreColumn = (typeof SURVEY_SCORE_COLUMNS)[number];

/** Opportunity status/stage labels (compared lower-cased) that close a deal as won or lost. */
export const WON_LABELS = ['won', 'win', 'closed won', '赢单', '成交', '已成交', '已赢单'] as const;
export const LOST_LABELS = ['lost', 'lose', 'closed lost', '输单', '丢单', '已输单', '失败'] as const;

/** Default funnel order; stages not listed sort by a leading number ("3-报价"), then by count. */
export const DEFAULT_STAGE_ORDER = [
  '线索', '需求确认', '方案报价', '商务谈判', '赢单', '输单',
  'Prospecting', 'Qualification', 'Needs Analysis', 'Proposal', 'Negotiation', 'Closed Won', 'Closed Lost',
] as const;

/** Certification labels → level (0 = none). Anything else non-empty counts as level 1. */
export const CERTIFICATION_LEVELS: Readonly<Record<string, number>> = {
  金牌: 3, gold: 3, 银牌: 2, silver: 2, 铜牌: 1, bronze: 1, 认证: 1, certified: 1,
  无: 0, none: 0, 未认证: 0, '-': 0,
};
export const MAX_CERTIFICATION_LEVEL = 3;
