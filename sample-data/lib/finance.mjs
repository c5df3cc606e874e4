/**
 * Money around the orders: monthly quotas per rep (targets), invoices and payments
 * (receivables) and the reps' expense claims.
 */
import { TIERS, EXPENSE_CATEGORIES } from './catalog.mjs';
import { iso, parts } from './dates.mjs';
import { round2 } from './prng.mjs';

/**
 * Quota factor of a rep for a plan year: quotas are set a little above what the rep delivers
 * (attainment ≈ 91–105%), except 西北, whose plan assumed a growth that did not come: about 75%
 * attainment in the latest year (and slipping the year before).
 */
function quotaFactor(rng, rep, year, endYear) {
  if (rep.region === '西北' && year === endYear) return rng.float(1.3, 1.36);
  if (rep.region === '西北' && year === endYear - 1) return rng.float(1.07, 1.12);
  return rng.float(0.95, 1.1);
}

/** One target row per rep per month: the rep's yearly revenue × the month's seasonal share × quota factor. */
export function buildTargets(rng, ctx, agg) {
  const { months, reps } = ctx;
  const M = agg.monthCount;
  const endYear = months[M - 1].year;
  const years = [...new Set(months.map((m) => m.year))];
  const yearRevenue = new Map(years.map((y) => [y, 0]));
  for (const m of months) yearRevenue.set(m.year, yearRevenue.get(m.year) + agg.monthRevenue[m.index]);
  const rows = [];
  for (const rep of reps) {
    const factor = new Map(years.map((y) => [y, quotaFactor(rng, rep, y, endYear)]));
    const repYear = new Map(years.map((y) => [y, 0]));
    for (const m of months) repYear.set(m.year, repYear.get(m.year) + agg.repMonth[rep.index * M + m.index]);
    for (const m of months) {
      const share = agg.monthRevenue[m.index] / yearRevenue.get(m.year);
      const target = repYear.get(m.year) * share * factor.get(m.year) * (1 + 0.03 * rng.normal());
      const newPartners = rng.weighted([0, 1, 2, 3], [0.35, 0.4, 0.2, 0.05]);
      rows.push([m.key, rep.name, rep.region, Math.max(1000, Math.round(target / 1000) * 1000), newPartners]);
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return rows;
}

/**
 * How an invoice gets paid: [probability, outcome] per payment profile. `late` is days after the
 * due date; `share` the part paid when a partner pays only partially and stops.
 */
const PAYMENT_PROFILES = {
  good: [[0.84, { late: [-10, 5] }], [0.11, { late: [6, 50] }], [0.03, { late: [0, 30], share: [0.6, 0.9] }], [0.02, { never: true }]],
  late: [[0.55, { late: [-5, 10] }], [0.33, { late: [15, 70] }], [0.08, { late: [10, 40], share: [0.5, 0.8] }], [0.04, { never: true }]],
  bad: [[0.26, { late: [-5, 15] }], [0.2, { late: [45, 150] }], [0.29, { late: [20, 60], share: [0.2, 0.5] }], [0.25, { never: true }]],
};

/** Paid amount and date of one invoice as known on `endDay` (a payment after it has not happened yet). */
function payment(rng, profile, amount, dueDay, endDay) {
  const entries = PAYMENT_PROFILES[profile];
  const outcome = rng.weighted(entries.map((e) => e[1]), entries.map((e) => e[0]));
  if (outcome.never) return [0, null];
  const paidDay = dueDay + rng.int(outcome.late[0], outcome.late[1]);
  if (paidDay > endDay) return [0, null];
  const paid = outcome.share ? round2(amount * rng.float(outcome.share[0], outcome.share[1])) : amount;
  return [paid, iso(paidDay)];
}

/**
 * One invoice per partner per month with orders (net of returns), dated at month end and due
 * after the tier's payment terms. The weak-collection rep's partners pay badly for the last 18 months.
 */
export function buildReceivables(rng, ctx, agg) {
  const { months, partners, endDay } = ctx;
  const M = agg.monthCount;
  const rows = [];
  for (const month of months) {
    let seq = 0;
    const yyyymm = month.key.replace('-', '');
    for (const p of partners) {
      const amount = round2(agg.partnerMonth[p.index * M + month.index]);
      if (amount < 1) continue;
      const invoiceDay = month.last;
      const dueDay = invoiceDay + TIERS[p.tier].termsDays;
      const profile = p.payment === 'bad' && invoiceDay < endDay - 540 ? 'late' : p.payment;
      const [paid, paidDate] = payment(rng, profile, amount, dueDay, endDay);
      seq++;
      rows.push([`INV${yyyymm}${String(seq).padStart(4, '0')}`, p.id, iso(invoiceDay), iso(dueDay), amount, paid, paidDate]);
    }
  }
  return rows;
}

/**
 * Expense claims: each rep spends a share of the revenue they bring in (about 2–3% in all),
 * split into a few claims per month and category. 西北 travel costs more (long distances), so
 * 西北 also stands out on expense ratio.
 */
const EXPENSE_SPEC = {
  差旅: { rows: [2, 4], rate: 0.009 },
  业务: { rows: [1, 3], rate: 0.006 },
  市场: { rows: [0, 2], rate: 0.01 },
};

/** A rep's typical monthly revenue (year average), so spending does not swing with each month's orders. */
function typicalRevenue(agg, rep) {
  const M = agg.monthCount;
  let sum = 0;
  for (let m = 0; m < M; m++) sum += agg.repMonth[rep.index * M + m];
  return sum / M;
}

export function buildExpenses(rng, ctx, agg) {
  const rows = [];
  const typical = new Map(ctx.reps.map((r) => [r, typicalRevenue(agg, r)]));
  for (const month of ctx.months) {
    for (const rep of ctx.reps) {
      for (const category of EXPENSE_CATEGORIES) {
        const spec = EXPENSE_SPEC[category];
        const n = rng.int(spec.rows[0], spec.rows[1]);
        const distance = category === '差旅' && rep.region === '西北' ? 1.6 : 1;
        const budget = typical.get(rep) * spec.rate * distance * rng.float(0.7, 1.3);
        for (let i = 0; i < n; i++) {
          let day = rng.int(month.first, month.last);
          const wd = parts(day).weekday;
          if (wd === 0 || wd === 6) day = Math.max(month.first, day - (wd === 0 ? 2 : 1));
          rows.push([iso(day), rep.name, rep.region, category, round2((budget / n) * rng.float(0.6, 1.4))]);
        }
      }
    }
  }
  rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0));
  return rows;
}
