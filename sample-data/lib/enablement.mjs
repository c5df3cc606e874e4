/**
 * Partner enablement and marketing: trainings, semi-annual satisfaction surveys and marketing
 * activities. Their volume does not depend on --orders (the channel team's calendar is the same).
 */
import { TRAINING_TYPES } from './catalog.mjs';
import { REGIONS } from './geo.mjs';
import { dayOf, iso, parts } from './dates.mjs';
import { clamp, round1, WeightedTable } from './prng.mjs';

export const TRAINING_COUNT = 1500;
export const ACTIVITY_COUNT = 400;

/** A partner can take part in something between signing and two months after it stopped. */
export const activeAt = (p, day) => p.signed <= day && (p.stopDay === null || day <= p.stopDay + 60);

/** Random working day in [lo, hi]. */
export function workdayBetween(rng, lo, hi) {
  for (let attempt = 0; attempt < 8; attempt++) {
    const d = rng.int(lo, hi);
    const wd = parts(d).weekday;
    if (wd !== 0 && wd !== 6) return d;
  }
  return lo;
}

/** Draw a partner active on `day` from a weighted table (rejection sampling, then any active one). */
export function drawActivePartner(rng, partners, table, day, accept = () => true) {
  for (let attempt = 0; attempt < 40; attempt++) {
    const p = partners[table.draw(rng)];
    if (activeAt(p, day) && accept(p)) return p;
  }
  return partners.find((p) => activeAt(p, day) && accept(p)) ?? null;
}

const TRAINING_TIER_WEIGHT = { 核心代理商: 4, 分销商: 3, '集成商/ISV': 3, OEM: 1.5, 二级经销商: 0.6 };
const TRAINING_SIZE = { 核心代理商: [3, 20], 分销商: [3, 20], '集成商/ISV': [2, 15], OEM: [1, 8], 二级经销商: [1, 6] };
const PASS_RATE = { 产品培训: [0.85, 1], 技术认证: [0.55, 0.9], 销售技巧: [0.9, 1], 实施交付: [0.7, 0.95] };

export function buildTrainings(rng, ctx) {
  const { partners, months, endDay } = ctx;
  const table = new WeightedTable(partners.map((p) => TRAINING_TIER_WEIGHT[p.tier] * (p.role === 'inactive' ? 0.3 : 1)));
  const drafts = [];
  for (let i = 0; i < TRAINING_COUNT; i++) {
    const day = workdayBetween(rng, months[0].first, endDay);
    const p = drawActivePartner(rng, partners, table, day);
    if (!p) continue;
    const type = rng.weighted(TRAINING_TYPES, [0.4, 0.25, 0.2, 0.15]);
    const [lo, hi] = TRAINING_SIZE[p.tier];
    const attendees = rng.int(lo, hi);
    const rate = rng.float(PASS_RATE[type][0], PASS_RATE[type][1]);
    drafts.push({ day, p, type, attendees, passed: Math.min(attendees, Math.round(attendees * rate)) });
  }
  drafts.sort((a, b) => a.day - b.day || a.p.index - b.p.index);
  return drafts.map((d, i) => [`TR${String(i + 1).padStart(5, '0')}`, iso(d.day), d.p.id, d.type, d.attendees, d.passed]);
}

/** Survey waves: mid-June and mid-December of every year inside the window. */
function surveyWaves(months, endDay) {
  const waves = [];
  for (const year of new Set(months.map((m) => m.year))) {
    for (const month of [6, 12]) {
      const first = dayOf(year, month, 8);
      if (first >= months[0].first && first + 14 <= endDay) waves.push(first);
    }
  }
  return waves;
}

/** Share of partners of each tier that answer a wave (the big ones always do). */
const RESPONSE_RATE = { 核心代理商: 0.92, 分销商: 0.95, '集成商/ISV': 0.42, OEM: 0.6, 二级经销商: 0.22 };

/**
 * Scores on a 1–5 scale around a partner's latent satisfaction. Price and rebate always score
 * lowest (partners complain about margin); 西北 partners and partners about to churn are unhappier.
 */
