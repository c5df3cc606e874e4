/** Strings of the Funnel & forecast page (商机与预测). */
const zh = {
  kpi: {
    winRate: '赢单率', won: '赢单', lost: '输单', noneClosed: '期内没有结单的商机',
    cycleDays: '平均成交周期', days: '天', closedDeals: '期内结单', cycleNote: '创建到结单的平均天数',
    coverage: '商机覆盖倍数', pipeline: '在途商机', openDeals: '个在途商机', remaining: '剩余目标',
    healthy: '3–4 倍为健康', quotaMet: '目标已完成，无剩余目标', noTarget: '无目标数据', unsupported: '此数据不含所选筛选维度',
    notLoaded: '未导入商机数据',
    wmape: '回测误差 WMAPE', bias: '回测偏差', next3: '未来 3 个月预测',
    wmapeNote: '近 {n} 个月逐月回测：Σ|实际−预测| ÷ Σ实际', biasOver: '偏高（高估）', biasUnder: '偏低（低估）',
    method: '方法',
  },
  methods: {
    'seasonal-trend': '季节 + 趋势：去年同月 + 近 12 个月的平均同比增量',
    'seasonal-naive': '季节朴素法：去年同月',
    'moving-average': '移动平均：近 3 个月均值',
    none: '历史数据不足，无法预测',
  },
  charts: {
    funnel: '商机漏斗：各阶段到达数与转化率',
    funnelHint: '期内新建商机；赢单的商机经过了每个阶段',
    stages: '各阶段商机金额（当前阶段）',
    stagesHint: '条形为金额，标注为金额 · 商机数；蓝为在途，绿为赢单，红为输单',
    forecast: '月度销售额：实际与未来 3 个月预测',
    forecastHint: '实线为实际，橙色虚线为预测，灰色点线为回测时的逐月预测',
    scopeAll: '全部（当前筛选）',
    scopeLabel: '预测范围',
    byRegion: '下月预测与建议配额：按区域',
    byRegionHint: '按各区域下月预测的比例分解；点击区域可筛选全页',
    bySalesperson: '下月建议配额：按销售',
    bySalespersonHint: '按各销售下月预测的比例分解；点击一行按该销售筛选',
    quota: '下月总配额',
    quotaUnit: '万元',
    quotaFromTarget: '取自目标数据',
    quotaFromForecast: '无下月目标，默认取预测合计',
    splitTitle: '{month} 配额分解建议',
  },
  series: {
    reached: '到达', atStage: '当前在此阶段', amount: '金额', conversion: '转化率', count: '商机数',
    actual: '实际', forecast: '预测', backtest: '回测预测', error: '回测误差', marker: '预测 →',
    open: '在途', won: '赢单', lost: '输单', stage: '阶段', kind: '状态', month: '月份', type: '类型',
    region: '区域', salesperson: '销售', nextForecast: '下月预测', share: '占比', suggested: '建议配额',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type FunnelMessages = Widen<typeof zh>;

const en: FunnelMessages = {
  kpi: {
    winRate: 'Win rate', won: 'Won', lost: 'Lost', noneClosed: 'No deal closed in the period',
    cycleDays: 'Average sales cycle', days: 'days', closedDeals: 'Closed in period', cycleNote: 'Mean days from creation to close',
    coverage: 'Pipeline coverage', pipeline: 'Open pipeline', openDeals: 'open deals', remaining: 'Remaining quota',
    healthy: '3–4× is healthy', quotaMet: 'Quota met: nothing remaining', noTarget: 'No target data', unsupported: 'This data lacks the selected filter',
    notLoaded: 'Opportunities not imported',
    wmape: 'Backtest error (WMAPE)', bias: 'Backtest bias', next3: 'Next 3 months forecast',
    wmapeNote: 'One-step backtest over {n} months: Σ|actual − forecast| ÷ Σ actual', biasOver: 'over-forecasts', biasUnder: 'under-forecasts',
    method: 'Method',
  },
  methods: {
    'seasonal-trend': 'Seasonal + trend: same month last year + the average year-on-year change',
    'seasonal-naive': 'Seasonal naive: same month last year',
    'moving-average': 'Moving average of the last 3 months',
    none: 'Not enough history to forecast',
  },
  charts: {
    funnel: 'Opportunity funnel: deals reaching each stage and conversion',
    funnelHint: 'Deals created in the period; a won deal passed every stage',
    stages: 'Opportunity amount by current stage',
    stagesHint: 'Bars: amount, labelled amount · deals; blue open, green won, red lost',
    forecast: 'Monthly revenue and the 3-month forecast',
    forecastHint: 'Solid: actual · dashed amber: forecast · dotted grey: backtest forecasts',
    scopeAll: 'All (current filters)',
    scopeLabel: 'Forecast for',
    byRegion: 'Next month forecast and suggested quota by region',
    byRegionHint: 'Split in proportion to the forecast of each region; click a region to filter the page',
    bySalesperson: 'Suggested quota for next month by salesperson',
    bySalespersonHint: 'Split in proportion to the forecast of each salesperson; click a row to filter by them',
    quota: 'Next month quota',
    quotaUnit: 'CNY 10k',
    quotaFromTarget: 'from the targets data',
    quotaFromForecast: 'no target for next month: defaults to the forecast total',
    splitTitle: 'Suggested quota split for {month}',
  },
  series: {
    reached: 'Reached', atStage: 'Currently at stage', amount: 'Amount', conversion: 'Conversion', count: 'Deals',
    actual: 'Actual', forecast: 'Forecast', backtest: 'Backtest forecast', error: 'Backtest error', marker: 'Forecast →',
    open: 'Open', won: 'Won', lost: 'Lost', stage: 'Stage', kind: 'Status', month: 'Month', type: 'Type',
    region: 'Region', salesperson: 'Salesperson', nextForecast: 'Next month forecast', share: 'Share', suggested: 'Suggested quota',
  },
};

export const funnelMessages: Record<'zh-CN' | 'en', FunnelMessages> = { 'zh-CN': zh, en };
