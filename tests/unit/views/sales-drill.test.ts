import { describe, expect, it } from 'vitest';
import { drillInto, drillLevel, drillPath, drillUpTo } from '../../../src/views/sales/drill';

describe('sales drill path', () => {
  it('shows the level below the deepest pick, cities at the bottom', () => {
    expect(drillLevel({})).toBe('region');
    expect(drillLevel({ tier: ['OEM'] })).toBe('region');
    expect(drillLevel({ region: ['华东'] })).toBe('province');
    expect(drillLevel({ region: ['华东'], province: ['江苏'] })).toBe('city');
    expect(drillLevel({ region: ['华东'], province: ['江苏'], city: ['南京'] })).toBe('city');
    expect(drillLevel({ city: ['南京'] })).toBe('city');
  });

  it('reads the path top down', () => {
    expect(drillPath({ tier: ['OEM'], province: ['江苏'], region: ['华东', '华南'] })).toEqual([
      { dim: 'region', values: ['华东', '华南'] },
      { dim: 'province', values: ['江苏'] },
    ]);
    expect(drillPath({})).toEqual([]);
  });

  it('drilling in picks the value and clears deeper levels; other filters stay', () => {
    expect(drillInto({ tier: ['OEM'] }, 'region', '华东')).toEqual({ tier: ['OEM'], region: ['华东'] });
    expect(drillInto({ region: ['华东'] }, 'province', '江苏')).toEqual({ region: ['华东'], province: ['江苏'] });
    expect(drillInto({ region: ['华东'], province: ['浙江'], city: ['杭州'] }, 'region', '华南')).toEqual({ region: ['华南'] });
    expect(drillInto({ region: ['华东'], province: ['江苏'] }, 'city', '南京')).toEqual({ region: ['华东'], province: ['江苏'], city: ['南京'] });
  });

  it('clicking the picked city again unpicks it', () => {
    expect(drillInto({ region: ['华东'], province: ['江苏'], city: ['南京'] }, 'city', '南京')).toEqual({ region: ['华东'], province: ['江苏'] });
    expect(drillInto({ city: ['南京', '苏州'] }, 'city', '南京')).toEqual({ city: ['南京'] });
  });

  it('going up clears the levels below, or all of them', () => {
    const f = { region: ['华东'], province: ['江苏'], city: ['南京'], industry: ['金融'] };
    expect(drillUpTo(f, 'province')).toEqual({ region: ['华东'], province: ['江苏'], industry: ['金融'] });
    expect(drillUpTo(f, 'region')).toEqual({ region: ['华东'], industry: ['金融'] });
    expect(drillUpTo(f, 'all')).toEqual({ industry: ['金融'] });
  });
});
