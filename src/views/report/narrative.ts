/**
 * The generated sentences of the monthly report: one per section, in the chosen language, built
 * only from the numbers passed in (pure, tested on hand-made inputs). They say what a channel
 * manager would write under each chart: the figure, how far from plan, and the main reason.
 */
import { formatAmount, formatMonth, formatPercent, type Locale } from '../../i18n/format';

type L = Locale;
const zh = (l: L) => l === 'zh-CN';
const amt = (v: number, l: L) => formatAmount(v, l, { currency: true });
const pct = (v: number | null, l: L) => formatPercent(v, l);
const absPct = (v: number, l: L) => formatPercent(Math.abs(v), l);
/** A difference of ratios as unsigned points: 0.142 → "14.2". */
const points = (diff: number, l: L) => new Intl.NumberFormat(l, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(diff) * 100);
/** +¥1.20万 / −¥3,000 (true minus). */
export function signedAmount(v: number, l: L): string {
  const body = amt(Math.abs(v), l);
  return v > 0 ? `+${body}` : v < 0 ? `\u2212${body}` : body;
}
const signedPct = (v: number | null, l: L) => (v === null ? null : `${v > 0 ? '+' : v < 0 ? '\u2212' : ''}${absPct(v, l)}`);
/** 西北 → 西北区 (a bare two-character region name reads better with 区); others unchanged. */
export const regionName = (name: string, l: L) => (zh(l) && /^\p{Script=Han}{2}$/u.test(name) ? `${name}区` : name);
const list = (items: string[], l: L) => items.join(zh(l) ? '、' : ', ');
const n = (v: number, l: L) => v.toLocaleString(l);

export interface SummaryFacts {
  month: string;
  revenue: number;
  target: number | null;
  attainment: number | null;
  lastYear: number;
  growth: number | null;
  ytdAttainment: number | null;
}

export function summarySentence(f: SummaryFacts, l: L): string {
  const m = formatMonth(f.month, l);
  const parts: string[] = [];
  if (zh(l)) {
    let head = `${m}销售额 ${amt(f.revenue, l)}`;
    if (f.attainment !== null && f.target !== null) {
      head += `，完成目标的 ${pct(f.attainment, l)}（目标 ${amt(f.target, l)}）`;
      if (f.attainment !== 1) head += `，${f.attainment < 1 ? '低于' : '超出'}目标 ${points(f.attainment - 1, l)} 个百分点`;
    } else head += '，本月没有可比的目标';
    parts.push(head);
    parts.push(f.growth === null ? '去年同期没有销售额，无法计算同比' : `同比${f.growth >= 0 ? '增长' : '下降'} ${absPct(f.growth, l)}（去年同期 ${amt(f.lastYear, l)}）`);
    const tail = f.ytdAttainment === null ? '' : `今年累计完成率 ${pct(f.ytdAttainment, l)}。`;
    return `${parts.join('；')}。${tail}`;
  }
  let head = `${m} revenue was ${amt(f.revenue, l)}`;
  if (f.attainment !== null && f.target !== null) {
    head += `, ${pct(f.attainment, l)} of the ${amt(f.target, l)} target`;
    if (f.attainment !== 1) head += ` (${points(f.attainment - 1, l)} points ${f.attainment < 1 ? 'below' : 'above'})`;
  } else head += ', with no comparable target';
  parts.push(head);
  parts.push(f.growth === null ? 'there were no sales in the same month last year' : `${f.growth >= 0 ? 'up' : 'down'} ${absPct(f.growth, l)} on last year (${amt(f.lastYear, l)})`);
  const tail = f.ytdAttainment === null ? '' : ` Year to date: ${pct(f.ytdAttainment, l)} of target.`;
  return `${parts.join('; ')}.${tail}`;
}

export interface Mover { name: string; change: number; growth: number | null }
export interface MoverGroup { label: string; gainers: Mover[]; decliners: Mover[] }

function moverText(m: Mover, l: L): string {
  const g = signedPct(m.growth, l);
  const inner = g === null ? signedAmount(m.change, l) : `${signedAmount(m.change, l)}${zh(l) ? '，' : ', '}${g}`;
  return zh(l) ? `${m.name}（${inner}）` : `${m.name} (${inner})`;
}

