/**
 * After loading, derive the tables every metric reads: dim_partners, fact_orders, fact_targets,
 * fact_receivables. Any canonical table may be absent and any optional column missing: we read
 * information_schema and select only columns that exist (NULL otherwise), so metrics never need
 * to ask "does this column exist?" — they get NULLs and empty tables instead of SQL errors.
 */
import type { QueryFn } from '../engine/query';
import { SCHEMA, TABLE_NAMES, type ColumnType, type TableName } from '../ingest/schema';
import { ACTIVE_STATUSES, DERIVED_TABLES, SECOND_TIER_LABELS } from './columns';
import { parsePeriodsSql } from './periods';
import { buildRollups } from './rollup';
import { num, quoteIdent, sqlString, strOrNull } from './sql';

export interface TableInfo { rows: number; columns: string[] }

/** Data problems the model worked around; `rows` is how many rows were affected. */
export interface ModelWarning {
  code: 'order-partner-unmatched' | 'orders-dropped' | 'target-period-unparsed' | 'partner-duplicate-id';
  table: string;
  rows: number;
}

export interface ModelInfo {
  /** Canonical source tables found and the derived tables created. */
  tables: Record<string, TableInfo>;
  /** order_date range of fact_orders; null when there are no orders. */
  dataRange: { min: string; max: string } | null;
  warnings: ModelWarning[];
}

type Columns = Map<string, string[]>;

async function readColumns(query: QueryFn): Promise<Columns> {
  const rows = await query(
    // duckdb_columns() directly: information_schema.columns is a view over it that costs ~10× more.
    `SELECT table_name, column_name FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = current_schema()
     ORDER BY table_name, column_index`,
  );
  const out: Columns = new Map();
  for (const r of rows) {
    const table = String(r.table_name);
    out.set(table, [...(out.get(table) ?? []), String(r.column_name)]);
  }
  return out;
}

function typeOf(table: TableName, column: string): ColumnType {
  const spec = SCHEMA[table].columns.find((c) => c.name === column);
  if (!spec) throw new Error(`${table}.${column} is not in the canonical schema`);
  return spec.type;
}

/**
 * A column as a typed value: '' → NULL; dates/numbers via TRY_CAST (a no-op when the type is
 * already right). Text is not trimmed here: the importer trims every cell it loads (textSql), and
 * trimming a million cells per text column again cost seconds of every load in the tab.
 */
function columnExpr(present: boolean, name: string, type: ColumnType): string {
  if (!present) return `CAST(NULL AS ${type}) AS ${quoteIdent(name)}`;
  const q = quoteIdent(name);
  const expr = type === 'VARCHAR' ? `NULLIF(CAST(${q} AS VARCHAR), '')` : `TRY_CAST(${q} AS ${type})`;
  return `${expr} AS ${q}`;
}

/** `(SELECT <wanted columns> FROM table)`, or an empty typed relation when the table is absent. */
function source(columns: Columns, table: TableName, wanted: string[]): string {
  const have = columns.get(table);
  const exprs = wanted.map((c) => columnExpr(have?.includes(c) ?? false, c, typeOf(table, c)));
  return have ? `(SELECT ${exprs.join(', ')} FROM ${quoteIdent(table)})` : `(SELECT ${exprs.join(', ')} WHERE false)`;
}

const list = (values: readonly string[]) => values.map(sqlString).join(', ');

function dimPartnersSql(columns: Columns): string {
  const src = source(columns, 'partners', [
    'partner_id', 'partner_name', 'tier', 'parent_partner_id', 'region', 'province', 'city', 'industry',
    'owner', 'signed_date', 'status',
  ]);
  // A duplicated partner_id keeps its most recently signed row (a re-signed partner).
  return `CREATE OR REPLACE TABLE dim_partners AS
SELECT partner_id, partner_name, tier, parent_partner_id, region, province, city, industry,
  owner AS salesperson, signed_date, status,
  (COALESCE(tier IN (${list(SECOND_TIER_LABELS)}), false) OR parent_partner_id IS NOT NULL) AS is_second_tier,
  (status IS NULL OR status IN (${list(ACTIVE_STATUSES)})) AS is_active_status
FROM ${src} AS src
WHERE partner_id IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY partner_id ORDER BY signed_date DESC NULLS LAST, partner_name) = 1
ORDER BY partner_id`;
}

