/** What the Partners page asks of metrics/ for its cards: one call, every figure in parallel. */
import type { QueryFn } from '../../engine/query';
import { shiftScope, type CompareKind, type Scope } from '../../metrics/filters';
import { activePartners, newPartners } from '../../metrics/partners';
import { onceOffPartners } from '../../metrics/partners-health';

/** (this − base) ÷ |base|; null when the base is 0 or either side is unknown. */
export function change(current: number | null, base: number | null): number | null {
  if (current === null || base === null || base === 0) return null;
  return (current - base) / Math.abs(base);
}

export async function loadPartnersKpis(query: QueryFn, scope: Scope, compare: CompareKind, activeDays: number) {
  const base = shiftScope(scope, compare);
  const [active, activeBase, fresh, freshBase, onceOff] = await Promise.all([
    activePartners(query, scope, activeDays),
    activePartners(query, base, activeDays),
    newPartners(query, scope),
    newPartners(query, base),
    onceOffPartners(query, scope),
  ]);
  const onceOffAmount = onceOff.rows.reduce((sum, r) => sum + r.amount, 0);
  return { active, activeBase, fresh, freshBase, onceOff, onceOffAmount };
}

export type PartnersKpis = Awaited<ReturnType<typeof loadPartnersKpis>>;
