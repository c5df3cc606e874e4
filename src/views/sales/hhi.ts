/**
 * Reading an HHI (0..10000) the way competition authorities do (US DOJ/FTC 2010 bands):
 * above 2,500 highly concentrated, 1,500–2,500 moderately, below 1,500 unconcentrated.
 */
export type HhiBand = 'high' | 'moderate' | 'low';

export const HHI_HIGH = 2500;
export const HHI_MODERATE = 1500;

export function hhiBand(hhi: number | null): HhiBand | null {
  if (hhi === null || !Number.isFinite(hhi)) return null;
  return hhi > HHI_HIGH ? 'high' : hhi >= HHI_MODERATE ? 'moderate' : 'low';
}
