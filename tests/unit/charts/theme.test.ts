import { describe, expect, it } from 'vitest';
import {
  CATEGORICAL_PALETTE,
  REGION_COLORS,
  colorFor,
  darkTheme,
  lightTheme,
} from '../../../src/charts/options/theme';

describe('colorFor', () => {
  it('gives the seven regions fixed, distinct palette colours', () => {
    const regions = ['华北', '东北', '华东', '华中', '华南', '西南', '西北'];
    const colours = regions.map((r) => colorFor(r));
    expect(new Set(colours).size).toBe(7);
    expect(colorFor('华东')).toBe(REGION_COLORS['华东']);
    expect(colorFor('华东')).toBe('#2a9d8f');
    for (const c of colours) expect(CATEGORICAL_PALETTE).toContain(c);
  });
  it('is stable for any other key and lands in the palette', () => {
    expect(colorFor('制造业')).toBe(colorFor('制造业'));
    expect(CATEGORICAL_PALETTE).toContain(colorFor('北京某某科技有限公司'));
    expect(colorFor('核心代理')).toBe(colorFor('核心代理', darkTheme));
  });
  it('spreads keys over the palette', () => {
    const keys = Array.from({ length: 60 }, (_, i) => `partner-${i}`);
    expect(new Set(keys.map((k) => colorFor(k))).size).toBeGreaterThanOrEqual(8);
  });
  it('uses the neutral grey for missing values', () => {
    expect(colorFor(null)).toBe(lightTheme.empty);
    expect(colorFor('')).toBe(lightTheme.empty);
    expect(colorFor(undefined, darkTheme)).toBe(darkTheme.empty);
  });
  it('has at least ten categorical colours', () => {
    expect(CATEGORICAL_PALETTE.length).toBeGreaterThanOrEqual(10);
    expect(new Set(CATEGORICAL_PALETTE).size).toBe(CATEGORICAL_PALETTE.length);
  });
});
