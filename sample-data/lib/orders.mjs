/**
 * Sell-in orders, generated month by month and written as they go, so 5M orders never sit in
 * memory. While writing, the per-partner / per-rep / per-product monthly sums that the other
 * tables (targets, receivables, inventory, sell-out) are derived from are accumulated.
 */
import { PRODUCTS, INDUSTRIES, INDUSTRY_WEIGHTS, STOCKING_TIERS, TIERS, TIER_NAMES } from './catalog.mjs';
import { apportion, round2, WeightedTable } from './prng.mjs';
import { monthShares, dayTables, drawDay, toWorkday } from './calendar-model.mjs';
import { iso } from './dates.mjs';

/** Relative yearly drift by region: 西北 is losing ground, 华南 gaining. */
const REGION_DRIFT = { 西北: -0.12, 华南: 0.03 };
/** Share of orders credited to a rep drawn from the whole region (covering, key accounts); mostly another rep than the owner. */
const OTHER_REP_SHARE = 0.06;
const RETURN_SHARE = 0.01;

/**
 * Orders placed on purpose rather than drawn: the once-off bursts, the last orders of churned
 * partners, and one recent order per regular partner (so no ordinary partner accidentally looks
 * once-off or churned in a small sample).
 */
function plannedOrders(rng, partners, endDay, totalOrders) {
  const planned = [];
  const add = (p, day, lo, hi) => planned.push({ p, day: toWorkday(day, lo, hi) });
  for (const p of partners) {
    if (p.role === 'onceOff') {
      const n = rng.weighted([1, 2, 3], [0.65, 0.25, 0.1]);
      add(p, p.burstDay, p.burstDay, p.burstDay);
      for (let k = 1; k < n; k++) add(p, p.burstDay + rng.int(3, 25), p.burstDay + 1, p.burstDay + 27);
    } else if (p.role === 'churned') {
      add(p, rng.int(p.stopDay - 150, p.stopDay - 90), p.stopDay - 155, p.stopDay - 85);
      add(p, rng.int(p.stopDay - 15, p.stopDay), p.stopDay - 20, p.stopDay);
      if (p.stopDay > endDay - 365) add(p, rng.int(endDay - 360, endDay - 340), endDay - 362, endDay - 336);
    } else if (p.role === 'regular' && totalOrders >= 40 * partners.length) {
      const lo = Math.max(p.orderStart, endDay - 170);
      if (lo <= endDay) add(p, rng.int(lo, endDay), lo, endDay);
    }
  }
  return planned;
}

/** Draw weights of every partner for one month (0 when it cannot order in that month). */
function partnerWeights(partners, month, lastIndex) {
  const yearsFromEnd = (month.index - lastIndex) / 12;
  const monthDays = month.last - month.first + 1;
  return partners.map((p) => {
    if (p.role === 'onceOff' || p.role === 'inactive') return 0;
    const lo = Math.max(month.first, p.orderStart);
    const hi = Math.min(month.last, p.stopDay ?? month.last);
    if (lo > hi) return 0;
    const ramp = Math.min(1, 0.35 + (month.last - p.orderStart) / 120); // new partners start slowly
    const drift = Math.exp((p.trend + (REGION_DRIFT[p.region] ?? 0)) * yearsFromEnd);
    const stuffing = p.overstocked && yearsFromEnd > -0.5 ? 1.5 : 1; // overstocked: buying hard lately
    return p.freq * drift * ramp * stuffing * ((hi - lo + 1) / monthDays);
  });
}

/** Everything about one order except its id; returns a compact record. */
function drawOrder(rng, ctx, p, day, month) {
  const k = p.productTable.draw(rng);
  const product = PRODUCTS[k];
  const yearEnd = month.month === 12 ? 1.15 : 1;
  let qty = Math.max(1, Math.round(product.baseQty * ctx.tierSize[p.tier] * p.size * rng.lognormal(0.6) * yearEnd));
  if (qty > 20) qty = Math.round(qty / 5) * 5; // user licences are sold in packs
  const promo = rng.chance(0.1) ? 0.95 : 1;
  const unitPrice = Math.round(product.list * p.discount * promo);
  if (rng.chance(RETURN_SHARE)) qty = -Math.max(1, Math.round(qty * rng.float(0.2, 1)));
  const local = ctx.repsByRegion.get(p.region);
  const rep = local.length > 1 && rng.chance(OTHER_REP_SHARE) ? rng.pick(local) : p.owner;
  const industry = rng.chance(0.75) ? p.industry : INDUSTRIES[ctx.industryTable.draw(rng)];
  const city = rng.chance(0.75) ? p.city : rng.pick(ctx.citiesByProvince.get(p.province));
  const names = ctx.customers.byCityIndustry.get(`${city}|${industry}`);
  const customer = names.length > 0 ? rng.pick(names) : rng.pick(ctx.customers.byCity.get(city));
  return { day, p, k, qty, unitPrice, amount: round2(qty * unitPrice), rep, industry, customer };
}

