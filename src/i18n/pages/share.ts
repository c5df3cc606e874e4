/** Strings of sharing and presenting (copy link, dataset notice, presentation mode). zh-CN is the source of keys. */
const zh = {
  copyLink: '复制链接',
  copyLinkHint: '复制当前视图的链接（含筛选、期间和数据标识）',
  copied: '链接已复制，可直接粘贴到聊天中',
  copyFailed: '无法写入剪贴板，请手动复制下面的链接：',
  present: '演示',
  presentHint: '演示模式（P 键进入，Esc 退出）',
  dataset: {
    differs: '此链接基于数据「{name}」（{rows} 行，指纹 {fp}）生成，当前载入的数据不同：{loaded}。视图照常打开，数字可能与分享者看到的不一致。',
    missing: '此链接基于数据「{name}」（{rows} 行）生成，当前没有载入这份数据。视图照常打开，数字可能与分享者看到的不一致。',
    loaded: '{rows} 行，指纹 {fp}',
    dismiss: '知道了',
  },
  slides: {
    counter: '{i} / {n}',
    prev: '上一页',
    next: '下一页',
    exit: '退出演示',
    period: '期间',
    filters: '筛选',
    noFilters: '未筛选（全部数据）',
    none: '此页面没有可演示的内容',
    kpis: '核心指标',
    month: '月份',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ShareMessages = Widen<typeof zh>;

const en: ShareMessages = {
  copyLink: 'Copy link',
  copyLinkHint: 'Copy a link to this view (filters, period and a data marker)',
  copied: 'Link copied — paste it into a chat',
  copyFailed: 'The clipboard is not available; copy this link by hand:',
  present: 'Present',
  presentHint: 'Presentation mode (P to start, Esc to leave)',
  dataset: {
    differs: 'This link was made on the dataset “{name}” ({rows} rows, fingerprint {fp}); the data loaded here differs: {loaded}. The view opens as usual, but numbers may not match what the sender saw.',
    missing: 'This link was made on the dataset “{name}” ({rows} rows), which is not loaded here. The view opens as usual, but numbers may not match what the sender saw.',
    loaded: '{rows} rows, fingerprint {fp}',
    dismiss: 'Dismiss',
  },
  slides: {
    counter: '{i} / {n}',
    prev: 'Previous',
    next: 'Next',
    exit: 'Leave presentation',
    period: 'Period',
    filters: 'Filters',
    noFilters: 'No filters (all data)',
    none: 'This page has nothing to present',
    kpis: 'Key figures',
    month: 'Month',
  },
};

export const shareMessages: Record<'zh-CN' | 'en', ShareMessages> = { 'zh-CN': zh, en };
