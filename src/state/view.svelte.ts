/**
 * The view state (page, period, filters, comparison, language), kept in the URL.
 * The URL port is passed in so this runs in Node tests without a window.
 */
import type { Dimension, Filters, Scope } from '../metrics/filters';
import { DEFAULT_STATE, decodeState, encodeState, periodEnd, periodStart, type UrlIssue, type ViewState } from './url';

export interface UrlPort {
  read(): string;
  write(search: string, mode: 'push' | 'replace'): void;
  /** Back/forward: call `cb` with the new search string. */
  listen(cb: (search: string) => void): void;
}

export function browserUrlPort(): UrlPort {
  return {
    read: () => location.search,
    write: (search, mode) => {
      const url = `${location.pathname}${search}${location.hash}`;
      if (url === `${location.pathname}${location.search}${location.hash}`) return;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    },
    listen: (cb) => addEventListener('popstate', () => cb(location.search)),
  };
}

export class ViewStore {
  state = $state<ViewState>({ ...DEFAULT_STATE, filters: {} });
  issues = $state<UrlIssue[]>([]);
  #port: UrlPort;

  constructor(port: UrlPort) {
    this.#port = port;
    this.#read(port.read());
    port.listen((search) => this.#read(search));
  }

  #read(search: string) {
    const { state, issues } = decodeState(search);
    this.state = state;
    this.issues = issues;
  }

  /** Merge a partial state and record it in the URL (one history entry per user step). */
  set(partial: Partial<ViewState>, mode: 'push' | 'replace' = 'push') {
    const next: ViewState = { ...this.state, ...partial, filters: { ...(partial.filters ?? this.state.filters) } };
    for (const [dim, values] of Object.entries(next.filters)) if (!values?.length) delete next.filters[dim as Dimension];
    this.state = next;
    this.#port.write(encodeState(next), mode);
  }

  setFilter(dim: Dimension, values: string[]) {
    this.set({ filters: { ...this.state.filters, [dim]: values } });
  }

  /** A click on a chart: select the value, or unselect it when it was the only one selected. */
  toggleFilter(dim: Dimension, value: string) {
    const current = this.state.filters[dim] ?? [];
    const next = current.length === 1 && current[0] === value ? [] : [value];
    this.setFilter(dim, next);
  }

  clearFilters() {
    this.set({ filters: {} });
  }
}

/** The default period: the latest data year, January to the last month with data. */
export function resolveScope(state: ViewState, dataMax: string | null): Scope {
  const max = dataMax ?? new Date().toISOString().slice(0, 10);
  const defaultTo = periodEnd(max.slice(0, 7));
  const to = state.to ? periodEnd(state.to) : defaultTo;
  const from = state.from ? periodStart(state.from) : `${to.slice(0, 4)}-01-01`;
  return { from, to, filters: state.filters as Filters };
}
