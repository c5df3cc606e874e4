/**
 * Chart colours. Calm and professional: one deep blue for "our" series, greys for context
 * (last year, axes), and a fixed categorical palette for dimension values. A dimension value
 * keeps its colour on every chart (colorFor), so 华东 is the same teal on the bar chart, the donut
 * and the trend, and a reader never has to re-learn the legend between panels.
 */
import type { Locale } from '../../i18n/format';

export interface ChartTheme {
  name: 'light' | 'dark';
  primary: string;
  /** Last-year / comparison series. */
  comparison: string;
  /** Target / plan lines. */
  target: string;
  text: string;
  textMuted: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  tooltipBorder: string;
  /** Colour for a missing (NULL) dimension value. */
  empty: string;
  /** Opacity of items outside the current selection. */
  dimOpacity: number;
  fontFamily: string;
}

const FONT =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif';

export const lightTheme: ChartTheme = {
  name: 'light',
  primary: '#1f4e8c',
  comparison: '#9aa5b1',
  target: '#c77c1e',
  text: '#1f2933',
  textMuted: '#616e7c',
  axisLine: '#cbd2d9',
  splitLine: '#e4e7eb',
  tooltipBackground: '#ffffff',
  tooltipBorder: '#cbd2d9',
  empty: '#b0b8c1',
  dimOpacity: 0.25,
  fontFamily: FONT,
};

export const darkTheme: ChartTheme = {
  ...lightTheme,
  name: 'dark',
  primary: '#5b8fd6',
  comparison: '#7b8794',
  target: '#e0a04a',
  text: '#e4e7eb',
  textMuted: '#9aa5b1',
  axisLine: '#52606d',
  splitLine: '#3e4c59',
  tooltipBackground: '#1f2933',
  tooltipBorder: '#52606d',
  empty: '#616e7c',
};

/**
 * Twelve muted, distinguishable hues; order chosen so neighbours contrast. Shared by both
 * themes on purpose: the colour is part of the value's identity, not of the theme.
 */
export const CATEGORICAL_PALETTE: readonly string[] = [
  '#1f4e8c', // deep blue
  '#2a9d8f', // teal
  '#e09f3e', // amber
  '#8e6bb4', // violet
  '#c8553d', // brick
  '#4d908e', // sea green
  '#5b8fd6', // sky blue
  '#a1785c', // clay
  '#6a994e', // olive green
  '#d17a9a', // rose
  '#577590', // slate blue
  '#b8a136', // ochre
];

/** The seven sales regions always get these colours, in the order they are usually listed. */
export const REGION_COLORS: Readonly<Record<string, string>> = {
  华北: CATEGORICAL_PALETTE[0],
  东北: CATEGORICAL_PALETTE[6],
  华东: CATEGORICAL_PALETTE[1],
  华中: CATEGORICAL_PALETTE[2],
  华南: CATEGORICAL_PALETTE[4],
  西南: CATEGORICAL_PALETTE[3],
  西北: CATEGORICAL_PALETTE[7],
};

/** FNV-1a over UTF-16 code units: tiny, deterministic, spreads similar names apart. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A stable colour for a dimension value; null/empty get the theme's neutral grey. */
export function colorFor(key: string | null | undefined, theme: ChartTheme = lightTheme): string {
  if (key === null || key === undefined || key === '') return theme.empty;
  const region = REGION_COLORS[key.trim()];
  if (region) return region;
  return CATEGORICAL_PALETTE[hash(key) % CATEGORICAL_PALETTE.length];
}

/** What every builder receives besides its rows: pure inputs only, no DOM. */
export interface ChartContext {
  locale: Locale;
  /** Container width in CSS pixels; below NARROW_WIDTH labels rotate and truncate. */
  width: number;
  theme?: ChartTheme;
}

export const NARROW_WIDTH = 500;

export function isNarrow(ctx: ChartContext): boolean {
  return ctx.width < NARROW_WIDTH;
}

/** Text style shared by axes, legends and labels. */
export function textStyle(theme: ChartTheme): { color: string; fontFamily: string } {
  return { color: theme.text, fontFamily: theme.fontFamily };
}