function moverClause(g: MoverGroup, l: L): string {
  const up = g.gainers[0];
  const down = g.decliners[0];
  if (zh(l)) {
    const a = up ? `${g.label}中增长最多的是${moverText(up, l)}` : `${g.label}中没有同比增长的`;
    return `${a}，${down ? `下降最多的是${moverText(down, l)}` : `没有同比下降的${g.label}`}`;
  }
  const a = up ? `among ${g.label}, ${moverText(up, l)} grew most` : `no ${g.label} grew`;
  return `${a}, ${down ? `${moverText(down, l)} fell most` : `none fell`}`;
}

/** Biggest rise and fall per dimension against the same month last year. */
export function moversSentence(groups: MoverGroup[], l: L): string {
  const clauses = groups.map((g) => moverClause(g, l));
  if (zh(l)) return `与去年同期相比，${clauses.join('；')}。`;
  const text = clauses.join('; ');
  return `Against the same month last year: ${text}.`;
}

export interface BelowItem { name: string; attainment: number | null; gap: number; growth?: number | null }
export interface BelowTargetFacts {
  regions: { total: number; below: BelowItem[] };
  salespeople: { total: number; below: BelowItem[] };
  /** The salesperson of the worst region with the largest shortfall: the "mainly because". */
  driver: BelowItem | null;
  companyGrowth: number | null;
}

function regionPart(f: BelowTargetFacts, l: L): string {
  const worst = f.regions.below[0];
  if (f.regions.total === 0) return zh(l) ? '本月没有按区域设定的目标' : 'No regional targets are set for this month';
  if (!worst) return zh(l) ? `本月 ${f.regions.total} 个区域均达成目标` : `All ${f.regions.total} regions met their target this month`;
  const att = worst.attainment ?? 0;
  const growthNote = worst.growth != null && f.companyGrowth !== null && worst.growth < f.companyGrowth;
  if (zh(l)) {
    let s = `本月 ${f.regions.total} 个区域中有 ${f.regions.below.length} 个未达目标。${regionName(worst.name, l)}本月完成率 ${pct(att, l)}，低于目标 ${points(att - 1, l)} 个百分点`;
    if (f.driver) s += `，主要因为${f.driver.name}完成率仅 ${pct(f.driver.attainment, l)}（缺口 ${amt(f.driver.gap, l)}）`;
    if (growthNote) s += `；该区同比${worst.growth! >= 0 ? '增长' : '下降'} ${absPct(worst.growth!, l)}，低于全公司的 ${signedPct(f.companyGrowth, l)}`;
    return s;
  }
  let s = `${f.regions.below.length} of ${f.regions.total} regions missed their target. ${worst.name} reached ${pct(att, l)}, ${points(att - 1, l)} points short`;
  if (f.driver) s += `, mainly because ${f.driver.name} reached only ${pct(f.driver.attainment, l)} (a ${amt(f.driver.gap, l)} gap)`;
  if (growthNote) s += `; the region grew ${signedPct(worst.growth!, l)} against ${signedPct(f.companyGrowth, l)} for the company`;
  return s;
}

function peoplePart(f: BelowTargetFacts, l: L): string {
  const p = f.salespeople;
  const worst = [...p.below].sort((a, b) => b.gap - a.gap)[0];
  if (p.total === 0) return '';
  if (!worst) return zh(l) ? `${p.total} 名销售均达成目标。` : `All ${p.total} salespeople met their target.`;
  return zh(l)
    ? `${p.total} 名销售中 ${p.below.length} 人未达目标，缺口最大的是${worst.name}（完成率 ${pct(worst.attainment, l)}，缺口 ${amt(worst.gap, l)}）。`
    : `${p.below.length} of ${p.total} salespeople missed their target; the largest gap is ${worst.name}'s (${pct(worst.attainment, l)}, ${amt(worst.gap, l)} short).`;
}

export function belowTargetSentence(f: BelowTargetFacts, l: L): string {
  return `${regionPart(f, l)}${zh(l) ? '。' : '.'}${zh(l) ? '' : ' '}${peoplePart(f, l)}`.trim();
}

export interface InventoryFacts {
  partners: number;
  over: number;
  under: number;
  overstockValue: number;
  /** The over-stocked partner with the most excess value (the list is sorted by it). */
  worst: { name: string; weeks: number | null; noMovement: boolean } | null;
  thresholds: { under: number; over: number };
}

