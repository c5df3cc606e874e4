/**
 * The page's under/over-stock thresholds are settings the user changes on the page. They are
 * page-local and kept in localStorage, not in the URL: the URL codec (state/url.ts) reports
 * unknown parameters, and a threshold is a personal working preference rather than part of the
 * view a link shares. Precedence: saved setting → default. The storage is passed in (tests).
 */
import { DEFAULT_STOCK_THRESHOLDS, type StockThresholds } from '../../metrics/inventory';
export { browserStore } from '../../state/browser-store';

export const THRESHOLDS_KEY = 'channellens.inventory.thresholds';
/** Upper bound of a typed threshold: a year of stock. */
export const MAX_WEEKS = 52;

export type StockLimits = Pick<StockThresholds, 'under' | 'over'>;
export const DEFAULT_LIMITS: StockLimits = { under: DEFAULT_STOCK_THRESHOLDS.under, over: DEFAULT_STOCK_THRESHOLDS.over };

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function validLimits(l: { under: unknown; over: unknown }): l is StockLimits {
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_WEEKS;
  return ok(l.under) && ok(l.over) && l.under <= l.over;
}

/** The saved thresholds, or the defaults when nothing (or something unusable) is saved. */
export function loadLimits(store: Store | null): StockLimits {
  try {
    const raw = store?.getItem(THRESHOLDS_KEY);
    if (!raw) return { ...DEFAULT_LIMITS };
    const parsed = JSON.parse(raw) as { under?: unknown; over?: unknown };
    const l = { under: parsed.under, over: parsed.over };
    return validLimits(l) ? { under: l.under, over: l.over } : { ...DEFAULT_LIMITS };
  } catch {
    return { ...DEFAULT_LIMITS };
  }
}

/** Saves valid thresholds; the defaults are removed rather than stored (nothing to remember). */
export function saveLimits(store: Store | null, l: StockLimits): void {
  if (!store || !validLimits(l)) return;
  try {
    if (l.under === DEFAULT_LIMITS.under && l.over === DEFAULT_LIMITS.over) store.removeItem(THRESHOLDS_KEY);
    else store.setItem(THRESHOLDS_KEY, JSON.stringify({ under: l.under, over: l.over }));
  } catch {
    // Storage full or blocked (private mode): the setting still applies to this visit.
  }
}