function surveyRow(rng, p, day) {
  let mood = p.mood + 0.12 * rng.normal();
  if (p.stopDay !== null && day > p.stopDay - 240) mood -= 0.6;
  const score = (offset, spread) => clamp(round1(mood + offset + spread * rng.normal()), 1, 5);
  const dims = [score(0.1, 0.35), score(-0.1, 0.4), score(0.2, 0.3), score(-0.35, 0.4), score(-0.4, 0.45)];
  const overall = clamp(round1(dims.reduce((a, b) => a + b, 0) / dims.length + 0.15 * rng.normal()), 1, 5);
  const nps = clamp(Math.round(((overall - 1) / 4) * 10 + 1.2 * rng.normal()), 0, 10);
  return [iso(day), p.id, ...dims, overall, nps];
}

export function buildSurveys(rng, ctx) {
  const { partners, months, endDay } = ctx;
  for (const p of partners) p.mood = 3.95 + 0.35 * rng.normal() - (p.region === '西北' ? 0.25 : 0);
  const rows = [];
  for (const wave of surveyWaves(months, endDay)) {
    for (const p of partners) {
      if (p.role === 'inactive' || !activeAt(p, wave - 30) || !rng.chance(RESPONSE_RATE[p.tier])) continue;
      rows.push(surveyRow(rng, p, workdayBetween(rng, wave, wave + 14)));
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return rows;
}

/** Per activity type: cost range (¥), attendees range (promotions have none), month preference. */
const ACTIVITY_SPEC = {
  路演: { weight: 0.25, cost: [40000, 150000], attendees: [60, 300] },
  研讨会: { weight: 0.35, cost: [15000, 80000], attendees: [30, 150] },
  短训班: { weight: 0.2, cost: [5000, 25000], attendees: [10, 40] },
  促销: { weight: 0.2, cost: [30000, 200000], attendees: null, months: [6, 11, 12] }, // 618, 双11, year end
};

function activityRow(rng, ctx, table, type, day) {
  const spec = ACTIVITY_SPEC[type];
  const region = rng.weighted(REGIONS, REGIONS.map((r) => r.weight)).name;
  const partner = rng.chance(0.6) ? drawActivePartner(rng, ctx.partners, table, day, (p) => p.region === region) : null;
  const cost = Math.round(rng.float(spec.cost[0], spec.cost[1]) / 100) * 100;
  const attendees = spec.attendees ? rng.int(spec.attendees[0], spec.attendees[1]) : null;
  const leads = attendees ? Math.round(attendees * rng.float(0.1, 0.45)) : rng.int(20, 200);
  // Return takes time: recent activities have little attributed revenue yet; some never pay off.
  const matured = day < ctx.endDay - 60 && rng.chance(0.88);
  const revenue = matured ? Math.round((cost * Math.exp(1.1 + 0.8 * rng.normal())) / 100) * 100 : 0;
  return { day, type, region, partner, cost, attendees, leads, revenue };
}

export function buildActivities(rng, ctx) {
  const { partners, months, endDay } = ctx;
  const weight = { 核心代理商: 3, 分销商: 3, '集成商/ISV': 1, OEM: 0.5, 二级经销商: 0 };
  const table = new WeightedTable(partners.map((p) => (p.role === 'regular' ? weight[p.tier] : 0)));
  const types = Object.keys(ACTIVITY_SPEC);
  const drafts = [];
  while (drafts.length < ACTIVITY_COUNT) {
    const type = rng.weighted(types, types.map((t) => ACTIVITY_SPEC[t].weight));
    const month = rng.pick(months);
    const preferred = ACTIVITY_SPEC[type].months;
    if (preferred && !preferred.includes(month.month) && rng.chance(0.7)) continue; // promotions cluster
    drafts.push(activityRow(rng, ctx, table, type, workdayBetween(rng, month.first, Math.min(month.last, endDay))));
  }
  drafts.sort((a, b) => a.day - b.day);
  return drafts.map((d, i) => [
    `AC${String(i + 1).padStart(4, '0')}`, iso(d.day), d.type, d.region, d.partner ? d.partner.id : null,
    d.cost, d.attendees, d.leads, d.revenue,
  ]);
}
