import type { Messages } from './zh-CN';

export const en: Messages = {
  appName: 'ChannelLens',
  appTagline: 'Channel performance',
  loading: 'Loading data…',
  loadingEngine: 'Starting the analysis engine…',
  loadError: 'Data could not be loaded',
  engineStopped: 'The analysis engine stopped unexpectedly (possibly out of memory)',
  loadErrorHint: 'Data saved in this browser is kept. Choose “Reload data” to restart the engine and load the data again; if that fails, refresh the page or use a current Chrome or Edge.',
  reloadData: 'Reload data',
  reload: 'Reload',
  language: 'Language',
  switchLanguage: '中文',
  nav: {
    overview: 'Overview', sales: 'Sales & quota', partners: 'Partners', inventory: 'Inventory', collections: 'Collections',
    enablement: 'Enablement', funnel: 'Funnel & forecast', scorecards: 'Scorecards', data: 'Data', report: 'Monthly report',
  },
  comingSoon: 'This page is under construction. The Overview shows the core KPIs today.',
  filters: {
    period: 'Period', from: 'From', to: 'To', region: 'Region', province: 'Province', city: 'City',
    tier: 'Partner type', industry: 'Industry', salesperson: 'Salesperson', partner: 'Partner', product: 'Product',
    all: 'All', clear: 'Clear filters', remove: 'Remove', compare: 'Compare', yoy: 'YoY', mom: 'MoM',
    applied: 'Filtered by',
  },
  kpi: {
    revenue: 'Revenue', quotaAttainment: 'Quota attainment', growth: 'YoY growth', growthMom: 'Period-on-period',
    activePartners: 'Active partners', newPartners: 'New partners', collectionRate: 'Collection rate',
    timeProgress: 'Time elapsed', target: 'Target', lastYear: 'Last year', basePeriod: 'Prior period',
    secondTier: 'second-tier', activeRate: 'Active rate', productive: 'productive', due: 'Due', paid: 'Paid',
    trailingDays: 'ordered in the last {n} days', noTarget: 'No target data', unsupportedFilter: 'Targets lack this filter',
    noBase: 'No base-period data', noneDue: 'Nothing due in period',
  },
  charts: {
    monthly: 'Monthly revenue vs target', monthlyHint: 'Bars: this period · line: last year · dashed: target',
    byRegion: 'Revenue by region', byTier: 'Revenue by partner type', byIndustry: 'Revenue by industry', topPartners: 'Top 10 partners by revenue',
    revenue: 'Revenue', lastYear: 'Last year', target: 'Target', unknown: '(blank)', clickToFilter: 'Click a bar or slice to filter',
    share: 'Share', amountAxis: 'Amount (CNY)',
  },
  data: {
    mine: 'My data', sample: 'Sample data', asOf: 'Data as of', rows: 'rows', source: 'Source',
    engineStarting: 'Starting the engine…',
  },
  table: {
    rows: 'rows', row: 'row', exportCsv: 'Export CSV', showMore: 'Show more', showData: 'Show data', savePng: 'Save image', hideData: 'Hide data',
  },
  missing: {
    title: 'Data needed', needs: 'This view needs the "{table}" data.', example: 'Example header: ', dropHint: 'Import that file on the Data page to see it.',
  },
  drill: { all: 'All', up: 'Up one level', path: 'Drill path' },
  notices: {
    urlIgnored: 'Some link parameters were not understood and were ignored: ',
    dismiss: 'Dismiss',
  },
};