const INHERITED = ['region', 'province', 'city', 'industry', 'salesperson'] as const;

function factOrdersSql(columns: Columns): string {
  const src = source(columns, 'orders', [
    'order_id', 'order_date', 'amount', 'partner_id', 'partner_name', ...INHERITED, 'product', 'product_line', 'quantity',
  ]);
  const inherited = INHERITED.map((c) => `COALESCE(r.${c}, p.${c}) AS ${c}`).join(', ');
  // A name-only order resolves to a partner only when exactly one partner has that name:
  // guessing between two namesakes would credit revenue to the wrong partner. The join is on one
  // equality (the name, only where the id is missing): `id IS NULL AND name = name` made DuckDB
  // compare every order with every partner (2.4 s for a million orders and 1,200 partners).
  return `CREATE OR REPLACE TABLE fact_orders AS
WITH o AS ${src},
by_name AS (SELECT partner_name, min(partner_id) AS partner_id FROM dim_partners
            WHERE partner_name IS NOT NULL GROUP BY partner_name HAVING count(*) = 1),
r AS (SELECT o.* EXCLUDE (partner_id), COALESCE(o.partner_id, n.partner_id) AS partner_id
      FROM o LEFT JOIN by_name n ON n.partner_name = CASE WHEN o.partner_id IS NULL THEN o.partner_name END)
SELECT r.order_id, r.order_date, CAST(date_trunc('month', r.order_date) AS DATE) AS month,
  CAST(r.amount AS DOUBLE) AS amount, r.partner_id, COALESCE(p.partner_name, r.partner_name) AS partner_name,
  ${inherited}, p.tier, COALESCE(p.is_second_tier, false) AS is_second_tier, r.product, r.product_line,
  CAST(r.quantity AS DOUBLE) AS quantity
FROM r LEFT JOIN dim_partners p ON p.partner_id = r.partner_id
WHERE r.order_date IS NOT NULL AND r.amount IS NOT NULL`;
}

/**
 * fact_orders in date order, so a period's rows sit in few row groups (DuckDB skips the others by
 * their min/max). Exports usually come in date order already, and sorting a million rows costs
 * seconds in the tab: sort only when the table is not.
 */
async function sortOrdersByDate(query: QueryFn): Promise<void> {
  const unsorted = await count(query,
    `SELECT count(*) AS n FROM (SELECT order_date < lag(order_date) OVER () AS back FROM fact_orders) WHERE back`);
  if (unsorted > 0) await query(`CREATE OR REPLACE TABLE fact_orders AS SELECT * FROM fact_orders ORDER BY order_date, order_id`);
}

function factTargetsSql(columns: Columns): string {
  const src = source(columns, 'targets', ['period', 'salesperson', 'region', 'target_amount', 'target_new_partners']);
  // A rep's quota without a region gets the region most of the rep's partners are in
  // (ties → alphabetically first), so region filters still find it.
  return `CREATE OR REPLACE TABLE fact_targets AS
WITH parsed AS (${parsePeriodsSql(src)}),
rep_region AS (
  SELECT salesperson, region FROM (
    SELECT salesperson, region, count(*) AS n FROM dim_partners
    WHERE salesperson IS NOT NULL AND region IS NOT NULL GROUP BY salesperson, region)
  QUALIFY row_number() OVER (PARTITION BY salesperson ORDER BY n DESC, region) = 1)
SELECT t.period, t.period_kind, t.period_start, t.period_end, t.salesperson,
  COALESCE(t.region, rr.region) AS region, (t.region IS NULL AND rr.region IS NOT NULL) AS region_inferred,
  CAST(t.target_amount AS DOUBLE) AS target_amount, CAST(t.target_new_partners AS DOUBLE) AS target_new_partners
FROM parsed t LEFT JOIN rep_region rr ON rr.salesperson = CASE WHEN t.region IS NULL THEN t.salesperson END
WHERE t.target_amount IS NOT NULL`;
}

