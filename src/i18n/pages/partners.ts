/** Strings of the Partners page (渠道伙伴) and its partner detail panel. zh-CN is the source; en is typed from it. */
const zh = {
  kpi: {
    activePartners: '活跃伙伴', activeNote: '期末前 {n} 天内有订单', secondTier: '其中二级',
    activeRate: '活跃率', activeRateNote: '活跃的签约伙伴 ÷ 签约伙伴', eligible: '签约伙伴', activeEligible: '其中活跃',
    newPartners: '新签伙伴', newNote: '期内签约', productive: '90 天内出单', productiveRate: '出单率',
    onceOff: '一次性伙伴', onceOffNote: '近 12 个月只合作一次，近 180 天无订单', onceOffAmount: '其订单额', onceOffSecondTier: '其中二级经销商',
    lastYear: '去年同期', basePeriod: '上期', yoy: '同比', mom: '环比',
    unsupported: '伙伴指标不能按产品筛选', noEligible: '没有签约伙伴',
  },
  tier: {
    title: '各类型伙伴：活跃与不活跃', subtitle: '签约伙伴数；活跃 = 期末前 {n} 天内有订单 · 点击筛选类型',
    active: '活跃', inactive: '不活跃', partners: '伙伴数', total: '签约伙伴', rate: '活跃率', tier: '伙伴类型',
  },
  newByMonth: {
    title: '每月新签伙伴与出单情况', subtitle: '浅色为新签，深色为签约后 90 天内出单 · 点击月份只看该月',
    signed: '新签', productive: '90 天内出单', rate: '出单率', axis: '伙伴数', month: '月份', secondTier: '其中二级',
  },
  structure: {
    title: '分销商与旗下二级经销商', subtitle: '每家分销商的二级经销商，期内有无订单 · 点击打开伙伴详情',
    topNote: '图中为二级经销商最多的 {n} 家分销商，全部 {total} 家见下方数据表',
    ordered: '期内有订单', notOrdered: '期内无订单', resellers: '二级经销商', orderedShare: '出单比例', revenue: '二级订单额',
    distributor: '分销商', region: '区域', axis: '二级经销商数', none: '数据中没有二级经销商（partners 表的 parent_partner_id 列为空）。',
  },
  coverage: {
    title: '区域 × 行业覆盖', subtitle: '按伙伴所在区域和行业；红色 0 为空白 · 点击格子筛选',
    partners: '签约伙伴', ordering: '期内下单伙伴', revenue: '期内销售额', region: '区域', industry: '行业', show: '显示',
  },
  onceOff: {
    title: '一次性伙伴名单', subtitle: '截至 {date}：近 12 个月只下过一次单（或全部在 30 天内），且近 180 天无订单 · 点击行查看详情',
    none: '截至期末没有一次性伙伴。', id: '编号', partner: '伙伴', tier: '类型', region: '区域', salesperson: '负责销售',
    orders: '订单数', first: '首单', last: '末单', amount: '订单额', days: '末单距期末天数',
  },
  detail: {
    title: '伙伴详情', close: '关闭', notFound: '数据中没有编号为「{id}」的伙伴。', openParent: '查看上级分销商',
    tier: '类型', parent: '上级分销商', region: '区域', industry: '行业', salesperson: '负责销售', signed: '签约日期',
    status: '状态', certification: '认证', none: '无', period: '所选期间 {from} 至 {to}',
  },
  orders: {
    title: '订单', revenue: '期内订单额', orders: '期内订单数', lastOrder: '最近订单', daysAgo: '距期末 {n} 天',
    firstOrder: '首次订单', never: '从未下单', chart: '近 24 个月每月订单额', chartHint: '蓝色为所选期间，灰色为之前',
    noOrders: '此伙伴在所选期间没有订单。', returns: '其中退货 {n} 笔', outside: '所选期间之前', month: '月份',
  },
  products: {
    title: '期内购买的产品', chart: '各产品订单额', product: '产品', line: '产品线', revenue: '订单额', orders: '订单数', share: '占比',
    none: '期内没有购买记录。',
  },
  resellers: {
    title: '旗下二级经销商', subtitle: '{ordered} / {total} 家期内有订单 · 点击查看', partner: '二级经销商', id: '编号',
    ordered: '期内有订单', yes: '是', no: '否', revenue: '期内订单额',
  },
  inventory: {
    title: '渠道库存', none: '此伙伴没有库存数据（通常只有分销商和核心代理商报送库存）。', product: '产品',
    onHand: '库存数量', value: '库存金额', weekly: '周均销量', weeks: '可售周数', status: '状态', snapshot: '盘点日期',
    under: '不足', healthy: '正常', over: '积压', noMovement: '无动销', overstock: '积压金额', basis: '销量口径', sellin: '进货估算', sellout: '实际出货',
    trend: '每月库存', qty: '库存数量', totalValue: '库存总额',
  },
  receivables: {
    title: '应收与逾期', none: '期内没有到期的应收，期末也没有未收款。', rate: '期内回款率', due: '期内到期', paid: '已回款',
    outstanding: '期末未收', overdue: '已逾期', overdueShare: '逾期占比', noOverdue: '期末没有逾期应收。',
    buckets: { '1-30': '逾期 1–30 天', '31-60': '31–60 天', '61-90': '61–90 天', '90+': '90 天以上' },
    invoices: '逾期发票', invoice: '发票号', dueDate: '到期日', amount: '金额', left: '未收', days: '逾期天数', bucket: '账龄',
  },
  trainings: {
    title: '培训', none: '此伙伴在所选期间没有参加培训。', last: '最近一次：{date}', never: '从未参加培训。',
    date: '日期', type: '类型', attendees: '参训人数', passed: '通过人数', passRate: '通过率', sessions: '场次',
  },
  surveys: {
    title: '满意度调查', none: '此伙伴在所选期间没有调查记录。', last: '最近一次：{date}', never: '从未参加调查。',
    date: '日期', score: '平均得分(1–5)', nps: '推荐意愿(0–10)', training: '培训', marketing: '市场支持', supply: '供货',
    price: '价格', rebate: '返点',
  },
  unknown: '(未填写)',
  unsupported: '此图不能按「{dims}」筛选。',
  error: '数据查询出错：{message}',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type PartnersMessages = Widen<typeof zh>;

const en: PartnersMessages = {
  kpi: {
    activePartners: 'Active partners', activeNote: 'Ordered in the {n} days to period end', secondTier: 'Second tier',
    activeRate: 'Active rate', activeRateNote: 'Active signed partners ÷ signed partners', eligible: 'Signed partners', activeEligible: 'Active',
    newPartners: 'New partners', newNote: 'Signed in the period', productive: 'Ordered within 90 days', productiveRate: 'Productive',
    onceOff: 'Once-off partners', onceOffNote: 'One deal in 12 months, no order in 180 days', onceOffAmount: 'Their orders', onceOffSecondTier: 'Second tier',
    lastYear: 'Last year', basePeriod: 'Previous period', yoy: 'YoY', mom: 'MoM',
    unsupported: 'Partner KPIs cannot be filtered by product', noEligible: 'No signed partners',
  },
  tier: {
    title: 'Partners by type: active and inactive', subtitle: 'Signed partners; active = ordered in the {n} days to period end · click to filter',
    active: 'Active', inactive: 'Inactive', partners: 'Partners', total: 'Signed partners', rate: 'Active rate', tier: 'Partner type',
  },
  newByMonth: {
    title: 'New partners per month and how many started ordering', subtitle: 'Light: signed; dark: first order within 90 days · click a month to see it alone',
    signed: 'Signed', productive: 'Ordered within 90 days', rate: 'Productive', axis: 'Partners', month: 'Month', secondTier: 'Second tier',
  },
  structure: {
    title: 'Distributors and their second-tier resellers', subtitle: 'Resellers under each distributor, with and without orders in the period · click to open the partner',
    topNote: 'The {n} distributors with the most resellers; all {total} in the data table below',
    ordered: 'Ordered in period', notOrdered: 'No order in period', resellers: 'Resellers', orderedShare: 'Ordered share', revenue: 'Reseller orders',
    distributor: 'Distributor', region: 'Region', axis: 'Resellers', none: 'No second-tier resellers in the data (parent_partner_id in partners is empty).',
  },
  coverage: {
    title: 'Coverage: region × industry', subtitle: 'By the partner\'s home region and industry; a red 0 is a gap · click a cell to filter',
    partners: 'Signed partners', ordering: 'Partners ordering in period', revenue: 'Revenue in period', region: 'Region', industry: 'Industry', show: 'Show',
  },
  onceOff: {
    title: 'Once-off partners', subtitle: 'As of {date}: one order (or all within 30 days) in the last 12 months and none in the last 180 days · click a row for details',
    none: 'No once-off partners at period end.', id: 'ID', partner: 'Partner', tier: 'Type', region: 'Region', salesperson: 'Salesperson',
    orders: 'Orders', first: 'First order', last: 'Last order', amount: 'Amount', days: 'Days since last',
  },
  detail: {
    title: 'Partner detail', close: 'Close', notFound: 'There is no partner with ID "{id}" in the data.', openParent: 'Open the distributor',
    tier: 'Type', parent: 'Distributor', region: 'Region', industry: 'Industry', salesperson: 'Salesperson', signed: 'Signed',
    status: 'Status', certification: 'Certification', none: 'None', period: 'Selected period {from} to {to}',
  },
  orders: {
    title: 'Orders', revenue: 'Orders in period', orders: 'Order count', lastOrder: 'Last order', daysAgo: '{n} days before period end',
    firstOrder: 'First order', never: 'Never ordered', chart: 'Orders by month, last 24 months', chartHint: 'Blue: selected period; grey: before it',
    noOrders: 'This partner has no orders in the selected period.', returns: 'incl. {n} returns', outside: 'before the selected period', month: 'Month',
  },
  products: {
    title: 'Products bought in the period', chart: 'Orders by product', product: 'Product', line: 'Product line', revenue: 'Amount', orders: 'Orders', share: 'Share',
    none: 'Nothing bought in the period.',
  },
  resellers: {
    title: 'Second-tier resellers', subtitle: '{ordered} of {total} ordered in the period · click to open', partner: 'Reseller', id: 'ID',
    ordered: 'Ordered in period', yes: 'Yes', no: 'No', revenue: 'Orders in period',
  },
  inventory: {
    title: 'Channel inventory', none: 'No inventory data for this partner (usually only distributors and core agents report stock).', product: 'Product',
    onHand: 'On hand', value: 'Stock value', weekly: 'Weekly sales', weeks: 'Weeks of supply', status: 'Status', snapshot: 'Snapshot',
    under: 'Under', healthy: 'Healthy', over: 'Over', noMovement: 'No movement', overstock: 'Over-stock value', basis: 'Sales basis', sellin: 'Sell-in (estimate)', sellout: 'Sell-out',
    trend: 'Stock by month', qty: 'Quantity', totalValue: 'Stock value',
  },
  receivables: {
    title: 'Receivables and overdue', none: 'No invoices due in the period and nothing outstanding at its end.', rate: 'Collection rate', due: 'Due in period', paid: 'Paid',
    outstanding: 'Outstanding at end', overdue: 'Overdue', overdueShare: 'Overdue share', noOverdue: 'Nothing overdue at period end.',
    buckets: { '1-30': '1–30 days overdue', '31-60': '31–60 days', '61-90': '61–90 days', '90+': 'Over 90 days' },
    invoices: 'Overdue invoices', invoice: 'Invoice', dueDate: 'Due', amount: 'Amount', left: 'Outstanding', days: 'Days overdue', bucket: 'Aging',
  },
  trainings: {
    title: 'Trainings', none: 'No trainings attended in the selected period.', last: 'Last one: {date}', never: 'Never attended a training.',
    date: 'Date', type: 'Type', attendees: 'Attendees', passed: 'Passed', passRate: 'Pass rate', sessions: 'Sessions',
  },
  surveys: {
    title: 'Satisfaction surveys', none: 'No survey answers in the selected period.', last: 'Last one: {date}', never: 'Never answered a survey.',
    date: 'Date', score: 'Mean score (1–5)', nps: 'Recommend (0–10)', training: 'Training', marketing: 'Marketing', supply: 'Supply',
    price: 'Price', rebate: 'Rebate',
  },
  unknown: '(not set)',
  unsupported: 'This chart cannot be filtered by {dims}.',
  error: 'Query failed: {message}',
};

export const partnersMessages: Record<'zh-CN' | 'en', PartnersMessages> = { 'zh-CN': zh, en };
