/** Strings of the Collections page (回款): collection rate, overdue aging, DSO, invoices to chase. */
const zh = {
  kpi: {
    collectionRate: '回款率',
    due: '期内到期',
    paid: '已回款',
    overdueAmount: '逾期未收金额',
    asOf: '截至 {date}',
    over90: '逾期超 90 天',
    overdueShare: '逾期占比',
    outstanding: '应收余额',
    dso: 'DSO 应收周转天数',
    dsoUnit: '{n} 天',
    dsoNote: '期末应收 ÷ 近 3 个月开票 × 天数',
    unsupported: '应收数据不含所选筛选维度',
    noneDue: '期内无到期发票',
    noSales: '近 3 个月无开票',
  },
  charts: {
    aging: '逾期账龄分布：按{by}',
    agingHint: '截至期末仍未收回的逾期金额，按逾期天数分段；柱尾为逾期合计(占应收比例)；红色名字：逾期超过中位数的 3 倍。点击柱子筛选全页',
    by: { region: '区域', salesperson: '销售', partner: '伙伴' },
    switch: { region: '区域', salesperson: '销售', partner: '伙伴' },
    switchLabel: '账龄分组',
    top: '(前 {n})',
    dso: 'DSO 应收周转天数按月走势',
    dsoHint: '月末应收 ÷ 近 3 个月开票 × 天数；灰线为去年同期',
    overdueList: '待催收的逾期发票（{n} 张）',
    overdueListHint: '截至期末仍未收回且已过到期日，逾期最久的在前；点击一行按该伙伴筛选',
    noOverdue: '截至期末没有逾期未收的发票',
    truncated: '只列出逾期最久的 {n} 张',
  },
  buckets: { '1-30': '1–30 天', '31-60': '31–60 天', '61-90': '61–90 天', '90+': '90 天以上', current: '未到期' },
  series: {
    overdue: '逾期金额', outstanding: '应收余额', share: '逾期占比', outlier: '逾期超过中位数 3 倍',
    dso: 'DSO', lastYear: '去年同期', endingAr: '月末应收', creditSales: '近 3 个月开票', days: '天数', axis: '天',
    unknown: '未填写',
  },
  cols: {
    key: '分组', partnerId: '伙伴编号', partner: '伙伴', salesperson: '负责销售', region: '区域', invoice: '发票号', dueDate: '到期日', amount: '发票金额', paid: '已回款', outstanding: '未收金额',
    daysOverdue: '逾期天数', bucket: '账龄段', overdue: '逾期合计', share: '逾期占比', month: '月份', dso: 'DSO(天)',
    endingAr: '月末应收', creditSales: '近 3 个月开票', days: '天数',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type CollectionsMessages = Widen<typeof zh>;

const en: CollectionsMessages = {
  kpi: {
    collectionRate: 'Collection rate',
    due: 'Due in period',
    paid: 'Collected',
    overdueAmount: 'Overdue receivables',
    asOf: 'as of {date}',
    over90: 'Over 90 days',
    overdueShare: 'Overdue share',
    outstanding: 'Receivables',
    dso: 'DSO (days sales outstanding)',
    dsoUnit: '{n} days',
    dsoNote: 'Receivables at period end ÷ invoicing of the last 3 months × days',
    unsupported: 'Receivables lack the selected filter',
    noneDue: 'Nothing due in period',
    noSales: 'No invoicing in the last 3 months',
  },
  charts: {
    aging: 'Overdue aging by {by}',
    agingHint: 'Overdue amounts still open at period end, by days past due; bar end: overdue total (share of receivables); a red name: overdue above 3× the median. Click a bar to filter the page',
    by: { region: 'region', salesperson: 'salesperson', partner: 'partner' },
    switch: { region: 'Region', salesperson: 'Salesperson', partner: 'Partner' },
    switchLabel: 'Group aging by',
    top: '(top {n})',
    dso: 'DSO by month',
    dsoHint: 'Receivables at month end ÷ invoicing of the last 3 months × days; grey: last year',
    overdueList: 'Overdue invoices to chase ({n})',
    overdueListHint: 'Past due and still open at period end, longest overdue first; click a row to filter by the partner',
    noOverdue: 'No overdue invoice is open at period end',
    truncated: 'Only the {n} longest overdue are listed',
  },
  buckets: { '1-30': '1–30 days', '31-60': '31–60 days', '61-90': '61–90 days', '90+': 'Over 90 days', current: 'Not yet due' },
  series: {
    overdue: 'Overdue', outstanding: 'Receivables', share: 'Overdue share', outlier: 'Overdue above 3× the median',
    dso: 'DSO', lastYear: 'Last year', endingAr: 'Receivables at month end', creditSales: 'Invoiced, last 3 months', days: 'Days', axis: 'Days',
    unknown: '(blank)',
  },
  cols: {
    key: 'Group', partnerId: 'Partner ID', partner: 'Partner', salesperson: 'Salesperson', region: 'Region', invoice: 'Invoice', dueDate: 'Due', amount: 'Amount', paid: 'Paid', outstanding: 'Outstanding',
    daysOverdue: 'Days overdue', bucket: 'Bucket', overdue: 'Overdue', share: 'Overdue share', month: 'Month', dso: 'DSO (days)',
    endingAr: 'Receivables at month end', creditSales: 'Invoiced, last 3 months', days: 'Days',
  },
};

export const collectionsMessages: Record<'zh-CN' | 'en', CollectionsMessages> = { 'zh-CN': zh, en };
