/**
 * Opportunities (商机) registered by partners. Old ones are closed (赢单 / 输单); recent ones are
 * still open, further along the funnel the older they are. Registered deals (报备) win more often,
 * which is the point of deal registration.
 */
import { iso } from './dates.mjs';
import { WeightedTable } from './prng.mjs';
import { monthShares } from './calendar-model.mjs';
import { drawActivePartner, workdayBetween } from './enablement.mjs';

export const OPPORTUNITY_COUNT = 6000;

/** Median opportunity size (¥) by tier. */
const MEDIAN_AMOUNT = { 核心代理商: 400000, 分销商: 300000, '集成商/ISV': 250000, OEM: 350000, 二级经销商: 80000 };

/** Open stage from how far the deal has come through its expected cycle. */
function openStage(progress) {
  if (progress < 0.25) return '线索';
  if (progress < 0.5) return '需求确认';
  if (progress < 0.75) return '方案报价';
  return '商务谈判';
}

function opportunity(rng, p, created, endDay) {
  const registered = rng.chance(0.65);
  const amount = Math.round((MEDIAN_AMOUNT[p.tier] * rng.lognormal(0.8)) / 1000) * 1000;
  const cycle = Math.min(365, Math.max(10, Math.round(75 * rng.lognormal(0.5))));
  const close = created + cycle;
  // A few deals past their expected date are still open: the stale pipeline every CRM has.
  const slipped = close <= endDay && endDay - close < 60 && rng.chance(0.15);
  if (close <= endDay && !slipped) {
    const won = rng.chance(registered ? 0.48 : 0.3);
    return { stage: won ? '赢单' : '输单', status: won ? 'won' : 'lost', amount, close, registered };
  }
  const stage = slipped ? '商务谈判' : openStage((endDay - created) / cycle);
  return { stage, status: 'open', amount, close, registered };
}

export function buildOpportunities(rng, ctx) {
  const { partners, months, endDay } = ctx;
  const table = new WeightedTable(partners.map((p) => (p.role === 'inactive' ? 0 : p.freq)));
  const monthTable = new WeightedTable(monthShares(months));
  const drafts = [];
  while (drafts.length < OPPORTUNITY_COUNT) {
    const month = months[monthTable.draw(rng)];
    const created = workdayBetween(rng, month.first, month.last);
    // Once-off partners only had deals around their single order; everyone else while active.
    const p = drawActivePartner(rng, partners, table, created,
      (q) => q.role !== 'onceOff' || Math.abs(created - q.burstDay) < 60);
    if (!p) continue;
    drafts.push({ p, created, ...opportunity(rng, p, created, endDay) });
  }
  drafts.sort((a, b) => a.created - b.created || a.p.index - b.p.index);
  return drafts.map((d, i) => [
    `OP${String(i + 1).padStart(6, '0')}`, d.p.id, d.p.owner.name, d.stage, d.amount, iso(d.created), iso(d.close),
    d.status, d.registered,
  ]);
}
