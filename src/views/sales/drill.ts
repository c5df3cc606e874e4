/**
 * The geographic drill path region → province → city, read from and written to the ordinary
 * filters (so the URL `?region=华东&province=江苏` is the path). Pure, tested in Node.
 */
import type { Filters } from '../../metrics/filters';

export const DRILL_DIMS = ['region', 'province', 'city'] as const;
export type DrillDim = (typeof DRILL_DIMS)[number];

const picked = (filters: Filters, dim: DrillDim) => filters[dim] ?? [];

/**
 * The level the drill chart shows: one below the deepest filtered level, or the deepest itself
 * when that is city (there is nothing below a city: its siblings stay visible, it is highlighted).
 */
export function drillLevel(filters: Filters): DrillDim {
  if (picked(filters, 'province').length || picked(filters, 'city').length) return 'city';
  if (picked(filters, 'region').length) return 'province';
  return 'region';
}

/** The filtered levels, top down, each with its values (the breadcrumb after 全部). */
export function drillPath(filters: Filters): { dim: DrillDim; values: string[] }[] {
  return DRILL_DIMS.filter((d) => picked(filters, d).length).map((dim) => ({ dim, values: [...picked(filters, dim)] }));
}

/** Filters without the levels below `dim` ('all' clears every level). */
export function drillUpTo(filters: Filters, dim: DrillDim | 'all'): Filters {
  const keep = dim === 'all' ? -1 : DRILL_DIMS.indexOf(dim);
  const next: Filters = { ...filters };
  DRILL_DIMS.forEach((d, i) => {
    if (i > keep) delete next[d];
  });
  return next;
}

/**
 * A click on `key` at level `dim`: pick it and forget the deeper levels (they belonged to the
 * previous pick). Clicking the only picked value again unpicks it — the same toggle as other charts.
 */
export function drillInto(filters: Filters, dim: DrillDim, key: string): Filters {
  const current = picked(filters, dim);
  const next = drillUpTo(filters, dim);
  if (current.length === 1 && current[0] === key) delete next[dim];
  else next[dim] = [key];
  return next;
}
