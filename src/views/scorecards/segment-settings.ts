/**
 * The partner segment thresholds as a setting kept in this browser (they do not change the
 * salesperson ranking a link shares). Defaults and their reasons: DEFAULT_SEGMENTS in metrics.
 */
import { DEFAULT_SEGMENTS, type SegmentThresholds } from '../../metrics/scorecard-partners';

export const SEGMENTS_KEY = 'channellens.scorecard.segments';
type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The thresholds a person edits (the two context flags keep their defaults). */
export const EDITABLE_THRESHOLDS = ['strategic', 'developGrowth', 'maintain', 'eliminateBelow', 'noOrderDays', 'graceDays'] as const;
export type EditableThreshold = (typeof EDITABLE_THRESHOLDS)[number];

/** Valid when every value is a finite number ≥ 0 (growth may be negative) and scores are ordered. */
export function validThresholds(t: SegmentThresholds): boolean {
  const finite = Object.values(t).every((v) => typeof v === 'number' && Number.isFinite(v));
  return finite && t.strategic >= 0 && t.maintain >= 0 && t.eliminateBelow >= 0 && t.noOrderDays >= 1 && t.graceDays >= 0
    && t.eliminateBelow <= t.maintain && t.maintain <= t.strategic;
}

export function loadThresholds(store: Store): SegmentThresholds {
  try {
    const saved = JSON.parse(store.getItem(SEGMENTS_KEY) ?? 'null') as Partial<SegmentThresholds> | null;
    const merged = { ...DEFAULT_SEGMENTS, ...(saved && typeof saved === 'object' ? saved : {}) };
    return validThresholds(merged) ? merged : { ...DEFAULT_SEGMENTS };
  } catch {
    return { ...DEFAULT_SEGMENTS };
  }
}

export function saveThresholds(store: Store, t: SegmentThresholds): void {
  if (validThresholds(t)) store.setItem(SEGMENTS_KEY, JSON.stringify(t));
}
