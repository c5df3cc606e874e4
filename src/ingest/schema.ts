/**
 * The canonical data model of DESIGN.md: every table ChannelLens understands, its columns and
 * their SQL types. Header synonyms (Chinese and English) live here too, so no view or metric
 * ever spells a source-system header.
 */
export type ColumnType = 'VARCHAR' | 'DATE' | 'DOUBLE' | 'INTEGER' | 'BOOLEAN';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** Header spellings seen in Salesforce, Kingdee, Yonyou and Excel exports. */
  synonyms?: string[];
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

const col = (name: string, type: ColumnType, synonyms: string[] = []): ColumnSpec => ({ name, type, synonyms });

export const SCHEMA: Record<TableName, TableSpec> = {
  partners: {
    name: 'partners',
    required: ['partner_id', 'partner_name'],
    columns: [
      col('partner_id', 'VARCHAR', ['partner id', 'account id', 'customer code', 'customer id', '客户编码', '客户代码', '客户编号', '伙伴编号', '伙伴编码', '代理商编码', '经销商编码']),
      col('partner_name', 'VARCHAR', ['partner name', 'account name', 'partner', 'customer name', '客户名称', '伙伴名称', '代理商名称', '经销商名称', '客户', '代理商', '经销商']),
      col('tier', 'VARCHAR', ['partner tier', 'partner level', 'partner type', '级别', '伙伴级别', '渠道级别', '渠道类型', '伙伴类型']),
      col('parent_partner_id', 'VARCHAR', ['parent account id', 'parent partner id', '上级伙伴编码', '上级客户编码', '上级代理商编码', '上级代理商']),
      col('region', 'VARCHAR', ['sales region', 'territory', '区域', '大区', '销售区域', '片区']),
      col('province', 'VARCHAR', ['state', 'billing state/province', 'state/province', '省份', '省', '所在省份', '省/直辖市']),
      col('city', 'VARCHAR', ['billing city', '城市', '市', '所在城市']),
      col('industry', 'VARCHAR', ['行业', '所属行业', '客户行业']),
      col('owner', 'VARCHAR', ['account owner', 'partner manager', 'channel manager', '负责人', '渠道经理', '客户经理', '业务员', '销售员']),
      col('signed_date', 'DATE', ['partner since', 'signed date', 'sign date', '签约日期', '加盟日期', '合作开始日期', '签约时间']),
      col('status', 'VARCHAR', ['partner status', 'status', '状态', '合作状态', '伙伴状态']),
      col('certification', 'VARCHAR', ['certification level', '认证', '认证等级']),
    ],
  },
  orders: {
    name: 'orders',
    required: ['order_date', 'amount', ['partner_id', 'partner_name']],
    columns: [
      col('order_id', 'VARCHAR', ['order number', 'order no', 'opportunity id', 'document no', '单据编号', '订单编号', '订单号', '单号', '销售订单号', '出库单号']),
      col('order_date', 'DATE', ['order date', 'close date', 'date', '日期', '单据日期', '订单日期', '业务日期', '出库日期', '发货日期', '销售日期']),
      col('partner_id', 'VARCHAR', ['account id', 'customer code', 'customer id', 'partner id', '客户编码', '客户代码', '客户编号', '购货单位代码', '伙伴编号']),
      col('partner_name', 'VARCHAR', ['account name', 'customer', 'customer name', 'partner name', 'partner', '客户', '客户名称', '购货单位', '伙伴名称', '代理商', '经销商']),
      col('salesperson', 'VARCHAR', ['opportunity owner', 'owner', 'sales rep', 'salesperson', 'account owner', '业务员', '销售员', '销售代表', '销售人员']),
      col('region', 'VARCHAR', ['sales region', 'territory', '区域', '大区', '销售区域', '片区']),
      col('province', 'VARCHAR', ['state', 'state/province', 'billing state/province', '省份', '省', '所在省份', '省/直辖市']),
      col('city', 'VARCHAR', ['billing city', '城市', '市', '所在城市']),
      col('industry', 'VARCHAR', ['行业', '客户行业', '所属行业']),
      col('end_customer', 'VARCHAR', ['end customer', 'end user', '最终客户', '最终用户']),
      col('product', 'VARCHAR', ['product name', '产品', '产品名称', '物料名称', '存货名称', '商品名称']),
      col('product_line', 'VARCHAR', ['product family', 'product line', '产品线', '产品类别', '物料类别', '存货分类']),
      col('quantity', 'DOUBLE', ['qty', '数量', '实发数量', '销售数量']),
      col('unit_price', 'DOUBLE', ['price', 'unit price', 'sales price', '单价', '含税单价']),
      // First synonyms win when an export has several amounts: tax-inclusive 价税合计 over net 金额.
      col('amount', 'DOUBLE', ['sales amount', 'total price', 'total amount', 'revenue', '价税合计', '含税金额', '销售金额', '销售额', '金额']),
    ],
  },
  sellout: {
    name: 'sellout',
    required: ['date', 'partner_id', ['quantity', 'amount']],
    columns: [
      col('date', 'DATE', ['日期', '销售日期']),
      col('partner_id', 'VARCHAR', ['客户编码', '伙伴编号']),
      col('product', 'VARCHAR', ['产品', '物料名称']),
      col('customer', 'VARCHAR', ['end customer', '最终客户', '客户']),
      col('region', 'VARCHAR', ['区域']),
      col('quantity', 'DOUBLE', ['qty', '数量']),
      col('amount', 'DOUBLE', ['金额', '销售额']),
    ],
  },
  targets: {
    name: 'targets',
    required: ['period', 'target_amount', ['salesperson', 'region']],
    columns: [
      col('period', 'VARCHAR', ['month', 'quarter', '期间', '月份', '季度', '年月', '目标期间']),
      col('salesperson', 'VARCHAR', ['sales rep', '业务员', '销售员']),
      col('region', 'VARCHAR', ['区域', '大区']),
      col('target_amount', 'DOUBLE', ['quota', 'target', 'target amount', '目标', '目标金额', '任务额', '销售目标', '指标']),
      col('target_new_partners', 'DOUBLE', ['new partner target', '新增伙伴目标']),
    ],
  },
  inventory: {
    name: 'inventory',
    required: ['snapshot_date', 'partner_id', 'on_hand_qty'],
    columns: [
      col('snapshot_date', 'DATE', ['date', '日期', '盘点日期']),
      col('partner_id', 'VARCHAR', ['客户编码', '伙伴编号']),
      col('product', 'VARCHAR', ['产品', '物料名称']),
      col('on_hand_qty', 'DOUBLE', ['on hand', 'qty', '库存数量', '结存数量']),
      col('on_hand_value', 'DOUBLE', ['库存金额', '结存金额']),
    ],
  },
  receivables: {
    name: 'receivables',
    required: ['invoice_id', 'partner_id', 'invoice_date', 'due_date', 'amount'],
    columns: [
      col('invoice_id', 'VARCHAR', ['invoice number', '发票号', '单据编号']),
      col('partner_id', 'VARCHAR', ['客户编码']),
      col('invoice_date', 'DATE', ['开票日期', '日期']),
      col('due_date', 'DATE', ['到期日', '应收日期']),
      col('amount', 'DOUBLE', ['应收金额', '金额']),
      col('paid_amount', 'DOUBLE', ['已收金额', '回款金额']),
      col('paid_date', 'DATE', ['回款日期', '收款日期']),
    ],
  },
  trainings: {
    name: 'trainings',
    required: ['date', 'partner_id', 'attendees'],
    columns: [
      col('training_id', 'VARCHAR', ['培训编号']),
      col('date', 'DATE', ['培训日期', '日期']),
      col('partner_id', 'VARCHAR', ['客户编码']),
      col('type', 'VARCHAR', ['培训类型', '类型']),
      col('attendees', 'INTEGER', ['参训人数', '人数']),
      col('passed', 'INTEGER', ['通过人数']),
    ],
  },
  surveys: {
    name: 'surveys',
    required: ['survey_date', 'partner_id', ['score_training', 'score_marketing', 'score_supply', 'score_price', 'score_rebate', 'score_overall', 'nps']],
    columns: [
      col('survey_date', 'DATE', ['调查日期', '日期']),
      col('partner_id', 'VARCHAR', ['客户编码']),
      col('score_training', 'DOUBLE', ['培训满意度']),
      col('score_marketing', 'DOUBLE', ['市场支持满意度']),
      col('score_supply', 'DOUBLE', ['供货满意度']),
      col('score_price', 'DOUBLE', ['价格满意度']),
      col('score_rebate', 'DOUBLE', ['返利满意度']),
      col('score_overall', 'DOUBLE', ['总体满意度']),
      col('nps', 'INTEGER', ['推荐意愿']),
    ],
  },
  activities: {
    name: 'activities',
    required: ['date', 'type', 'cost'],
    columns: [
      col('activity_id', 'VARCHAR', ['活动编号']),
      col('date', 'DATE', ['活动日期', '日期']),
      col('type', 'VARCHAR', ['活动类型', '类型']),
      col('region', 'VARCHAR', ['区域']),
      col('partner_id', 'VARCHAR', ['客户编码']),
      col('cost', 'DOUBLE', ['费用', '活动费用']),
      col('attendees', 'INTEGER', ['参会人数']),
      col('leads', 'INTEGER', ['线索数']),
      col('revenue', 'DOUBLE', ['带来收入', '成交金额']),
    ],
  },
  opportunities: {
    name: 'opportunities',
    required: ['opp_id', 'stage', 'amount'],
    columns: [
      col('opp_id', 'VARCHAR', ['opportunity id', '商机编号']),
      col('partner_id', 'VARCHAR', ['客户编码']),
      col('salesperson', 'VARCHAR', ['opportunity owner', '业务员']),
      col('stage', 'VARCHAR', ['阶段', '商机阶段']),
      col('amount', 'DOUBLE', ['金额', '预计金额']),
      col('created_date', 'DATE', ['创建日期']),
      col('close_date', 'DATE', ['预计成交日期', '关闭日期']),
      col('status', 'VARCHAR', ['状态']),
      col('registered', 'BOOLEAN', ['deal registered', '是否报备']),
    ],
  },
  expenses: {
    name: 'expenses',
    required: ['date', 'amount', ['salesperson', 'region']],
    columns: [
      col('date', 'DATE', ['日期', '报销日期']),
      col('salesperson', 'VARCHAR', ['业务员', '报销人']),
      col('region', 'VARCHAR', ['区域']),
      col('category', 'VARCHAR', ['费用类别', '类别']),
      col('amount', 'DOUBLE', ['金额', '报销金额']),
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

/**
 * Source columns that are not data but decide what happens to a row: a document status (voided, not
 * approved), a gift flag, a line/business type (return, gift). They are read by the row rules and
 * then dropped; a table that has a canonical column of that name (partners.status) keeps it instead.
 */
export type RowRole = 'status' | 'voidFlag' | 'gift' | 'type';
export const ROLE_SYNONYMS: Record<RowRole, string[]> = {
  status: ['status', 'document status', 'approval status', '状态', '单据状态', '审核状态', '审批状态'],
  voidFlag: ['void', 'voided', 'is void', '作废', '作废标志', '是否作废'],
  gift: ['gift', 'is gift', 'free gift', '赠品', '是否赠品', '赠品标志'],
  type: ['type', 'order type', 'line type', 'transaction type', '类型', '单据类型', '业务类型', '销售类型', '行类型', '订单类型'],
};

export function columnSpec(table: TableName, column: string): ColumnSpec | undefined {
  return SCHEMA[table].columns.find((c) => c.name === column);
}
