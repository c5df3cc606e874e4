/** Strings of the monthly market analysis report (月度市场分析报告). zh-CN is the source of keys; en is typed from it. */
const zh = {
  title: '月度市场分析报告',
  month: '报告月份',
  print: '打印 / 导出 PDF',
  present: '演示',
  filters: '筛选',
  noFilters: '全部区域与伙伴',
  generated: '数据截至 {date} · 所有数字由已载入数据实时计算',
  page: '第 {p} 页，共 {n} 页',
  noData: '所选月份没有订单数据。',
  sections: {
    summary: '本月概况', movers: '涨跌排行', below: '未达目标的区域与销售', inventory: '库存预警',
    collections: '回款预警', partners: '伙伴变动', forecast: '下月预测与目标拆分',
  },
  kpi: {
    revenue: '本月销售额', attainment: '目标完成率', growth: '同比增长', ytd: '今年累计完成率', active: '活跃伙伴', collection: '本月回款率',
    target: '目标', lastYear: '去年同期', gap: '缺口', ytdRevenue: '累计销售额', secondTier: '其中二级', due: '到期应收',
  },
  movers: {
    region: '区域', partner: '伙伴', product: '产品',
    regionTitle: '各区域同比变化', partnerTitle: '伙伴同比变化（增减最多各 5 家）', productTitle: '各产品同比变化',
    subtitle: '本月销售额减去去年同月；绿色为增长，红色为下降', change: '变化', growth: '同比', revenue: '本月', base: '去年同月',
  },
  below: {
    regionTitle: '各区域目标完成率', regionHint: '红 <80%，黄 80–100%，绿 ≥100%；竖线为 100%', peopleTitle: '未达目标的销售',
    name: '名称', revenue: '销售额', target: '目标', attainment: '完成率', gap: '缺口', growth: '同比', noTargets: '本月没有目标数据',
  },
  inventory: {
    title: '库存周数预警（过高与不足）', hint: '在手库存 ÷ 近 13 周周均销量；虚线为 {under} 周与 {over} 周', over: '库存过高', under: '库存不足',
    partner: '伙伴', region: '区域', weeks: '库存周数', status: '状态', overstock: '积压金额', stock: '库存金额', noMovement: '无动销',
    healthy: '健康', basisSellin: '按进货估算',
  },
  collections: {
    title: '各销售逾期应收（按账龄）', hint: '月末未收回且已过到期日的金额', partnersTitle: '逾期最多的伙伴', name: '名称',
    overdue: '逾期金额', outstanding: '应收余额', share: '逾期占比', buckets: { '1-30': '1–30 天', '31-60': '31–60 天', '61-90': '61–90 天', '90+': '90 天以上' },
  },
  partners: {
    newTitle: '本月新签伙伴', lostTitle: '本月流失伙伴（超过 180 天未下单）', onceOffTitle: '一次性合作伙伴',
    name: '伙伴', tier: '类型', region: '区域', salesperson: '销售', signed: '签约日期', firstOrder: '首单日期', lastOrder: '最后下单',
    orders: '订单数', revenue: '销售额', newCount: '新签伙伴', lostCount: '本月流失', lostTotal: '累计流失', onceOffCount: '一次性伙伴',
  },
  forecast: {
    title: '月度销售额与下月预测', hint: '柱为实际，虚线为预测（季节趋势法）', splitTitle: '下月目标建议拆分（按区域预测占比）',
    actual: '实际', forecast: '预测', region: '区域', share: '占比', quota: '建议目标', nextTarget: '下月目标', method: '方法', wmape: '回测误差',
    fromTarget: '下月目标 {v}，按各区域预测占比拆分（取整到万元）', fromForecast: '下月尚无目标数据，以预测 {v} 作为建议目标，按各区域预测占比拆分',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ReportMessages = Widen<typeof zh>;

const en: ReportMessages = {
  title: 'Monthly market analysis report',
  month: 'Month',
  print: 'Print / PDF',
  present: 'Present',
  filters: 'Filters',
  noFilters: 'All regions and partners',
  generated: 'Data up to {date} · every figure computed live from the loaded data',
  page: 'Page {p} of {n}',
  noData: 'There are no orders in the chosen month.',
  sections: {
    summary: 'The month at a glance', movers: 'Gainers and decliners', below: 'Regions and salespeople below target', inventory: 'Inventory alerts',
    collections: 'Collection alerts', partners: 'Partner changes', forecast: "Next month's forecast and quota split",
  },
  kpi: {
    revenue: 'Revenue this month', attainment: 'Quota attainment', growth: 'YoY growth', ytd: 'Attainment year to date', active: 'Active partners', collection: 'Collection rate',
    target: 'Target', lastYear: 'Last year', gap: 'Gap', ytdRevenue: 'Revenue YTD', secondTier: 'Second tier', due: 'Due',
  },
  movers: {
    region: 'regions', partner: 'partners', product: 'products',
    regionTitle: 'Change by region, year on year', partnerTitle: 'Change by partner (5 largest rises and falls)', productTitle: 'Change by product, year on year',
    subtitle: 'Revenue this month minus the same month last year; green up, red down', change: 'Change', growth: 'YoY', revenue: 'This month', base: 'Same month last year',
  },
  below: {
    regionTitle: 'Quota attainment by region', regionHint: 'Red < 80%, amber 80–100%, green ≥ 100%; the line marks 100%', peopleTitle: 'Salespeople below target',
    name: 'Name', revenue: 'Revenue', target: 'Target', attainment: 'Attainment', gap: 'Gap', growth: 'YoY', noTargets: 'No targets for this month',
  },
  inventory: {
    title: 'Weeks of supply alerts (over and under)', hint: 'Stock on hand ÷ average weekly sales of 13 weeks; dashed lines at {under} and {over} weeks', over: 'Over-stocked', under: 'Under-stocked',
    partner: 'Partner', region: 'Region', weeks: 'Weeks of supply', status: 'Status', overstock: 'Excess value', stock: 'Stock value', noMovement: 'No sales',
    healthy: 'Healthy', basisSellin: 'from sell-in',
  },
  collections: {
    title: 'Overdue receivables by salesperson (aging)', hint: 'Unpaid past the due date at month end', partnersTitle: 'Most overdue partners', name: 'Name',
    overdue: 'Overdue', outstanding: 'Outstanding', share: 'Overdue share', buckets: { '1-30': '1–30 days', '31-60': '31–60 days', '61-90': '61–90 days', '90+': 'Over 90 days' },
  },
  partners: {
    newTitle: 'Partners signed this month', lostTitle: 'Partners lost this month (no order for 180 days)', onceOffTitle: 'Once-off partners',
    name: 'Partner', tier: 'Type', region: 'Region', salesperson: 'Salesperson', signed: 'Signed', firstOrder: 'First order', lastOrder: 'Last order',
    orders: 'Orders', revenue: 'Revenue', newCount: 'New partners', lostCount: 'Lost this month', lostTotal: 'Lost in all', onceOffCount: 'Once-off partners',
  },
  forecast: {
    title: 'Monthly revenue and the forecast', hint: 'Bars actual, dashed line forecast (seasonal trend)', splitTitle: "Suggested split of next month's quota (by regional forecast)",
    actual: 'Actual', forecast: 'Forecast', region: 'Region', share: 'Share', quota: 'Suggested quota', nextTarget: "Next month's target", method: 'Method', wmape: 'Backtest error',
    fromTarget: "Next month's target {v}, split by each region's forecast share (whole 10K)", fromForecast: 'No target for next month yet: the forecast {v} is the suggested quota, split by regional forecast share',
  },
};

export const reportMessages: Record<'zh-CN' | 'en', ReportMessages> = { 'zh-CN': zh, en };
