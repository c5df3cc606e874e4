/**
 * The detail model: sell-out, order lines with quantities, inventory, trainings, surveys,
 * activities, opportunities, expenses and partner certifications, each enriched with the
 * partner's dims from dim_partners. Run `buildDetailModel` after `buildModel` (it reads
 * dim_partners). Like buildModel, a missing table gives an empty table and a missing column NULL.
 */
import type { QueryFn } from '../engine/query';
import { CERTIFICATION_LEVELS, DETAIL_TABLES, LOST_LABELS, SURVEY_SCORE_COLUMNS, WON_LABELS } from './columns';
import { describeTables, modelSource, readModelColumns, type TableInfo } from './model';
import { quoteIdent, sqlString } from './sql';

type Columns = Map<string, string[]>;

export interface DetailModelInfo {
  /** Every detail table with its row count and columns. */
  tables: Record<string, TableInfo>;
}

/** The partner's dims, from dim_partners aliased `p`. */
const PARTNER_COLS = `p.partner_name, p.tier, COALESCE(p.is_second_tier, false) AS is_second_tier,
  p.region, p.province, p.city, p.industry, p.salesperson`;

const lowerList = (values: readonly string[]) => values.map((v) => sqlString(v.toLowerCase())).join(', ');

function selloutSql(c: Columns): string {
  const src = modelSource(c, 'sellout', ['date', 'partner_id', 'product', 'customer', 'region', 'quantity', 'amount']);
  return `CREATE OR REPLACE TABLE fact_sellout AS
SELECT x.date, CAST(date_trunc('month', x.date) AS DATE) AS month, x.partner_id, x.product, x.customer,
  x.region AS customer_region, CAST(x.quantity AS DOUBLE) AS quantity, CAST(x.amount AS DOUBLE) AS amount, ${PARTNER_COLS}
FROM ${src} AS x LEFT JOIN dim_partners p ON p.partner_id = x.partner_id
WHERE x.date IS NOT NULL AND x.partner_id IS NOT NULL AND (x.quantity IS NOT NULL OR x.amount IS NOT NULL)`;
}

/**
 * Sell-in with quantities: fact_orders' rows (partners resolved there) with the partner's home
 * dims. A view, not a table: a second 1M-row copy of the orders cost 3.8 s per load in the tab,
 * and the pages that read it filter to a few partners or months, where the join is cheap.
 */
function orderLinesSql(): string {
  return `CREATE OR REPLACE VIEW fact_order_lines AS
SELECT o.order_id, o.order_date, o.month, o.partner_id, o.product, o.quantity, o.amount, ${PARTNER_COLS}
FROM fact_orders o LEFT JOIN dim_partners p ON p.partner_id = o.partner_id`;
}

function inventorySql(c: Columns): string {
  const src = modelSource(c, 'inventory', ['snapshot_date', 'partner_id', 'product', 'on_hand_qty', 'on_hand_value']);
  return `CREATE OR REPLACE TABLE fact_inventory AS
SELECT x.snapshot_date, x.partner_id, x.product, CAST(x.on_hand_qty AS DOUBLE) AS on_hand_qty,
  CAST(x.on_hand_value AS DOUBLE) AS on_hand_value, ${PARTNER_COLS}
FROM ${src} AS x LEFT JOIN dim_partners p ON p.partner_id = x.partner_id
WHERE x.snapshot_date IS NOT NULL AND x.partner_id IS NOT NULL AND x.on_hand_qty IS NOT NULL`;
}

/** A row without training_id is its own session. */
function trainingsSql(c: Columns): string {
  const src = modelSource(c, 'trainings', ['training_id', 'date', 'partner_id', 'type', 'attendees', 'passed']);
  return `CREATE OR REPLACE TABLE fact_trainings AS
SELECT COALESCE(x.training_id, 'row-' || CAST(row_number() OVER () AS VARCHAR)) AS session_key, x.training_id,
  x.date, CAST(date_trunc('month', x.date) AS DATE) AS month, x.partner_id, x.type,
  CAST(x.attendees AS DOUBLE) AS attendees, CAST(x.passed AS DOUBLE) AS passed, ${PARTNER_COLS}
FROM ${src} AS x LEFT JOIN dim_partners p ON p.partner_id = x.partner_id
WHERE x.date IS NOT NULL`;
}

/** `score` = mean of the survey's non-null dimension scores, else its overall score. */
function surveysSql(c: Columns): string {
  const cols = [...SURVEY_SCORE_COLUMNS, 'score_overall', 'nps'];
  const src = modelSource(c, 'surveys', ['survey_date', 'partner_id', ...cols]);
  const dims = SURVEY_SCORE_COLUMNS.map((d) => `x.${quoteIdent(d)}`).join(', ');
  return `CREATE OR REPLACE TABLE fact_surveys AS
SELECT x.survey_date, CAST(date_trunc('month', x.survey_date) AS DATE) AS month, x.partner_id,
  ${SURVEY_SCORE_COLUMNS.map((d) => `CAST(x.${quoteIdent(d)} AS DOUBLE) AS ${quoteIdent(d)}`).join(', ')},
  CAST(x.score_overall AS DOUBLE) AS score_overall, CAST(x.nps AS DOUBLE) AS nps,
  CAST(COALESCE(list_avg([${dims}]), x.score_overall) AS DOUBLE) AS score, ${PARTNER_COLS}
FROM ${src} AS x LEFT JOIN dim_partners p ON p.partner_id = x.partner_id
WHERE x.survey_date IS NOT NULL`;
}

