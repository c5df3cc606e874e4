/**
 * Header spellings seen in Salesforce, Kingdee, Yonyou and Excel exports, per canonical column
 * (schema.ts), and the headers of the columns that decide a row's fate. Matched case-, width-,
 * space- and punctuation-insensitively (names.ts headerKey); earlier spellings rank higher.
 */
import type { RowRole, TableName } from './schema';

export const SYNONYMS: Record<TableName, Record<string, readonly string[]>> = {
  partners: {
    partner_id: ['partner id', 'account id', 'customer code', 'customer id', '客户编码', '客户代码', '客户编号', '伙伴编号', '伙伴编码', '代理商编码', '经销商编码'],
    partner_name: ['partner name', 'account name', 'partner', 'customer name', '客户名称', '伙伴名称', '代理商名称', '经销商名称', '客户', '代理商', '经销商'],
    tier: ['partner tier', 'partner level', 'partner type', '级别', '伙伴级别', '渠道级别', '渠道类型', '伙伴类型'],
    parent_partner_id: ['parent account id', 'parent partner id', '上级伙伴编码', '上级客户编码', '上级代理商编码', '上级代理商'],
    region: ['sales region', 'territory', '区域', '大区', '销售区域', '片区'],
    province: ['state', 'billing state/province', 'state/province', '省份', '省', '所在省份', '省/直辖市'],
    city: ['billing city', '城市', '市', '所在城市'],
    industry: ['行业', '所属行业', '客户行业'],
    owner: ['account owner', 'partner manager', 'channel manager', '负责人', '渠道经理', '客户经理', '业务员', '销售员'],
    signed_date: ['partner since', 'signed date', 'sign date', '签约日期', '加盟日期', '合作开始日期', '签约时间'],
    status: ['partner status', 'status', '状态', '合作状态', '伙伴状态'],
    certification: ['certification level', '认证', '认证等级'],
  },
  orders: {
    order_id: ['order number', 'order no', 'opportunity id', 'document no', '单据编号', '订单编号', '订单号', '单号', '销售订单号', '出库单号'],
    order_date: ['order date', 'close date', 'date', '日期', '单据日期', '订单日期', '业务日期', '出库日期', '发货日期', '销售日期'],
    partner_id: ['account id', 'customer code', 'customer id', 'partner id', '客户编码', '客户代码', '客户编号', '购货单位代码', '伙伴编号'],
    partner_name: ['account name', 'customer', 'customer name', 'partner name', 'partner', '客户', '客户名称', '购货单位', '伙伴名称', '代理商', '经销商'],
    salesperson: ['opportunity owner', 'owner', 'sales rep', 'salesperson', 'account owner', '业务员', '销售员', '销售代表', '销售人员'],
    region: ['sales region', 'territory', '区域', '大区', '销售区域', '片区'],
    province: ['state', 'state/province', 'billing state/province', '省份', '省', '所在省份', '省/直辖市'],
    city: ['billing city', '城市', '市', '所在城市'],
    industry: ['行业', '客户行业', '所属行业'],
    end_customer: ['end customer', 'end user', '最终客户', '最终用户'],
    product: ['product name', '产品', '产品名称', '物料名称', '存货名称', '商品名称'],
    product_line: ['product family', 'product line', '产品线', '产品类别', '物料类别', '存货分类'],
    quantity: ['qty', '数量', '实发数量', '销售数量'],
    unit_price: ['price', 'unit price', 'sales price', '单价', '含税单价'],
    amount: ['sales amount', 'total price', 'total amount', 'revenue', '价税合计', '含税金额', '销售金额', '销售额', '金额'],
  },
  sellout: {
    date: ['日期', '销售日期'],
    partner_id: ['客户编码', '伙伴编号'],
    product: ['产品', '物料名称'],
    customer: ['end customer', '最终客户', '客户'],
    region: ['区域'],
    quantity: ['qty', '数量'],
    amount: ['金额', '销售额'],
  },
  targets: {
    period: ['month', 'quarter', '期间', '月份', '季度', '年月', '目标期间'],
    salesperson: ['sales rep', '业务员', '销售员'],
    region: ['区域', '大区'],
    target_amount: ['quota', 'target', 'target amount', '目标', '目标金额', '任务额', '销售目标', '指标'],
    target_new_partners: ['new partner target', '新增伙伴目标'],
  },
  inventory: {
    snapshot_date: ['date', '日期', '盘点日期'],
    partner_id: ['客户编码', '伙伴编号'],
    product: ['产品', '物料名称'],
    on_hand_qty: ['on hand', 'qty', '库存数量', '结存数量'],
    on_hand_value: ['库存金额', '结存金额'],
  },
  receivables: {
    invoice_id: ['invoice number', '发票号', '单据编号'],
    partner_id: ['客户编码'],
    invoice_date: ['开票日期', '日期'],
    due_date: ['到期日', '应收日期'],
    amount: ['应收金额', '金额'],
    paid_amount: ['已收金额', '回款金额'],
    paid_date: ['回款日期', '收款日期'],
  },
  trainings: {
    training_id: ['培训编号'],
    date: ['培训日期', '日期'],
    partner_id: ['客户编码'],
    type: ['培训类型', '类型'],
    attendees: ['参训人数', '人数'],
    passed: ['通过人数'],
  },
  surveys: {
    survey_date: ['调查日期', '日期'],
    partner_id: ['客户编码'],
    score_training: ['培训满意度'],
    score_marketing: ['市场支持满意度'],
    score_supply: ['供货满意度'],
    score_price: ['价格满意度'],
    score_rebate: ['返利满意度'],
    score_overall: ['总体满意度'],
    nps: ['推荐意愿'],
  },
  activities: {
    activity_id: ['活动编号'],
    date: ['活动日期', '日期'],
    type: ['活动类型', '类型'],
    region: ['区域'],
    partner_id: ['客户编码'],
    cost: ['费用', '活动费用'],
    attendees: ['参会人数'],
    leads: ['线索数'],
    revenue: ['带来收入', '成交金额'],
  },
  opportunities: {
    opp_id: ['opportunity id', '商机编号'],
    partner_id: ['客户编码'],
    salesperson: ['opportunity owner', '业务员'],
    stage: ['阶段', '商机阶段'],
    amount: ['金额', '预计金额'],
    created_date: ['创建日期'],
    close_date: ['预计成交日期', '关闭日期'],
    status: ['状态'],
    registered: ['deal registered', '是否报备'],
  },
  expenses: {
    date: ['日期', '报销日期'],
    salesperson: ['业务员', '报销人'],
    region: ['区域'],
    category: ['费用类别', '类别'],
    amount: ['金额', '报销金额'],
  },
};

/** The synonyms of one canonical column (none for a column without any). */
export function synonymsOf(table: TableName, column: string): readonly string[] {
  return SYNONYMS[table][column] ?? [];
}

/**
 * Source columns that are not data but decide what happens to a row: a document status (voided, not
 * approved), a gift flag, a line/business type (return, gift). They are read by the row rules and
 * then dropped; a table that has a canonical column of that name (partners.status) keeps it instead.
 */
export const ROLE_SYNONYMS: Record<RowRole, string[]> = {
  status: ['status', 'document status', 'approval status', '状态', '单据状态', '审核状态', '审批状态'],
  voidFlag: ['void', 'voided', 'is void', '作废', '作废标志', '是否作废'],
  gift: ['gift', 'is gift', 'free gift', '赠品', '是否赠品', '赠品标志'],
  type: ['type', 'order type', 'line type', 'transaction type', '类型', '单据类型', '业务类型', '销售类型', '行类型', '订单类型'],
};
