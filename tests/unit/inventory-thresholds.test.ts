/** The inventory page's thresholds: saved in the browser, defaults never stored, bad values ignored. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, THRESHOLDS_KEY, loadLimits, saveLimits, validLimits } from '../../src/views/inventory/thresholds';

function memory(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k), data };
}

describe('stock thresholds setting', () => {
  it('defaults to 2 and 8 weeks', () => {
    expect(DEFAULT_LIMITS).toEqual({ under: 2, over: 8 });
    expect(loadLimits(null)).toEqual({ under: 2, over: 8 });
    expect(loadLimits(memory())).toEqual({ under: 2, over: 8 });
  });
  it('saves and reloads a valid pair; saving the defaults removes the entry', () => {
    const store = memory();
    saveLimits(store, { under: 1.5, over: 12 });
    expect(JSON.parse(store.data.get(THRESHOLDS_KEY)!)).toEqual({ under: 1.5, over: 12 });
    expect(loadLimits(store)).toEqual({ under: 1.5, over: 12 });
    saveLimits(store, { under: 2, over: 8 });
    expect(store.data.has(THRESHOLDS_KEY)).toBe(false);
  });
  it('ignores what is not a valid pair', () => {
    expect(validLimits({ under: 9, over: 8 })).toBe(false);
    expect(validLimits({ under: -1, over: 8 })).toBe(false);
    expect(validLimits({ under: 2, over: 53 })).toBe(false);
    expect(validLimits({ under: '2', over: 8 })).toBe(false);
    expect(validLimits({ under: 3, over: 3 })).toBe(true);
    for (const raw of ['{bad json', '{"under":9,"over":8}', '{"under":null,"over":8}', '[]'])
      expect(loadLimits(memory({ [THRESHOLDS_KEY]: raw }))).toEqual({ under: 2, over: 8 });
    const store = memory();
    saveLimits(store, { under: 9, over: 8 });
    expect(store.data.size).toBe(0);
    const throwing = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(loadLimits(throwing)).toEqual({ under: 2, over: 8 });
    expect(() => saveLimits(throwing, { under: 1, over: 4 })).not.toThrow();
  });
});
