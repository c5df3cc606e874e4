/**
 * The partner population (~1,200) with everything order generation needs to know about each
 * partner: how often and how big it buys, when it started and (if it churned) stopped, and
 * which planted story it belongs to. The `role` field drives the planted stories:
 *   regular  – ordinary partner, orders throughout its active life
 *   onceOff  – one deal (1–3 orders inside 30 days) 7–12 months ago, nothing since
 *   churned  – ordered for a long time, then stopped 6+ months ago
 *   inactive – a second-tier reseller that signed but never ordered
 */
import { REGIONS, drawLocation } from './geo.mjs';
import { INDUSTRIES, INDUSTRY_WEIGHTS, PRODUCT_MIX, TIERS, TIER_NAMES } from './catalog.mjs';
import { partnerName } from './names.mjs';
import { apportion, WeightedTable } from './prng.mjs';
import { dayOf } from './dates.mjs';

const FIRST_SIGNING = dayOf(2018, 1, 1);

/** How many partners of each planted kind (see README "Planted stories"). */
export const PLANTED_COUNTS = {
  onceOff: { '集成商/ISV': 10, 二级经销商: 20 },
  churned: { 核心代理商: 3, OEM: 2, '集成商/ISV': 15, 二级经销商: 20 },
  inactive: { 二级经销商: 40 },
  overstocked: 4,
};

/** Regional partner counts per tier; every region gets at least two distributors (parents). */
function regionCounts(tier) {
  const weights = REGIONS.map((r) => r.weight);
  const minimum = tier === '分销商' ? 2 : tier === '核心代理商' ? 1 : 0;
  const spare = TIERS[tier].count - minimum * REGIONS.length;
  return apportion(spare, weights).map((n) => n + minimum);
}

/** One partner with its static attributes (no id yet: ids follow signing order). */
function makePartner(rng, tier, region) {
  const spec = TIERS[tier];
  const { province, city } = drawLocation(rng, region);
  return {
    tier,
    region: region.name,
    province,
    city,
    industry: rng.weighted(INDUSTRIES, INDUSTRY_WEIGHTS),
    certification: rng.weighted(spec.cert.map((c) => c[0]), spec.cert.map((c) => c[1])),
    // Frequency and deal size are both skewed, which together make revenue Pareto-like.
    freq: spec.freq * Math.max(0.1, rng.lognormal(spec.spread ?? 0.7)),
    size: rng.lognormal(0.45),
    trend: 0.18 * rng.normal(), // yearly log-growth of this partner's business
    discount: Math.round((spec.discount + rng.float(-0.03, 0.03)) * 100) / 100,
    role: 'regular',
    status: '合作中',
    stopDay: null,
    burstDay: null,
    overstocked: false,
    parent: null,
  };
}

/** Mark `count` partners of `tier` (still regular) with `role`. */
function assignRole(rng, partners, tier, count, role) {
  const pool = rng.shuffled(partners.filter((p) => p.tier === tier && p.role === 'regular'));
  for (const p of pool.slice(0, count)) p.role = role;
}

/** Signing dates follow the role: once-off partners signed just before their only deal, etc. */
function assignDates(rng, p, endDay) {
  const uniform = (lo, hi) => rng.int(lo, Math.max(lo, hi));
  if (p.role === 'onceOff') {
    p.burstDay = uniform(endDay - 355, endDay - 215);
    p.signed = p.burstDay - rng.int(15, 90);
  } else if (p.role === 'churned') {
    // Either gone for over a year, or stopped 6–9 months ago after months of orders.
    p.stopDay = rng.chance(0.5) ? uniform(endDay - 540, endDay - 380) : uniform(endDay - 270, endDay - 190);
    p.signed = uniform(FIRST_SIGNING, p.stopDay - 400);
  } else if (p.role === 'inactive') {
    p.signed = uniform(FIRST_SIGNING, endDay - 200);
  } else if (p.tier === '分销商') {
    p.signed = uniform(FIRST_SIGNING, dayOf(2020, 6, 30));
  } else if (p.tier === '核心代理商') {
    p.signed = uniform(FIRST_SIGNING, dayOf(2022, 6, 30));
  } else if (p.tier === 'OEM') {
    p.signed = uniform(FIRST_SIGNING, dayOf(2023, 6, 30));
  } else {
    p.signed = uniform(FIRST_SIGNING, endDay - 10);
  }
  // New partners need a while to close a first deal; one in five takes more than 90 days.
  const lag = rng.chance(0.8) ? rng.int(7, 75) : rng.int(90, 200);
  p.orderStart = p.role === 'onceOff' ? p.burstDay : p.signed + lag;
  // Anyone signed half a year ago has started by now; only the planted inactive ones never do.
  if (p.role === 'regular' && p.signed <= endDay - 180) p.orderStart = Math.min(p.orderStart, endDay - 30);
}

