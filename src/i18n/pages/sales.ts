/** Strings of the Sales & quota page (销售与目标). zh-CN is the source of keys; en is typed from it. */
const zh = {
  drillLabel: '下钻路径',
  time: { label: '时间', year: '{y}年', quarter: '第{q}季度', custom: '自选期间', monthHint: '点击柱子查看当月' },
  kpi: {
    gap: '目标差额', short: '距目标还差', ahead: '已超出目标', dueByNow: '按进度应完成', vsTime: '较时间进度',
    baseAttainmentYoy: '去年同期完成率', baseAttainmentMom: '上期完成率',
  },
  gauge: {
    title: '目标完成率与时间进度', subtitle: '黑色指针为完成率，灰色指针为时间进度',
    ahead: '领先时间进度 {pp}', behind: '落后时间进度 {pp}', noValue: '当前筛选下无法计算完成率',
  },
  monthly: {
    title: '月度销售额与目标', subtitle: '柱色按当月完成率（绿 ≥{good}，黄 {warn}–{good}，红 <{warn}），虚线为目标',
    subtitleYoy: '柱色按当月完成率（绿 ≥{good}，黄 {warn}–{good}，红 <{warn}），虚线为目标，灰线为去年同期',
  },
  drill: {
    titleRegion: '各区域销售额与目标', titleProvince: '{path} 各省份销售额', titleCity: '{path} 各城市销售额',
    subtitle: '点击条形下钻（区域 → 省份 → 城市）；灰色刻度为{base}',
    targetTick: '，橙色刻度为目标', noTargets: '；目标按区域和销售设定，省、市没有完成率',
  },
  attainment: {
    byRegion: '各区域目标完成率', bySalesperson: '各销售目标完成率',
    subtitle: '红 <{warn}，黄 {warn}–{good}，绿 ≥{good}；灰色刻度为{base}',
    below: '低于目标', none: '全部达成目标', unsupported: '目标只按区域和销售设定，按「{dims}」筛选时无法计算完成率。',
    change: '变化',
  },
  heatmap: {
    titleRegion: '区域 × 月份销售额', titleProvince: '{path} 省份 × 月份销售额', titleCity: '{path} 城市 × 月份销售额',
    subtitle: '点击一格按该行下钻', colorBy: '着色', byRevenue: '销售额', byGrowth: '增长（{cmp}）',
  },
  concentration: {
    title: '伙伴集中度', subtitle: '帕累托曲线：伙伴按销售额从高到低累计',
    topShare: 'Top {n} 伙伴占比', pareto: '贡献 {pct} 销售额的伙伴', paretoValue: '{n} / {total} 家',
    hhi: 'HHI 指数', high: '高度集中（>2,500）', moderate: '适度集中（1,500–2,500）', low: '分散（<1,500）',
    partners: '伙伴数占比', cumulative: '累计销售额占比', rank: '排名', even: '均匀分布', none: '期内没有销售额为正的伙伴',
    unsupported: '当前筛选下无法计算集中度。',
  },
  mix: { title: '产品线销售构成', subtitle: '条为本期，灰色刻度为{base}；标注为占比' },
  columns: {
    region: '区域', province: '省份', city: '城市', salesperson: '销售', product_line: '产品线', month: '月份',
    revenue: '销售额', share: '占比', target: '目标', attainment: '完成率', partner: '伙伴', rank: '排名', cumulative: '累计占比',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type SalesMessages = Widen<typeof zh>;

const en: SalesMessages = {
  drillLabel: 'Drill path',
  time: { label: 'Period', year: '{y}', quarter: 'Q{q}', custom: 'Custom period', monthHint: 'click a bar to see the month' },
  kpi: {
    gap: 'Gap to target', short: 'still to go', ahead: 'ahead of target', dueByNow: 'Due by now', vsTime: 'vs time elapsed',
    baseAttainmentYoy: 'Attainment last year', baseAttainmentMom: 'Attainment prior period',
  },
  gauge: {
    title: 'Quota attainment vs time elapsed', subtitle: 'Dark needle: attainment; grey needle: share of the period elapsed',
    ahead: '{pp} ahead of time', behind: '{pp} behind time', noValue: 'Attainment cannot be stated under these filters',
  },
  monthly: {
    title: 'Monthly revenue vs target', subtitle: 'Bars coloured by the month\'s attainment (green ≥{good}, amber {warn}–{good}, red <{warn}); dashed: target',
    subtitleYoy: 'Bars coloured by the month\'s attainment (green ≥{good}, amber {warn}–{good}, red <{warn}); dashed: target; grey: last year',
  },
  drill: {
    titleRegion: 'Revenue and target by region', titleProvince: 'Revenue by province · {path}', titleCity: 'Revenue by city · {path}',
    subtitle: 'Click a bar to drill down (region → province → city); grey tick: {base}',
    targetTick: ', amber tick: target', noTargets: '. Quotas are set per region and salesperson: provinces and cities have none',
  },
  attainment: {
    byRegion: 'Quota attainment by region', bySalesperson: 'Quota attainment by salesperson',
    subtitle: 'Red <{warn}, amber {warn}–{good}, green ≥{good}; grey tick: {base}',
    below: 'Below target', none: 'All on target', unsupported: 'Quotas are set per region and salesperson only: attainment cannot be stated when filtering by {dims}.',
    change: 'Change',
  },
  heatmap: {
    titleRegion: 'Revenue by region × month', titleProvince: 'Revenue by province × month · {path}', titleCity: 'Revenue by city × month · {path}',
    subtitle: 'Click a cell to drill into its row', colorBy: 'Colour', byRevenue: 'Revenue', byGrowth: 'Growth ({cmp})',
  },
  concentration: {
    title: 'Partner concentration', subtitle: 'Pareto curve: partners ranked by revenue, cumulated',
    topShare: 'Top {n} partners\' share', pareto: 'Partners making {pct} of revenue', paretoValue: '{n} of {total}',
    hhi: 'HHI', high: 'Highly concentrated (>2,500)', moderate: 'Moderately concentrated (1,500–2,500)', low: 'Unconcentrated (<1,500)',
    partners: 'Share of partners', cumulative: 'Cumulative share of revenue', rank: 'Rank', even: 'Even spread', none: 'No partner with positive revenue in the period',
    unsupported: 'Concentration cannot be computed under these filters.',
  },
  mix: { title: 'Revenue by product line', subtitle: 'Bars: this period; grey tick: {base}; labels: share' },
  columns: {
    region: 'Region', province: 'Province', city: 'City', salesperson: 'Salesperson', product_line: 'Product line', month: 'Month',
    revenue: 'Revenue', share: 'Share', target: 'Target', attainment: 'Attainment', partner: 'Partner', rank: 'Rank', cumulative: 'Cumulative share',
  },
};

export const salesMessages: Record<'zh-CN' | 'en', SalesMessages> = { 'zh-CN': zh, en };
