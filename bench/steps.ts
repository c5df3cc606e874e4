/**
 * The 30 drill-down steps of the interaction benchmark: what a channel manager clicks through in a
 * meeting (filter by region, tier, industry, salesperson; drill region → province; change period).
 */
export interface DrillStep { name: string; from: string; to: string; filters: Record<string, string[]> }

const Y = '2026';
const base = { from: `${Y}-01-01`, to: `${Y}-10-31` };
const REGIONS = ['华东', '华南', '华北', '西南', '华中', '东北', '西北'];

function build(): DrillStep[] {
  const steps: DrillStep[] = [];
  for (const r of REGIONS) steps.push({ name: `region ${r}`, ...base, filters: { region: [r] } });
  steps.push({ name: 'province 江苏', ...base, filters: { region: ['华东'], province: ['江苏'] } });
  steps.push({ name: 'province 浙江', ...base, filters: { region: ['华东'], province: ['浙江'] } });
  steps.push({ name: 'province 广东', ...base, filters: { region: ['华南'], province: ['广东'] } });
  for (const t of ['核心代理商', '分销商', '集成商/ISV', '二级经销商']) steps.push({ name: `tier ${t}`, ...base, filters: { tier: [t] } });
  for (const i of ['制造业', '金融', '政府公共事业', '教育']) steps.push({ name: `industry ${i}`, ...base, filters: { industry: [i] } });
  steps.push({ name: 'region+tier', ...base, filters: { region: ['华东'], tier: ['分销商'] } });
  steps.push({ name: 'region+industry', ...base, filters: { region: ['华南'], industry: ['制造业'] } });
  steps.push({ name: 'period Q1', from: `${Y}-01-01`, to: `${Y}-03-31`, filters: {} });
  steps.push({ name: 'period Q2', from: `${Y}-04-01`, to: `${Y}-06-30`, filters: {} });
  steps.push({ name: 'period 2025', from: '2025-01-01', to: '2025-12-31', filters: {} });
  steps.push({ name: 'period H2 2025 华东', from: '2025-07-01', to: '2025-12-31', filters: { region: ['华东'] } });
  steps.push({ name: 'two regions', ...base, filters: { region: ['华东', '华南'] } });
  steps.push({ name: 'two tiers', ...base, filters: { tier: ['核心代理商', '分销商'] } });
  steps.push({ name: 'industry 互联网', ...base, filters: { industry: ['互联网'] } });
  steps.push({ name: 'industry 医疗', ...base, filters: { industry: ['医疗'] } });
  steps.push({ name: 'industry 零售', ...base, filters: { industry: ['零售'] } });
  steps.push({ name: 'clear', ...base, filters: {} });
  return steps;
}

export const DRILL_STEPS: DrillStep[] = build();

/** The same step as a `channelLens.apply()` patch (every dimension named so earlier ones clear). */
export function applyPatch(step: DrillStep): Record<string, unknown> {
  const dims = ['region', 'province', 'city', 'tier', 'industry', 'salesperson'];
  const patch: Record<string, unknown> = { from: step.from, to: step.to };
  for (const d of dims) patch[d] = step.filters[d] ?? [];
  return patch;
}
