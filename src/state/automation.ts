/**
 * `window.channelLens`: the automation contract of DESIGN.md, used by tests and power users.
 * `apply()` resolves once every visible card and chart shows the new state.
 */
import type { Answer, QueryFn, Row } from '../engine/query';
import { queryLog, type QueryLogEntry } from '../engine/query-log';
import { DIMENSIONS, type Dimension } from '../metrics/filters';
import { whenIdle } from './render-tracker';
import { COMPARES, LOCALES, PAGES, isPeriod, type ViewState } from './url';
import type { ViewStore } from './view.svelte';
import { encodeWeights, isDefaultWeights, parseGates, parseWeights } from './weights';
import { encodeTargets, isDefaultTargets, parseTargets } from './kpi-targets';

export interface PublicState {
  page: string;
  from: string | null;
  to: string | null;
  compare: string;
  lang: string | null;
  [dimension: string]: string | string[] | null;
}

export interface ChannelLensApi {
  query(sql: string, params?: (string | number | boolean | null)[]): Promise<Row[]>;
  tables(): Promise<{ name: string; rows: number }[]>;
  readonly state: PublicState;
  apply(partial: Record<string, unknown>): Promise<void>;
  /** Resolves once every visible card and chart shows the current state. */
  idle(): Promise<void>;
  /** The statements the engine ran since `since` (performance.now() time), with wait and run times. */
  queryLog(since?: number): QueryLogEntry[];
  /**
   * The answers the views have read for the data now loaded (SQL, parameters, rows): what
   * `npm run sample:first-view` stores so the sample's first view paints before the engine is up.
   */
  answers(): Promise<Answer[]>;
  /** Page coordinates of a chart's bar or slice, so a test can click it as a person would. */
  chartPoint(testid: string, key: string): { x: number; y: number } | null;
}

export function toPublic(s: ViewState): PublicState {
  const out: PublicState = { page: s.page, from: s.from, to: s.to, compare: s.compare, lang: s.lang };
  // As in the URL: `w` is 'quota:50,…' (null = defaults), `gate` the gated KPI keys.
  out.w = s.weights ? encodeWeights(s.weights) : null;
  out.gate = [...(s.gates ?? [])];
  // `tgt`: the targets that differ from the defaults, 'active2:15,…' (null = defaults).
  out.tgt = s.targets && !isDefaultTargets(s.targets) ? encodeTargets(s.targets) : null;
  for (const dim of DIMENSIONS) out[dim] = [...(s.filters[dim] ?? [])];
  return out;
}

/** `w`: null clears; otherwise 'quota:20,collection:40' or { quota: 20, collection: 40 }, summing to 100. */
function weightsPatch(value: unknown): ViewState['weights'] {
  if (value == null) return null;
  const r = parseWeights(value);
  if (!('weights' in r)) throw new TypeError(`channelLens.apply: bad weights (${r.problem}: ${r.detail})`);
  return isDefaultWeights(r.weights) ? null : r.weights;
}

/** `tgt`: null clears; otherwise 'active2:15,collection:95' or { active2: 15, collection: 95 }, every entry valid. */
function targetsPatch(value: unknown): ViewState['targets'] {
  if (value == null) return null;
  const r = parseTargets(value);
  if (r.problems.length) throw new TypeError(`channelLens.apply: bad targets (${r.problems.map((p) => `${p.reason}: ${p.entry}`).join('; ')})`);
  return isDefaultTargets(r.targets) ? null : r.targets;
}

/** Validate a partial public state; throws on anything that is not a known key with a sane value. */
export function toViewPatch(current: ViewState, partial: Record<string, unknown>): Partial<ViewState> {
  const patch: Partial<ViewState> = {};
  const filters = { ...current.filters };
  for (const [key, value] of Object.entries(partial)) {
    if ((DIMENSIONS as readonly string[]).includes(key)) {
      const values = value == null ? [] : Array.isArray(value) ? value : [value];
      if (!values.every((v) => typeof v === 'string')) throw new TypeError(`${key}: values must be strings`);
      filters[key as Dimension] = values as string[];
    } else if (key === 'page' && (PAGES as readonly unknown[]).includes(value)) patch.page = value as ViewState['page'];
    else if (key === 'compare' && (COMPARES as readonly unknown[]).includes(value)) patch.compare = value as ViewState['compare'];
    else if (key === 'lang' && (LOCALES as readonly unknown[]).includes(value)) patch.lang = value as ViewState['lang'];
    else if ((key === 'from' || key === 'to') && (value === null || (typeof value === 'string' && isPeriod(value)))) patch[key] = value;
    else if (key === 'w') patch.weights = weightsPatch(value);
    else if (key === 'tgt') patch.targets = targetsPatch(value);
    else if (key === 'gate') {
      const gates = value == null ? [] : parseGates(value);
      if (!gates) throw new TypeError(`channelLens.apply: unknown gate in ${String(value)}`);
      patch.gates = gates.length ? gates : null;
    }
    else throw new TypeError(`channelLens.apply: unknown key or bad value: ${key}`);
  }
  patch.filters = filters;
  return patch;
}

export function installAutomation(
  view: ViewStore,
  query: () => QueryFn,
  chartPoint: ChannelLensApi['chartPoint'],
  answers: ChannelLensApi['answers'],
): ChannelLensApi {
  const api: ChannelLensApi = {
    query: (sql, params) => query()(sql, params ?? []),
    tables: async () => {
      const rows = await query()(
        `SELECT table_name AS name, estimated_size::DOUBLE AS rows FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1`,
      );
      // estimated_size is exact for in-memory tables built by CREATE TABLE AS, but count to be sure.
      return Promise.all(
        rows.map(async (r) => {
          const name = String(r.name);
          const [c] = await query()(`SELECT COUNT(*)::DOUBLE AS n FROM "${name.replace(/"/g, '""')}"`);
          return { name, rows: Number(c.n) };
        }),
      );
    },
    get state() {
      return toPublic(view.state);
    },
    apply: async (partial) => {
      view.set(toViewPatch(view.state, partial));
      await whenIdle();
    },
    idle: whenIdle,
    queryLog,
    chartPoint,
    answers,
  };
  (window as unknown as { channelLens: ChannelLensApi }).channelLens = api;
  return api;
}