/** Monthly sums kept while streaming (typed arrays: a few hundred KB whatever the order count). */
function makeAggregates(partners, reps, monthCount) {
  const stocking = new Map();
  for (const p of partners) {
    if (STOCKING_TIERS.has(p.tier)) stocking.set(p.index, new Float64Array(PRODUCTS.length * monthCount));
  }
  return {
    monthCount,
    partnerMonth: new Float64Array(partners.length * monthCount),
    repMonth: new Float64Array(reps.length * monthCount),
    monthRevenue: new Float64Array(monthCount),
    stockQty: stocking, // partner index → [product × month] sell-in quantity
  };
}

function accumulate(agg, o, m) {
  agg.partnerMonth[o.p.index * agg.monthCount + m] += o.amount;
  agg.repMonth[o.rep.index * agg.monthCount + m] += o.amount;
  agg.monthRevenue[m] += o.amount;
  const stock = agg.stockQty.get(o.p.index);
  if (stock && PRODUCTS[o.k].stock) stock[o.k * agg.monthCount + m] += o.qty;
}

/**
 * Generate and write all orders in date order. `sink.write(values)` receives canonical rows.
 * Returns the aggregates used by the derived tables.
 */
export function generateOrders(rng, ctx, sink) {
  const { partners, reps, months, endDay, totalOrders } = ctx;
  const planned = plannedOrders(rng, partners, endDay, totalOrders);
  const plannedByMonth = months.map(() => []);
  for (const o of planned) {
    const m = months.findIndex((mm) => o.day >= mm.first && o.day <= mm.last);
    if (m >= 0) plannedByMonth[m].push(o);
  }
  const regular = Math.max(0, totalOrders - planned.length);
  const perMonth = apportion(regular, monthShares(months));
  const days = dayTables(months);
  const agg = makeAggregates(partners, reps, months.length);
  let sequence = 0;

  for (const month of months) {
    const weights = new WeightedTable(partnerWeights(partners, month, months.length - 1));
    const batch = plannedByMonth[month.index].map((o) => drawOrder(rng, ctx, o.p, o.day, month));
    for (let i = 0; i < perMonth[month.index] && weights.total > 0; i++) {
      const p = partners[weights.draw(rng)];
      const day = drawDay(rng, days[month.index], Math.max(month.first, p.orderStart), Math.min(month.last, p.stopDay ?? month.last));
      batch.push(drawOrder(rng, ctx, p, day, month));
    }
    batch.sort((a, b) => a.day - b.day); // stable: equal days keep draw order
    for (const o of batch) {
      sequence++;
      sink.write([
        `SO${String(sequence).padStart(8, '0')}`, iso(o.day), o.p.id, o.p.name, o.rep.name, o.p.region, o.p.province,
        o.p.city, o.industry, o.customer, PRODUCTS[o.k].name, PRODUCTS[o.k].line, o.qty, o.unitPrice, o.amount,
      ]);
      accumulate(agg, o, month.index);
    }
  }
  return agg;
}

/** Lookup tables the order loop needs, built once. */
export function orderContext(base) {
  const repsByRegion = new Map();
  for (const r of base.reps) repsByRegion.set(r.region, [...(repsByRegion.get(r.region) ?? []), r]);
  const citiesByProvince = new Map();
  for (const c of base.cities) citiesByProvince.set(c.province, [...(citiesByProvince.get(c.province) ?? []), c.city]);
  return {
    ...base,
    repsByRegion,
    citiesByProvince,
    industryTable: new WeightedTable(INDUSTRY_WEIGHTS),
    tierSize: Object.fromEntries(TIER_NAMES.map((t) => [t, TIERS[t].size])),
  };
}
