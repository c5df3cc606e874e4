/**
 * The link "Copy link" hands out: the view state exactly as the URL codec writes it (readable,
 * versioned) plus the `ds` marker naming the data it was made on. Pure, tested in Node.
 */
import { encodeDatasets, type DatasetMarker } from './dataset';
import { URL_VERSION, encodeState, type ViewState } from './url';

/** `base` is origin + path (no query); the result keeps Chinese filter values readable. */
export function shareLink(base: string, state: ViewState, datasets: readonly DatasetMarker[]): string {
  const search = encodeState({ ...state, dataset: null });
  const parts = search ? search.slice(1).split('&').filter((p) => !p.startsWith('v=')) : [];
  if (datasets.length) parts.push(`ds=${encodeDatasets(datasets)}`);
  if (parts.length === 0) return base;
  parts.push(`v=${URL_VERSION}`);
  return `${base}?${parts.join('&')}`;
}
