/**
 * The planted stories as data (written to planted.json), so tests and README can name the exact
 * partners and people a channel manager is meant to find.
 */
import { iso } from './dates.mjs';

const brief = (p) => ({ partner_id: p.id, partner_name: p.name, tier: p.tier, region: p.region, owner: p.owner.name, status: p.status });

export function describePlanted(world) {
  const { partners, endDay, weakCollectionRep } = world;
  const byRole = (role) => partners.filter((p) => p.role === role);
  return {
    asOf: iso(endDay),
    onceOffPartners: {
      rule: 'exactly one order, or all orders inside one 30-day window, in the last 12 months, and none in the last 180 days',
      partners: byRole('onceOff').map((p) => ({ ...brief(p), first_order_date: iso(p.burstDay) })),
    },
    overstockedDistributors: {
      rule: 'on-hand inventory > 12 weeks of sell-out at the latest snapshot (sell-out halved over the last 6 months while sell-in rose)',
      partners: partners.filter((p) => p.overstocked).map(brief),
    },
    underQuotaRegion: {
      region: '西北',
      rule: 'quota attainment about 75% in the latest year (other regions 90–110%)',
    },
    weakCollectionRep: {
      salesperson: weakCollectionRep.name,
      region: weakCollectionRep.region,
      rule: 'top 3 by revenue; collection rate (paid ÷ amount of invoices due in the latest year) below 60% for the partners this rep owns',
    },
    inactiveSecondTier: {
      rule: 'second-tier resellers (二级经销商) signed over 6 months ago that never ordered',
      partners: byRole('inactive').map(brief),
    },
    churnedPartners: {
      rule: 'ordered regularly, last order more than 6 months (180 days) ago',
      partners: byRole('churned').map((p) => ({ ...brief(p), stopped_by: iso(p.stopDay) })),
    },
  };
}