/** The activity's own region wins over its partner's; the rest comes from the partner. */
function activitiesSql(c: Columns): string {
  const src = modelSource(c, 'activities', ['activity_id', 'date', 'type', 'region', 'partner_id', 'cost', 'attendees', 'leads', 'revenue']);
  return `CREATE OR REPLACE TABLE fact_activities AS
SELECT COALESCE(x.activity_id, 'row-' || CAST(row_number() OVER () AS VARCHAR)) AS activity_key, x.activity_id,
  x.date, CAST(date_trunc('month', x.date) AS DATE) AS month, x.type, x.partner_id,
  CAST(x.cost AS DOUBLE) AS cost, CAST(x.attendees AS DOUBLE) AS attendees, CAST(x.leads AS DOUBLE) AS leads,
  CAST(x.revenue AS DOUBLE) AS revenue, p.partner_name, p.tier, COALESCE(p.is_second_tier, false) AS is_second_tier,
  COALESCE(x.region, p.region) AS region, p.province, p.city, p.industry, p.salesperson
FROM ${src} AS x LEFT JOIN dim_partners p ON p.partner_id = x.partner_id
WHERE x.date IS NOT NULL`;
}

/** outcome: 'won' / 'lost' from the status, else from the stage label; otherwise 'open'. */
function opportunitiesSql(c: Columns): string {
  const src = modelSource(c, 'opportunities', [
    'opp_id', 'partner_id', 'salesperson', 'stage', 'amount', 'created_date', 'close_date', 'status', 'registered',
  ]);
  const is = (labels: readonly string[]) => `(lower(x.status) IN (${lowerList(labels)}) OR lower(x.stage) IN (${lowerList(labels)}))`;
  return `CREATE OR REPLACE TABLE fact_opportunities AS
SELECT x.opp_id, x.partner_id, x.stage, CAST(x.amount AS DOUBLE) AS amount, x.created_date, x.close_date, x.status,
  CASE WHEN ${is(WON_LABELS)} THEN 'won' WHEN ${is(LOST_LABELS)} THEN 'lost' ELSE 'open' END AS outcome,
  x.registered, p.partner_name, p.tier, COALESCE(p.is_second_tier, false) AS is_second_tier,
  p.region, p.province, p.city, p.industry, COALESCE(x.salesperson, p.salesperson) AS salesperson
FROM ${src} AS x LEFT JOIN dim_partners p ON p.partner_id = x.partner_id
WHERE x.opp_id IS NOT NULL`;
}

/** A rep's expense without a region gets the rep's main region (as fact_targets does). */
function expensesSql(c: Columns): string {
  const src = modelSource(c, 'expenses', ['date', 'salesperson', 'region', 'category', 'amount']);
  return `CREATE OR REPLACE TABLE fact_expenses AS
WITH rep_region AS (
  SELECT salesperson, region FROM (
    SELECT salesperson, region, count(*) AS n FROM dim_partners
    WHERE salesperson IS NOT NULL AND region IS NOT NULL GROUP BY salesperson, region)
  QUALIFY row_number() OVER (PARTITION BY salesperson ORDER BY n DESC, region) = 1)
SELECT x.date, CAST(date_trunc('month', x.date) AS DATE) AS month, x.salesperson,
  COALESCE(x.region, rr.region) AS region, x.category, CAST(x.amount AS DOUBLE) AS amount
FROM ${src} AS x LEFT JOIN rep_region rr ON rr.salesperson = CASE WHEN x.region IS NULL THEN x.salesperson END
WHERE x.date IS NOT NULL AND x.amount IS NOT NULL`;
}

/** One row per partner when the partners file has a certification column; empty otherwise. */
function certificationsSql(c: Columns): string {
  const has = c.get('partners')?.includes('certification') ?? false;
  const src = modelSource(c, 'partners', ['partner_id', 'partner_name', 'signed_date', 'certification']);
  const arms = Object.entries(CERTIFICATION_LEVELS)
    .map(([label, level]) => ` WHEN lower(certification) = ${sqlString(label.toLowerCase())} THEN ${level}`).join('');
  return `CREATE OR REPLACE TABLE dim_partner_certifications AS
SELECT partner_id, certification, CAST(CASE WHEN certification IS NULL THEN 0${arms} ELSE 1 END AS DOUBLE) AS certification_level
FROM ${src} AS x WHERE partner_id IS NOT NULL AND ${has ? 'true' : 'false'}
QUALIFY row_number() OVER (PARTITION BY partner_id ORDER BY signed_date DESC NULLS LAST, partner_name) = 1`;
}

const BUILDERS = [selloutSql, orderLinesSql, inventorySql, trainingsSql, surveysSql, activitiesSql, opportunitiesSql, expensesSql, certificationsSql];

/** Create (or replace) the detail tables. Needs dim_partners, i.e. run buildModel() first. */
export async function buildDetailModel(query: QueryFn): Promise<DetailModelInfo> {
  const columns = await readModelColumns(query);
  if (!columns.has('dim_partners')) throw new Error('buildDetailModel needs dim_partners: run buildModel first');
  for (const sql of BUILDERS) await query(sql(columns));
  const after = await readModelColumns(query);
  // fact_order_lines is fact_orders LEFT JOIN dim_partners (one row per partner_id): fact_orders'
  // rows. Counting the view would run the join (≈ 0.1 s per million orders after every import).
  const counted = await describeTables(query, [...DETAIL_TABLES.filter((t) => t !== 'fact_order_lines'), 'fact_orders'], after);
  const tables = DETAIL_TABLES.map((t) => [t, t === 'fact_order_lines' ? { rows: counted.fact_orders.rows, columns: after.get(t) ?? [] } : counted[t]]);
  return { tables: Object.fromEntries(tables) };
}
