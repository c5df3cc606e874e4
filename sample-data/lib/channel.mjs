/**
 * Inventory and sell-out of the stocking partners (核心代理商, 分销商), derived from their sell-in
 * so the three agree: stock(m) = stock(m−1) + sell-in(m) − sell-out(m), with one monthly
 * snapshot (month end) per partner × product and a few sell-out transactions per month.
 * Each month a partner sells a share of what it has on hand (stock + sell-in): a partner selling
 * half of it holds about 4 weeks of supply; the share varies by partner (≈ 2.5–5 weeks). The planted
 * overstocked distributors keep buying while selling about a seventh of their stock a month over
 * the last six months, so their stock piles up to well over 12 weeks.
 */
import { PRODUCTS } from './catalog.mjs';
import { iso, parts } from './dates.mjs';
import { round2 } from './prng.mjs';

const SELL_THROUGH = [0.45, 0.65];
const OVERSTOCK_MONTHS = 6;
const OVERSTOCK_SELL_THROUGH = 0.14;

/** Average monthly sell-in over the months with any (the partner's usual stock level). */
function typicalMonth(series) {
  let sum = 0;
  let n = 0;
  for (const q of series) {
    if (q > 0) {
      sum += q;
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
}

/** A weekday of the month (sell-out is booked on working days). */
function workday(rng, month) {
  for (let attempt = 0; attempt < 6; attempt++) {
    const d = rng.int(month.first, month.last);
    const wd = parts(d).weekday;
    if (wd !== 0 && wd !== 6) return d;
  }
  return month.first;
}

/**
 * Who bought from the partner on `day`: one of its own second-tier resellers already trading by
 * then (distributors), or an end customer.
 */
function sellOutCustomer(rng, p, ctx, day) {
  if (rng.chance(0.6)) {
    const trading = (ctx.childrenOf.get(p.index) ?? []).filter((c) => c.orderStart <= day);
    if (trading.length > 0) return rng.pick(trading).name;
  }
  return rng.pick(ctx.customers.byCity.get(p.city));
}

/** Split a quantity into 1–3 positive integer transactions. */
function splitQuantity(rng, qty) {
  const n = Math.min(qty, rng.int(1, 3));
  const pieces = [];
  let left = qty;
  for (let i = n; i > 1; i--) {
    const q = Math.max(1, Math.round((left / i) * rng.float(0.6, 1.4)));
    const take = Math.min(q, left - (i - 1));
    pieces.push(take);
    left -= take;
  }
  pieces.push(left);
  return pieces;
}

/** Simulate one partner × product over the window; pushes rows into `out`. */
function simulateLine(rng, ctx, p, k, series, out) {
  const { months } = ctx;
  const product = PRODUCTS[k];
  const firstActive = series.findIndex((q) => q !== 0);
  if (firstActive < 0) return;
  const cost = Math.round(product.list * p.discount);
  const resale = Math.round(product.list * Math.min(0.95, p.discount + 0.18));
  const lastSnapshotDay = p.stopDay === null ? Infinity : p.stopDay + 90; // churned: stop reporting
  // Partners that already carried the product when the window opens start with a month of stock.
  let stock = firstActive === 0 ? Math.round(typicalMonth(series)) : 0;
  for (let m = firstActive; m < months.length; m++) {
    const month = months[m];
    if (month.first > lastSnapshotDay) break;
    const available = Math.max(0, stock + series[m]);
    const overstocking = p.overstocked && m >= months.length - OVERSTOCK_MONTHS;
    const share = (overstocking ? OVERSTOCK_SELL_THROUGH : p.sellThrough) * rng.float(0.9, 1.1);
    // Stochastic rounding, so a last unit or two still sells eventually.
    const sold = Math.min(available, Math.floor(available * share + rng.next()));
    stock = available - sold;
    out.inventory.push([iso(month.last), p.id, product.name, stock, round2(stock * cost)]);
    if (sold > 0) {
      for (const q of splitQuantity(rng, sold)) {
        const day = workday(rng, month);
        out.sellout.push([iso(day), p.id, product.name, sellOutCustomer(rng, p, ctx, day), p.region, q, round2(q * resale)]);
      }
    }
  }
}

const byKeys = (...idx) => (a, b) => {
  for (const i of idx) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return 0;
};

/** Inventory snapshots and sell-out rows, both sorted like their files. */
export function buildChannelStock(rng, ctx, agg) {
  const out = { inventory: [], sellout: [] };
  for (const [partnerIndex, qty] of agg.stockQty) {
    const p = ctx.partners[partnerIndex];
    p.sellThrough = rng.float(SELL_THROUGH[0], SELL_THROUGH[1]);
    for (let k = 0; k < PRODUCTS.length; k++) {
      if (!PRODUCTS[k].stock) continue;
      const series = qty.subarray(k * agg.monthCount, (k + 1) * agg.monthCount);
      simulateLine(rng, ctx, p, k, series, out);
    }
  }
  out.inventory.sort(byKeys(0, 1, 2));
  out.sellout.sort(byKeys(0, 1, 2, 3));
  return out;
}