/** Second-tier resellers hang under a distributor of their own region that signed before them. */
function assignParents(rng, partners) {
  const distributors = partners.filter((p) => p.tier === '分销商');
  for (const p of partners) {
    if (p.tier !== '二级经销商') continue;
    const local = distributors.filter((d) => d.region === p.region);
    const earlier = local.filter((d) => d.signed <= p.signed - 30);
    if (earlier.length > 0) {
      p.parent = rng.pick(earlier);
    } else {
      p.parent = local.reduce((a, b) => (a.signed <= b.signed ? a : b));
      const shift = p.parent.signed + rng.int(30, 400) - p.signed;
      p.signed += shift;
      p.orderStart += shift;
    }
  }
}

/** Status mirrors behaviour: terminated or paused partners are among the silent ones. */
function assignStatus(rng, p) {
  if (p.role === 'churned') p.status = rng.weighted(['已终止', '暂停', '合作中'], [0.4, 0.2, 0.4]);
  else if (p.role === 'inactive') p.status = rng.chance(0.3) ? '暂停' : '合作中';
  else if (p.role === 'onceOff') p.status = rng.chance(0.2) ? '暂停' : '合作中';
}

/** Owners: a rep of the partner's region; second-tier resellers usually share their parent's rep. */
function assignOwners(rng, partners, reps) {
  for (const p of partners) {
    const local = reps.filter((r) => r.region === p.region);
    p.owner = p.parent && rng.chance(0.7) && p.parent.owner ? p.parent.owner : rng.pick(local);
  }
}

/** Overstocked distributors: in four different regions, all regular and long-standing. */
function pickOverstocked(rng, partners) {
  const picked = [];
  for (const p of rng.shuffled(partners.filter((q) => q.tier === '分销商' && q.role === 'regular'))) {
    if (picked.length < PLANTED_COUNTS.overstocked && !picked.some((q) => q.region === p.region)) picked.push(p);
  }
  for (const p of picked) p.overstocked = true;
}

/**
 * Build all partners and the planted story selections.
 * Returns { partners, weakCollectionRep } with partners sorted by signing date and ids assigned.
 */
export function buildPartners(rng, registry, reps, endDay) {
  const partners = [];
  for (const tier of TIER_NAMES) {
    const counts = regionCounts(tier);
    REGIONS.forEach((region, i) => {
      for (let k = 0; k < counts[i]; k++) partners.push(makePartner(rng, tier, region));
    });
  }
  for (const [role, byTier] of Object.entries(PLANTED_COUNTS)) {
    if (role === 'overstocked') continue;
    for (const [tier, count] of Object.entries(byTier)) assignRole(rng, partners, tier, count, role);
  }
  for (const p of partners) {
    assignDates(rng, p, endDay);
    if (p.role === 'churned') p.freq = Math.max(p.freq, TIERS[p.tier].freq); // they did order regularly
  }
  assignParents(rng, partners);
  pickOverstocked(rng, partners);

  // Ids follow signing order, as a CRM numbering accounts on creation would.
  partners.sort((a, b) => a.signed - b.signed);
  partners.forEach((p, i) => {
    p.index = i;
    p.id = `P${String(i + 1).padStart(5, '0')}`;
    p.name = partnerName(rng, registry, p.city, p.tier);
    p.productTable = new WeightedTable(PRODUCT_MIX[p.tier].map((w) => w * rng.lognormal(0.5)));
    assignStatus(rng, p);
  });
  assignOwners(rng, partners, reps);

  // The planted collection problem: the 华东 rep with the biggest book, whose partners pay badly.
  const book = (rep) => partners.filter((p) => p.owner === rep).reduce((sum, p) => sum + p.freq * p.size * TIERS[p.tier].size, 0);
  const weakCollectionRep = reps.filter((r) => r.region === '华东').reduce((a, b) => (book(b) > book(a) ? b : a));
  for (const p of partners) {
    p.payment = p.owner === weakCollectionRep ? 'bad' : rng.chance(0.12) ? 'late' : 'good';
    // Grow this rep's book further so the rep clearly ranks top 3 on revenue — the point of the story.
    if (p.owner === weakCollectionRep) p.freq *= 1.5;
  }
  return { partners, weakCollectionRep };
}

/** Row for partners.csv (canonical column order). */
export function partnerRow(p, iso) {
  return [
    p.id, p.name, p.tier, p.parent ? p.parent.id : null, p.region, p.province, p.city, p.industry,
    p.owner.name, iso(p.signed), p.status, p.certification,
  ];
}
