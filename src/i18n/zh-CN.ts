/** zh-CN messages: the source of truth for keys; en.ts is typed from this. */
export const zhCN = {
  appName: '渠道透视',
  appTagline: '渠道经营分析',
  loading: '正在载入数据…',
  loadingEngine: '正在启动分析引擎…',
  loadError: '数据载入失败',
  engineStopped: '分析引擎意外停止（可能是内存不足）',
  loadErrorHint: '保存在本浏览器中的数据不会丢失。点击「重新载入数据」重新启动引擎并载入数据；若仍失败，请刷新页面，或换用最新版 Chrome / Edge。',
  reloadData: '重新载入数据',
  reload: '重新载入',
  language: '语言',
  switchLanguage: 'English',
  nav: {
    overview: '经营总览', sales: '销售与目标', partners: '渠道伙伴', inventory: '渠道库存', collections: '回款',
    enablement: '赋能', funnel: '商机与预测', scorecards: '考核', data: '数据', report: '月度报告',
  },
  comingSoon: '此页面正在建设中。当前可在「经营总览」查看核心指标。',
  filters: {
    period: '期间', from: '开始月份', to: '结束月份', region: '区域', province: '省份', city: '城市',
    tier: '伙伴类型', industry: '行业', salesperson: '销售', partner: '伙伴', product: '产品',
    all: '全部', clear: '清除筛选', remove: '移除', compare: '对比', yoy: '同比', mom: '环比',
    applied: '已筛选',
  },
  kpi: {
    revenue: '销售额', quotaAttainment: '目标完成率', growth: '同比增长', growthMom: '环比增长',
    activePartners: '活跃伙伴', newPartners: '新签伙伴', collectionRate: '回款率',
    timeProgress: '时间进度', target: '目标', lastYear: '去年同期', basePeriod: '上期',
    secondTier: '其中二级', activeRate: '活跃率', productive: '已出单', due: '应收', paid: '已收',
    trailingDays: '近 {n} 天有订单', noTarget: '无目标数据', unsupportedFilter: '目标不含此筛选维度',
    noBase: '基期无数据', noneDue: '期内无到期应收',
  },
  charts: {
    monthly: '月度销售额与目标', monthlyHint: '柱为本期，折线为去年同期，虚线为目标',
    byRegion: '区域销售额', byTier: '伙伴类型销售额', byIndustry: '行业销售额', topPartners: '伙伴销售额 Top 10',
    revenue: '销售额', lastYear: '去年同期', target: '目标', unknown: '(未填写)', clickToFilter: '点击图形可筛选',
    share: '占比', amountAxis: '金额(元)',
  },
  data: {
    mine: '我的数据', sample: '示例数据', asOf: '数据截至', rows: '行', source: '数据来源',
    engineStarting: '分析引擎启动中…',
  },
  table: {
    rows: '行', row: '行', exportCsv: '导出 CSV', showMore: '显示更多', showData: '查看数据', savePng: '保存图片', hideData: '收起数据',
  },
  missing: {
    title: '缺少数据', needs: '此视图需要「{table}」数据。', example: '示例表头：', dropHint: '在「数据」页导入对应文件后即可查看。',
  },
  drill: { all: '全部', up: '返回上级', path: '下钻路径' },
  notices: {
    urlIgnored: '链接中有无法识别的参数，已忽略：',
    dismiss: '知道了',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