export function inventorySentence(f: InventoryFacts, l: L): string {
  const weeks = (w: { weeks: number | null; noMovement: boolean }) =>
    w.noMovement || w.weeks === null ? (zh(l) ? '无动销' : 'no sales') : zh(l) ? `${w.weeks.toFixed(1)} 周` : `${w.weeks.toFixed(1)} weeks`;
  const { under, over } = f.thresholds;
  if (f.partners === 0) return zh(l) ? '月末没有可计算库存周数的伙伴。' : 'No partner has stock that can be measured in weeks at month end.';
  if (f.over === 0 && f.under === 0)
    return zh(l) ? `月末 ${n(f.partners, l)} 家伙伴的库存均在 ${under}–${over} 周的健康区间。` : `At month end all ${n(f.partners, l)} stocking partners hold ${under}–${over} weeks of stock.`;
  if (zh(l)) {
    const a = f.over > 0 ? `${f.over} 家库存过高（超过 ${over} 周销量），积压金额约 ${amt(f.overstockValue, l)}${f.worst ? `，积压金额最多的是${f.worst.name}（${weeks(f.worst)}）` : ''}` : '没有伙伴库存过高';
    const b = f.under > 0 ? `${f.under} 家库存不足（少于 ${under} 周），需要及时补货` : '没有伙伴库存不足';
    return `月末有库存的 ${n(f.partners, l)} 家伙伴中，${a}；${b}。`;
  }
  const a = f.over > 0 ? `${f.over} hold too much (over ${over} weeks of sales), about ${amt(f.overstockValue, l)} of excess stock${f.worst ? `, most of it at ${f.worst.name} (${weeks(f.worst)})` : ''}` : 'none is over-stocked';
  const b = f.under > 0 ? `${f.under} hold less than ${under} weeks and need restocking` : 'none is under-stocked';
  return `Of ${n(f.partners, l)} stocking partners at month end, ${a}; ${b}.`;
}

export interface CollectionFacts {
  due: number;
  paid: number;
  rate: number | null;
  outstanding: number;
  overdue: number;
  overdueShare: number | null;
  over90: number;
  worst: { name: string; overdue: number; share: number | null } | null;
}

export function collectionSentence(f: CollectionFacts, l: L): string {
  const a = f.rate === null
    ? (zh(l) ? '本月没有到期应收' : 'Nothing fell due this month')
    : zh(l) ? `本月到期应收 ${amt(f.due, l)}，已回款 ${amt(f.paid, l)}，回款率 ${pct(f.rate, l)}` : `${amt(f.due, l)} fell due this month and ${amt(f.paid, l)} was collected: ${pct(f.rate, l)}`;
  if (f.overdue <= 0) return zh(l) ? `${a}；月末没有逾期应收。` : `${a}; nothing is overdue at month end.`;
  const worst = f.worst
    ? zh(l) ? `；逾期最多的是${f.worst.name}（${amt(f.worst.overdue, l)}，占其应收 ${pct(f.worst.share, l)}）` : `; the most overdue is ${f.worst.name} (${amt(f.worst.overdue, l)}, ${pct(f.worst.share, l)} of their receivables)`
    : '';
  return zh(l)
    ? `${a}。月末逾期应收 ${amt(f.overdue, l)}，占全部应收的 ${pct(f.overdueShare, l)}，其中逾期 90 天以上 ${amt(f.over90, l)}${worst}。`
    : `${a}. At month end ${amt(f.overdue, l)} is overdue, ${pct(f.overdueShare, l)} of receivables, ${amt(f.over90, l)} of it over 90 days${worst}.`;
}

export interface PartnerChangeFacts {
  newCount: number;
  newOrdered: number;
  lostCount: number;
  lostTotal: number;
  lostTop: string | null;
  onceOff: number;
  quietDays: number;
}