function factReceivablesSql(columns: Columns): string {
  const src = source(columns, 'receivables', [
    'invoice_id', 'partner_id', 'invoice_date', 'due_date', 'amount', 'paid_amount', 'paid_date',
  ]);
  return `CREATE OR REPLACE TABLE fact_receivables AS
SELECT r.invoice_id, r.partner_id, r.invoice_date, r.due_date, CAST(r.amount AS DOUBLE) AS amount,
  CAST(r.paid_amount AS DOUBLE) AS paid_amount, r.paid_date,
  p.partner_name, p.tier, COALESCE(p.is_second_tier, false) AS is_second_tier,
  p.region, p.province, p.city, p.industry, p.salesperson
FROM ${src} AS r LEFT JOIN dim_partners p ON p.partner_id = r.partner_id
ORDER BY r.due_date, r.invoice_id`;
}

async function count(query: QueryFn, sql: string): Promise<number> {
  const rows = await query(sql);
  return num(rows[0]?.n);
}

async function collectWarnings(query: QueryFn, columns: Columns, tables: Record<string, TableInfo>): Promise<ModelWarning[]> {
  const warnings: ModelWarning[] = [];
  const add = (code: ModelWarning['code'], table: string, rows: number) => { if (rows > 0) warnings.push({ code, table, rows }); };
  if (columns.has('partners')) {
    const withId = columns.get('partners')!.includes('partner_id')
      ? await count(query, `SELECT count(*) AS n FROM partners WHERE NULLIF(TRIM(CAST(partner_id AS VARCHAR)), '') IS NOT NULL`)
      : 0;
    add('partner-duplicate-id', 'partners', withId - tables.dim_partners.rows);
  }
  if (columns.has('orders')) add('orders-dropped', 'orders', tables.orders.rows - tables.fact_orders.rows);
  add('order-partner-unmatched', 'orders', await count(query,
    `SELECT count(*) AS n FROM fact_orders o WHERE NOT EXISTS (SELECT 1 FROM dim_partners p WHERE p.partner_id = o.partner_id)`));
  add('target-period-unparsed', 'targets', await count(query, `SELECT count(*) AS n FROM fact_targets WHERE period_start IS NULL`));
  return warnings;
}

/** Row counts and columns of tables, the counts in one statement. */
async function describeTables(query: QueryFn, names: readonly string[], columns: Columns): Promise<Record<string, TableInfo>> {
  if (names.length === 0) return {};
  const [row] = await query(`SELECT ${names.map((n, i) => `(SELECT count(*) FROM ${quoteIdent(n)}) AS n${i}`).join(', ')}`);
  return Object.fromEntries(names.map((n, i) => [n, { rows: num(row?.[`n${i}`]), columns: columns.get(n) ?? [] }]));
}

/** Create (or replace) the derived tables from whatever canonical tables are loaded. */
export async function buildModel(query: QueryFn): Promise<ModelInfo> {
  const columns = await readColumns(query);
  for (const sql of [dimPartnersSql, factOrdersSql, factTargetsSql, factReceivablesSql]) await query(sql(columns));
  await sortOrdersByDate(query);
  await buildRollups(query);
  const after = await readColumns(query);
  const names = [...TABLE_NAMES.filter((t) => columns.has(t)), ...DERIVED_TABLES];
  const tables = await describeTables(query, names, after);
  const range = (await query(`SELECT CAST(min(order_date) AS VARCHAR) AS lo, CAST(max(order_date) AS VARCHAR) AS hi FROM fact_orders`))[0];
  const lo = strOrNull(range?.lo);
  const hi = strOrNull(range?.hi);
  return {
    tables,
    dataRange: lo && hi ? { min: lo, max: hi } : null,
    warnings: await collectWarnings(query, columns, tables),
  };
}

// Shared with model-detail.ts, which builds the other canonical tables the same way.
export { describeTables, readColumns as readModelColumns, source as modelSource };
