import { describe, expect, it } from 'vitest';
import { loadRegionMap, saveRegionMap, REGION_MAP_KEY } from '../../src/state/region-map';

function memory(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) } as Storage;
}

describe('province → region setting', () => {
  it('starts from the default map: 山东 in 华东, 陕西 and 山西 kept apart', () => {
    const map = loadRegionMap(memory());
    expect(map['山东']).toBe('华东');
    expect(map['陕西']).toBe('西北');
    expect(map['山西']).toBe('华北');
    expect(Object.keys(map)).toHaveLength(34);
  });

  it('stores only the changes and reads them back', () => {
    const store = memory();
    saveRegionMap(store, { ...loadRegionMap(store), 山东: '华北' });
    expect(JSON.parse(store.getItem(REGION_MAP_KEY)!)).toEqual({ 山东: '华北' });
    expect(loadRegionMap(store)['山东']).toBe('华北');
    expect(loadRegionMap(store)['江苏']).toBe('华东');
    saveRegionMap(store, loadRegionMap(memory()));
    expect(store.getItem(REGION_MAP_KEY)).toBeNull();
  });

  it('ignores unknown provinces, unknown regions and unreadable storage', () => {
    const store = memory();
    store.setItem(REGION_MAP_KEY, JSON.stringify({ 山东: '火星', 亚特兰蒂斯: '华北', 河南: '华北' }));
    const map = loadRegionMap(store);
    expect([map['山东'], map['河南'], map['亚特兰蒂斯']]).toEqual(['华东', '华北', undefined]);
    store.setItem(REGION_MAP_KEY, '{not json');
    expect(loadRegionMap(store)['河南']).toBe('华中');
  });
});
