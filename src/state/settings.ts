/** Thresholds are settings, not constants (DESIGN.md); these are their defaults. */
export interface Settings {
  /** Quota attainment at or above this is green. */
  attainmentGood: number;
  /** Below this it is red; between the two, amber. */
  attainmentWarn: number;
  /** Trailing window for "active partner". */
  activeWindowDays: number;
  /** Collection rate at or above this is green, below warn red. */
  collectionGood: number;
  collectionWarn: number;
}

export const DEFAULT_SETTINGS: Settings = {
  attainmentGood: 1,
  attainmentWarn: 0.8,
  activeWindowDays: 90,
  collectionGood: 0.9,
  collectionWarn: 0.75,
};

export type Tone = 'good' | 'warn' | 'bad' | 'neutral';

export function toneFor(value: number | null, good: number, warn: number): Tone {
  if (value === null || Number.isNaN(value)) return 'neutral';
  return value >= good ? 'good' : value >= warn ? 'warn' : 'bad';
}