export function partnerChangeSentence(f: PartnerChangeFacts, l: L): string {
  if (zh(l)) {
    const a = f.newCount > 0 ? `本月新签 ${f.newCount} 家伙伴，其中 ${f.newOrdered} 家已出单` : '本月没有新签伙伴';
    const b = f.lostCount > 0
      ? `${f.lostCount} 家伙伴已超过 ${f.quietDays} 天未下单（视为流失）${f.lostTop ? `，其中贡献最大的是${f.lostTop}` : ''}`
      : `本月没有新增流失伙伴`;
    const c = `截至月末累计 ${n(f.lostTotal, l)} 家伙伴超过 ${f.quietDays} 天未下单`;
    const d = f.onceOff > 0 ? `另有 ${f.onceOff} 家一次性合作伙伴（近 12 个月只在 30 天内下过单），建议回访或淘汰。` : '没有一次性合作伙伴。';
    return `${a}；${b}；${c}。${d}`;
  }
  const a = f.newCount > 0 ? `${f.newCount} partners signed this month, ${f.newOrdered} of them have ordered` : 'No partner signed this month';
  const b = f.lostCount > 0
    ? `${f.lostCount} reached ${f.quietDays} days without an order and count as lost${f.lostTop ? `, the largest being ${f.lostTop}` : ''}`
    : 'no partner was newly lost';
  const c = `${n(f.lostTotal, l)} partners in all have not ordered for ${f.quietDays} days`;
  const d = f.onceOff > 0 ? ` ${f.onceOff} are once-off partners (all orders of the last 12 months within 30 days): follow up or screen them out.` : ' There are no once-off partners.';
  return `${a}; ${b}; ${c}.${d}`;
}

export type MethodName = 'seasonal-trend' | 'seasonal-naive' | 'moving-average' | 'none';
const METHOD: Record<L, Record<MethodName, string>> = {
  'zh-CN': { 'seasonal-trend': '季节趋势法', 'seasonal-naive': '去年同期法', 'moving-average': '近 3 个月移动平均', none: '历史不足' },
  en: { 'seasonal-trend': 'seasonal trend', 'seasonal-naive': 'same month last year', 'moving-average': '3-month moving average', none: 'too little history' },
};

export interface ForecastFacts {
  month: string;
  forecast: number | null;
  method: MethodName;
  wmape: number | null;
  lastYear: number | null;
  target: number | null;
  quota: number;
  split: { name: string; quota: number; share: number }[];
}

export function forecastSentence(f: ForecastFacts, l: L): string {
  const m = formatMonth(f.month, l);
  if (f.forecast === null) return zh(l) ? `历史数据不足，无法预测${m}的销售额。` : `There is too little history to forecast ${m}.`;
  const growth = f.lastYear ? (f.forecast - f.lastYear) / Math.abs(f.lastYear) : null;
  const top = f.split.slice(0, 3).map((s) => (zh(l) ? `${s.name} ${amt(s.quota, l)}（${pct(s.share, l)}）` : `${s.name} ${amt(s.quota, l)} (${pct(s.share, l)})`));
  if (zh(l)) {
    let s = `预计${m}销售额约 ${amt(f.forecast, l)}（${METHOD[l][f.method]}${f.wmape === null ? '' : `；近 6 个月回测误差 WMAPE ${pct(f.wmape, l)}`}）`;
    if (growth !== null) s += `，较去年同期${growth >= 0 ? '增长' : '下降'} ${absPct(growth, l)}`;
    if (f.target !== null && f.target > 0) s += `；下月目标 ${amt(f.target, l)}，按预测可完成 ${pct(f.forecast / f.target, l)}`;
    return top.length ? `${s}。按预测占比拆分建议目标 ${amt(f.quota, l)}：${list(top, l)}${f.split.length > 3 ? '等' : ''}。` : `${s}。`;
  }
  let s = `${m} is forecast at about ${amt(f.forecast, l)} (${METHOD[l][f.method]}${f.wmape === null ? '' : `; 6-month backtest WMAPE ${pct(f.wmape, l)}`})`;
  if (growth !== null) s += `, ${growth >= 0 ? 'up' : 'down'} ${absPct(growth, l)} on last year`;
  if (f.target !== null && f.target > 0) s += `; against a ${amt(f.target, l)} target that is ${pct(f.forecast / f.target, l)}`;
  return top.length ? `${s}. Suggested split of a ${amt(f.quota, l)} quota by forecast share: ${list(top, l)}${f.split.length > 3 ? ', …' : ''}.` : `${s}.`;
}
