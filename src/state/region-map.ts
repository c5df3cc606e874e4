/**
 * Which sales region each province belongs to, for orders and partners that carry a province but
 * no region. A company may put 山东 in 华北 where the default puts it in 华东, so the map is a
 * setting, kept in localStorage as the changes from the default (a new province in a later release
 * keeps its default). It applies when a file is imported; already loaded data keeps its regions.
 */
import { defaultRegionMap, PROVINCES, REGIONS } from '../ingest/places';

export const REGION_MAP_KEY = 'channellens.regionMap';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isProvince = (p: string) => PROVINCES.some((x) => x.short === p);
const isRegion = (r: unknown): r is string => typeof r === 'string' && (REGIONS as readonly string[]).includes(r);

/** The default map with the saved changes applied; unknown provinces or regions in storage are ignored. */
export function loadRegionMap(store: Store | null): Record<string, string> {
  const map = defaultRegionMap();
  try {
    const saved = JSON.parse(store?.getItem(REGION_MAP_KEY) ?? '{}') as Record<string, unknown>;
    for (const [p, r] of Object.entries(saved)) if (isProvince(p) && isRegion(r)) map[p] = r;
  } catch {
    // Unreadable storage: the defaults.
  }
  return map;
}

/** Saves the provinces whose region differs from the default; nothing left to save removes the key. */
export function saveRegionMap(store: Store | null, map: Record<string, string>): void {
  if (!store) return;
  const defaults = defaultRegionMap();
  const changes = Object.fromEntries(Object.entries(map).filter(([p, r]) => isProvince(p) && isRegion(r) && defaults[p] !== r));
  try {
    if (Object.keys(changes).length) store.setItem(REGION_MAP_KEY, JSON.stringify(changes));
    else store.removeItem(REGION_MAP_KEY);
  } catch {
    // Storage full or unavailable: the change lasts for this page only.
  }
}
