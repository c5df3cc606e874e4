/** Strings of the Enablement page (赋能): training, market activities, channel satisfaction. */
const zh = {
  kpi: {
    sessions: '培训场次', partnersTrained: '受训伙伴', attendees: '参训人次',
    passRate: '培训通过率', passed: '通过人次', noPassed: '培训数据未记录通过人数',
    roi: '市场活动 ROI', cost: '活动费用', revenue: '带来销售额', costPerLead: '单条线索成本', leads: '线索',
    satisfaction: '渠道满意度', outOf5: '满分 5 分', responses: '份问卷',
    nps: '净推荐值 NPS', promoters: '推荐者 (9–10)', detractors: '贬损者 (0–6)', noNps: '期内无 NPS 评分',
    unsupported: '此数据不含所选筛选维度', notLoaded: '未导入此数据',
  },
  charts: {
    trainingByType: '各类培训的参训人次与通过率',
    trainingByRegion: '各区域的参训人次与通过率',
    trainingHint: '柱为参训人次，折线为通过率',
    activityByType: '各类市场活动的费用、带来销售额与 ROI',
    activityByRegion: '各区域市场活动的费用、带来销售额与 ROI',
    activityHint: '柱为费用与带来销售额，折线为 ROI =(销售额 − 费用)÷ 费用',
    dimensions: '渠道满意度（分维度，满分 5 分）',
    dimensionsHint: '期内问卷各维度的平均分；最低的两项标为橙色',
    trend: '满意度与 NPS 走势（历次调查）',
    trendHint: '截至期末的全部调查轮次；左轴为平均分，右轴为 NPS',
    leastSatisfied: '满意度最低的 10 家伙伴',
    leastSatisfiedHint: '期内平均分最低者，需优先回访；点击一行按该伙伴筛选',
    clickRegion: '点击区域可筛选全页', noSurveys: '期内没有问卷',
  },
  series: {
    attendees: '参训人次', passRate: '通过率', sessions: '场次', partners: '受训伙伴', passed: '通过人次',
    cost: '费用', revenue: '带来销售额', roi: 'ROI', leads: '线索', costPerLead: '单条线索成本', activities: '活动次数',
    score: '平均分', nps: 'NPS', responses: '问卷数', promoters: '推荐者', detractors: '贬损者',
    people: '人次', scoreAxis: '分', month: '月份', amount: '金额',
  },
  dims: {
    score_training: '培训', score_marketing: '市场支持', score_supply: '供货', score_price: '价格', score_rebate: '返点',
  },
  cols: {
    type: '类型', region: '区域', dimension: '维度', partner: '伙伴', partnerId: '伙伴编号', salesperson: '负责销售',
    mean: '平均分', surveys: '问卷数', lastSurvey: '最近调查', npsMean: 'NPS 平均分(0–10)',
  },
  activityTypes: { roadshow: '路演', seminar: '研讨会', course: '短训班', promotion: '促销' },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type EnablementMessages = Widen<typeof zh>;

const en: EnablementMessages = {
  kpi: {
    sessions: 'Training sessions', partnersTrained: 'Partners trained', attendees: 'Attendees',
    passRate: 'Training pass rate', passed: 'Passed', noPassed: 'Pass counts not recorded',
    roi: 'Marketing activity ROI', cost: 'Activity cost', revenue: 'Attributed revenue', costPerLead: 'Cost per lead', leads: 'Leads',
    satisfaction: 'Channel satisfaction', outOf5: 'out of 5', responses: 'surveys',
    nps: 'Net Promoter Score', promoters: 'Promoters (9–10)', detractors: 'Detractors (0–6)', noNps: 'No NPS answers in period',
    unsupported: 'This data lacks the selected filter', notLoaded: 'Data not imported',
  },
  charts: {
    trainingByType: 'Attendees and pass rate by training type',
    trainingByRegion: 'Attendees and pass rate by region',
    trainingHint: 'Bars: attendees · line: pass rate',
    activityByType: 'Cost, attributed revenue and ROI by activity type',
    activityByRegion: 'Cost, attributed revenue and ROI of activities by region',
    activityHint: 'Bars: cost and attributed revenue · line: ROI = (revenue − cost) ÷ cost',
    dimensions: 'Channel satisfaction by dimension (out of 5)',
    dimensionsHint: 'Mean score per dimension of surveys in the period; the two lowest in amber',
    trend: 'Satisfaction and NPS over time (all survey waves)',
    trendHint: 'Every survey wave up to the period end; left axis mean score, right axis NPS',
    leastSatisfied: 'The 10 least satisfied partners',
    leastSatisfiedHint: 'Lowest mean score in the period: call them first. Click a row to filter by the partner',
    clickRegion: 'Click a region to filter the page', noSurveys: 'No surveys in the period',
  },
  series: {
    attendees: 'Attendees', passRate: 'Pass rate', sessions: 'Sessions', partners: 'Partners trained', passed: 'Passed',
    cost: 'Cost', revenue: 'Attributed revenue', roi: 'ROI', leads: 'Leads', costPerLead: 'Cost per lead', activities: 'Activities',
    score: 'Mean score', nps: 'NPS', responses: 'Surveys', promoters: 'Promoters', detractors: 'Detractors',
    people: 'People', scoreAxis: 'Score', month: 'Month', amount: 'Amount',
  },
  dims: {
    score_training: 'Training', score_marketing: 'Marketing support', score_supply: 'Supply', score_price: 'Price', score_rebate: 'Rebate',
  },
  cols: {
    type: 'Type', region: 'Region', dimension: 'Dimension', partner: 'Partner', partnerId: 'Partner ID', salesperson: 'Salesperson',
    mean: 'Mean score', surveys: 'Surveys', lastSurvey: 'Last survey', npsMean: 'Mean NPS answer (0–10)',
  },
  activityTypes: { roadshow: 'Roadshow', seminar: 'Seminar', course: 'Short course', promotion: 'Promotion' },
};

export const enablementMessages: Record<'zh-CN' | 'en', EnablementMessages> = { 'zh-CN': zh, en };
