/** Ordering of the partner evaluation list (pure): ranked, or second-tier partners under their distributor. */
import type { PartnerScore, Segment } from '../../metrics/scorecard-partners';

export interface ListLine {
  row: PartnerScore;
  /** 1 = a second-tier partner shown under its distributor. */
  depth: 0 | 1;
  /** The row itself is outside the segment filter; it is shown as the parent of one that is in. */
  context: boolean;
  /** Second-tier partners listed under this one. */
  children: number;
}

/** Rows in rank order, filtered to `segment` (null = all). */
export function rankedLines(rows: readonly PartnerScore[], segment: Segment | null): ListLine[] {
  return rows.filter((r) => segment === null || r.segment === segment).map((row) => ({ row, depth: 0, context: false, children: 0 }));
}

/**
 * Each partner in rank order, its second-tier partners (in rank order) right under it. A child
 * whose distributor is not in the list stands on its own. With a segment filter, a distributor
 * outside the segment is still shown (as context) when one of its children is in it.
 */
export function distributorLines(rows: readonly PartnerScore[], segment: Segment | null): ListLine[] {
  const ids = new Set(rows.map((r) => r.id));
  const kids = new Map<string, PartnerScore[]>();
  for (const r of rows) {
    const parent = r.raw.parent_partner_id;
    if (parent && parent !== r.id && ids.has(parent)) kids.set(parent, [...(kids.get(parent) ?? []), r]);
  }
  const inSeg = (r: PartnerScore) => segment === null || r.segment === segment;
  const out: ListLine[] = [];
  for (const r of rows) {
    const parent = r.raw.parent_partner_id;
    if (parent && parent !== r.id && ids.has(parent)) continue;
    const children = (kids.get(r.id) ?? []).filter(inSeg);
    if (!inSeg(r) && children.length === 0) continue;
    out.push({ row: r, depth: 0, context: !inSeg(r), children: kids.get(r.id)?.length ?? 0 });
    for (const c of children) out.push({ row: c, depth: 1, context: false, children: 0 });
  }
  return out;
}
