/**
 * View state ↔ URL query string, pure (no window access) so it is tested in Node.
 * The URL holds only what the user chose: defaults are never written (Evidence's rule).
 * Values are comma-separated; each value is percent-encoded on its own, so a comma inside a
 * value (`%2C`) never splits it.
 */
import { DIMENSIONS, type Dimension, type Filters } from '../metrics/filters';
import { encodeWeights, isDefaultWeights, parseGates, parseWeights, type WeightKey, type Weights } from './weights';
import { parseDatasets, type DatasetMarker } from './dataset';
import { encodeTargets, isDefaultTargets, parseTargets, type Targets } from './kpi-targets';

export const PAGES = [
  'overview', 'sales', 'partners', 'inventory', 'collections', 'enablement', 'funnel', 'scorecards', 'data', 'report',
] as const;
export type Page = (typeof PAGES)[number];
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const COMPARES = ['yoy', 'mom'] as const;
export type Compare = (typeof COMPARES)[number];

/** Bumped when a parameter changes meaning; old links are read by their own version's rules. */
export const URL_VERSION = '1';

export interface ViewState {
  page: Page;
  /** 'YYYY-MM' or 'YYYY-MM-DD' as the user chose it; null = the default period of the data. */
  from: string | null;
  to: string | null;
  filters: Filters;
  compare: Compare;
  lang: Locale | null;
  /** Scorecard weights (`w`, see weights.ts); null = the defaults. */
  weights: Weights | null;
  /** Scorecard KPIs whose zero fails the review (`gate`); null = none. */
  gates: WeightKey[] | null;
  /** Scorecard targets of the non-quota KPIs (`tgt`, see kpi-targets.ts); null or absent = the defaults. */
  targets?: Targets | null;
  /** The datasets a shared link was made on (`ds`, see dataset.ts). Read only: encodeState never writes it. */
  dataset?: DatasetMarker[] | null;
  /**
   * Addresses of published data (`data`, one parameter each, CSV or Parquet). Loaded only after the
   * user confirms them (views/shell/RemoteConfirm.svelte); kept in the URL so a copied link keeps them.
   */
  data?: string[] | null;
}

export interface UrlIssue { param: string; value: string; reason: 'unknown' | 'malformed' | 'too-long' }

export const DEFAULT_STATE: ViewState = { page: 'overview', from: null, to: null, filters: {}, compare: 'yoy', lang: null, weights: null, gates: null };

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;
const MAX_VALUE_LENGTH = 200;
const MAX_VALUES = 50;
const MAX_ADDRESS_LENGTH = 2048;
const MAX_ADDRESSES = 10;

/** A `data` value worth keeping: an http(s) address, absolute or relative. Whether it may be fetched is decided later. */
function isAddress(value: string): boolean {
  if (!value || value.length > MAX_ADDRESS_LENGTH || /[\u0000-\u001f]/.test(value)) return false;
  try {
    return /^https?:$/.test(new URL(value, 'https://page.invalid/').protocol);
  } catch {
    return false;
  }
}

