/**
 * Traffic-light colours for attainment and other judged figures. The same hues as the KPI cards'
 * accents (app.css --good/--warn/--bad), so a red bar and a red card mean the same thing.
 * Thresholds come from settings (state/settings.ts), never from here.
 */
import { toneFor, type Tone } from '../../state/settings';

export const TONE_COLORS: Readonly<Record<Tone, string>> = {
  good: '#16a34a',
  warn: '#d97706',
  bad: '#dc2626',
  neutral: '#9aa5b1',
};

export interface Thresholds {
  /** At or above: good (green). */
  good: number;
  /** At or above (and below good): warn (amber); below: bad (red). */
  warn: number;
}

export function toneColor(value: number | null, t: Thresholds): string {
  return TONE_COLORS[toneFor(value, t.good, t.warn)];
}

/** Linear blend of two #rrggbb colours, t in 0..1 (clamped). */
export function mixHex(from: string, to: string, t: number): string {
  const k = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * k));
  return `#${out.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}
