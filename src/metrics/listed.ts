/** The shape of a list-valued metric: rows, or none with the reason (never a silently ignored filter). */
import type { Dimension } from './filters';

export interface Listed<T> {
  rows: T[];
  /** 'unsupported-filter': an active filter dimension (in `dims`) does not exist on these facts. */
  reason: 'unsupported-filter' | null;
  dims: Dimension[];
}

export function unsupportedList<T>(dims: Dimension[]): Listed<T> {
  return { rows: [], reason: 'unsupported-filter', dims };
}

export function listed<T>(rows: T[]): Listed<T> {
  return { rows, reason: null, dims: [] };
}