export function isPeriod(value: string): boolean {
  if (!PERIOD.test(value)) return false;
  if (value.length === 7) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/** Parse a query string (with or without '?'). Bad parameters are reported, never thrown. */
export function decodeState(search: string): { state: ViewState; issues: UrlIssue[] } {
  const state: ViewState = { ...DEFAULT_STATE, filters: {} };
  const issues: UrlIssue[] = [];
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq)) ?? pair;
    const raw = eq < 0 ? '' : pair.slice(eq + 1);
    const value = safeDecode(raw);
    const bad = (reason: UrlIssue['reason']) => issues.push({ param: key, value: (value ?? raw).slice(0, 80), reason });
    if (value === null) { bad('malformed'); continue; }
    if (key === 'v') { if (value !== URL_VERSION) bad('malformed'); continue; }
    if (key === 'page') { if (oneOf(PAGES, value)) state.page = value; else bad('malformed'); continue; }
    if (key === 'compare') { if (oneOf(COMPARES, value)) state.compare = value; else bad('malformed'); continue; }
    if (key === 'lang') { if (oneOf(LOCALES, value)) state.lang = value; else bad('malformed'); continue; }
    if (key === 'from' || key === 'to') { if (isPeriod(value)) state[key] = value; else bad('malformed'); continue; }
    if (key === 'w') { const r = parseWeights(value); if ('weights' in r) state.weights = isDefaultWeights(r.weights) ? null : r.weights; else bad(r.problem); continue; }
    if (key === 'tgt') {
      if (value.length > MAX_VALUE_LENGTH) { bad('too-long'); continue; }
      const t = parseTargets(value);
      for (const p of t.problems) issues.push({ param: key, value: p.entry.slice(0, 80), reason: p.reason });
      if (isDefaultTargets(t.targets)) delete state.targets;
      else state.targets = t.targets;
      continue;
    }
    if (key === 'gate') { const g = parseGates(value); if (g) state.gates = g.length ? g : null; else bad('unknown'); continue; }
    if (key === 'ds') { const d = parseDatasets(raw); if (d) state.dataset = d; else bad('malformed'); continue; }
    if (key === 'data') {
      if (!isAddress(value)) bad('malformed');
      else if ((state.data ?? []).length >= MAX_ADDRESSES) bad('too-long');
      else if (!state.data?.includes(value)) state.data = [...(state.data ?? []), value];
      continue;
    }
    if (oneOf(DIMENSIONS, key)) {
      const values = raw.split(',').map(safeDecode);
      if (values.some((v) => v === null)) { bad('malformed'); continue; }
      const clean = [...new Set((values as string[]).map((v) => v.trim()).filter((v) => v !== ''))];
      if (clean.length > MAX_VALUES || clean.some((v) => v.length > MAX_VALUE_LENGTH)) { bad('too-long'); continue; }
      if (clean.length) state.filters[key] = clean;
      continue;
    }
    bad('unknown');
  }
  if (state.from && state.to && periodStart(state.from) > periodEnd(state.to)) {
    issues.push({ param: 'from', value: `${state.from}..${state.to}`, reason: 'malformed' });
    state.from = null;
    state.to = null;
  }
  return { state, issues };
}

const enc = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
// Keep Chinese and other readable characters readable in the address bar; browsers encode on send.
const readable = (v: string) => enc(v).replace(/(%[89A-F][0-9A-F])+/gi, (m) => safeDecode(m) ?? m);

/** Encode only what differs from the defaults; stable parameter order for readable links. */
export function encodeState(state: ViewState): string {
  const parts: string[] = [];
  if (state.page !== DEFAULT_STATE.page) parts.push(`page=${state.page}`);
  if (state.from) parts.push(`from=${state.from}`);
  if (state.to) parts.push(`to=${state.to}`);
  for (const dim of DIMENSIONS) {
    const values = state.filters[dim];
    if (values?.length) parts.push(`${dim}=${values.map(readable).join(',')}`);
  }
  if (state.compare !== DEFAULT_STATE.compare) parts.push(`compare=${state.compare}`);
  if (state.weights && !isDefaultWeights(state.weights)) parts.push(`w=${encodeWeights(state.weights)}`);
  if (state.gates?.length) parts.push(`gate=${state.gates.join(',')}`);
  if (state.targets && !isDefaultTargets(state.targets)) parts.push(`tgt=${encodeTargets(state.targets)}`);
  if (state.lang) parts.push(`lang=${state.lang}`);
  for (const address of state.data ?? []) parts.push(`data=${encodeURIComponent(address)}`);
  if (parts.length === 0) return '';
  return `?${parts.join('&')}&v=${URL_VERSION}`;
}

/** First day of a 'YYYY-MM' or the day itself. */
export function periodStart(p: string): string {
  return p.length === 7 ? `${p}-01` : p;
}

/** Last day of a 'YYYY-MM' or the day itself. */
export function periodEnd(p: string): string {
  if (p.length !== 7) return p;
  const [y, m] = p.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${p}-${String(last).padStart(2, '0')}`;
}

export type { Dimension };
