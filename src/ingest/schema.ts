/**
 * The canonical data model of DESIGN.md: every table ChannelLens understands, its columns and
 * their SQL types. The header synonyms the importer matches are in synonyms.ts (kept apart so the
 * first view, which needs the model but not the importer, does not download them).
 */
export type ColumnType = 'VARCHAR' | 'DATE' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

export interface TableSpec {
  name: TableName;
  columns: ColumnSpec[];
  /** Each entry is one requirement; an array means "any one of these". */
  required: (string | string[])[];
}

export const TABLE_NAMES = [
  'partners', 'orders', 'sellout', 'targets', 'inventory', 'receivables',
  'trainings', 'surveys', 'activities', 'opportunities', 'expenses',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

const col = (name: string, type: ColumnType): ColumnSpec => ({ name, type });

export const SCHEMA: Record<TableName, TableSpec> = {
  partners: {
    name: 'partners',
    required: ['partner_id', 'partner_name'],
    columns: [
      col('partner_id', 'VARCHAR'),
      col('partner_name', 'VARCHAR'),
      col('tier', 'VARCHAR'),
      col('parent_partner_id', 'VARCHAR'),
      col('region', 'VARCHAR'),
      col('province', 'VARCHAR'),
      col('city', 'VARCHAR'),
      col('industry', 'VARCHAR'),
      col('owner', 'VARCHAR'),
      col('signed_date', 'DATE'),
      col('status', 'VARCHAR'),
      col('certification', 'VARCHAR'),
    ],
  },
  orders: {
    name: 'orders',
    required: ['order_date', 'amount', ['partner_id', 'partner_name']],
    columns: [
      col('order_id', 'VARCHAR'),
      col('order_date', 'DATE'),
      col('partner_id', 'VARCHAR'),
      col('partner_name', 'VARCHAR'),
      col('salesperson', 'VARCHAR'),
      col('region', 'VARCHAR'),
      col('province', 'VARCHAR'),
      col('city', 'VARCHAR'),
      col('industry', 'VARCHAR'),
      col('end_customer', 'VARCHAR'),
      col('product', 'VARCHAR'),
      col('product_line', 'VARCHAR'),
      col('quantity', 'DOUBLE'),
      col('unit_price', 'DOUBLE'),
      // First synonyms win when an export has several amounts: tax-inclusive 价税合计 over net 金额.
      col('amount', 'DOUBLE'),
    ],
  },
  sellout: {
    name: 'sellout',
    required: ['date', 'partner_id', ['quantity', 'amount']],
    columns: [
      col('date', 'DATE'),
      col('partner_id', 'VARCHAR'),
      col('product', 'VARCHAR'),
      col('customer', 'VARCHAR'),
      col('region', 'VARCHAR'),
      col('quantity', 'DOUBLE'),
      col('amount', 'DOUBLE'),
    ],
  },
  targets: {
    name: 'targets',
    required: ['period', 'target_amount', ['salesperson', 'region']],
    columns: [
      col('period', 'VARCHAR'),
      col('salesperson', 'VARCHAR'),
      col('region', 'VARCHAR'),
      col('target_amount', 'DOUBLE'),
      col('target_new_partners', 'DOUBLE'),
    ],
  },
  inventory: {
    name: 'inventory',
    required: ['snapshot_date', 'partner_id', 'on_hand_qty'],
    columns: [
      col('snapshot_date', 'DATE'),
      col('partner_id', 'VARCHAR'),
      col('product', 'VARCHAR'),
      col('on_hand_qty', 'DOUBLE'),
      col('on_hand_value', 'DOUBLE'),
    ],
  },
  receivables: {
    name: 'receivables',
    required: ['invoice_id', 'partner_id', 'invoice_date', 'due_date', 'amount'],
    columns: [
      col('invoice_id', 'VARCHAR'),
      col('partner_id', 'VARCHAR'),
      col('invoice_date', 'DATE'),
      col('due_date', 'DATE'),
      col('amount', 'DOUBLE'),
      col('paid_amount', 'DOUBLE'),
      col('paid_date', 'DATE'),
    ],
  },
  trainings: {
    name: 'trainings',
    required: ['date', 'partner_id', 'attendees'],
    columns: [
      col('training_id', 'VARCHAR'),
      col('date', 'DATE'),
      col('partner_id', 'VARCHAR'),
      col('type', 'VARCHAR'),
      col('attendees', 'INTEGER'),
      col('passed', 'INTEGER'),
    ],
  },
  surveys: {
    name: 'surveys',
    required: ['survey_date', 'partner_id', ['score_training', 'score_marketing', 'score_supply', 'score_price', 'score_rebate', 'score_overall', 'nps']],
    columns: [
      col('survey_date', 'DATE'),
      col('partner_id', 'VARCHAR'),
      col('score_training', 'DOUBLE'),
      col('score_marketing', 'DOUBLE'),
      col('score_supply', 'DOUBLE'),
      col('score_price', 'DOUBLE'),
      col('score_rebate', 'DOUBLE'),
      col('score_overall', 'DOUBLE'),
      col('nps', 'INTEGER'),
    ],
  },
  activities: {
    name: 'activities',
    required: ['date', 'type', 'cost'],
    columns: [
      col('activity_id', 'VARCHAR'),
      col('date', 'DATE'),
      col('type', 'VARCHAR'),
      col('region', 'VARCHAR'),
      col('partner_id', 'VARCHAR'),
      col('cost', 'DOUBLE'),
      col('attendees', 'INTEGER'),
      col('leads', 'INTEGER'),
      col('revenue', 'DOUBLE'),
    ],
  },
  opportunities: {
    name: 'opportunities',
    required: ['opp_id', 'stage', 'amount'],
    columns: [
      col('opp_id', 'VARCHAR'),
      col('partner_id', 'VARCHAR'),
      col('salesperson', 'VARCHAR'),
      col('stage', 'VARCHAR'),
      col('amount', 'DOUBLE'),
      col('created_date', 'DATE'),
      col('close_date', 'DATE'),
      col('status', 'VARCHAR'),
      col('registered', 'BOOLEAN'),
    ],
  },
  expenses: {
    name: 'expenses',
    required: ['date', 'amount', ['salesperson', 'region']],
    columns: [
      col('date', 'DATE'),
      col('salesperson', 'VARCHAR'),
      col('region', 'VARCHAR'),
      col('category', 'VARCHAR'),
      col('amount', 'DOUBLE'),
    ],
  },
};

/** The column that identifies a row, for duplicate reports (the same order_id in two monthly files). */
export const KEY_COLUMNS: Partial<Record<TableName, string[]>> = {
  partners: ['partner_id'],
  orders: ['order_id'],
  receivables: ['invoice_id'],
  opportunities: ['opp_id'],
  trainings: ['training_id'],
  activities: ['activity_id'],
  targets: ['period', 'salesperson', 'region'],
};

/** Keys that must be unique within one file too (an order_id repeats on every line of a multi-line order). */
export const UNIQUE_IN_FILE: readonly TableName[] = ['partners', 'receivables', 'opportunities'];

export function columnSpec(table: TableName, column: string): ColumnSpec | undefined {
  return SCHEMA[table].columns.find((c) => c.name === column);
}

/** Source columns that decide what happens to a row (synonyms.ts ROLE_SYNONYMS). */
export type RowRole = 'status' | 'voidFlag' | 'gift' | 'type';
