/**
 * Weight, gate and target presets saved by period name (e.g. '2026-H1') in browser storage, so a
 * period's review uses the weights and targets agreed for it (presets saved before targets existed
 * carry none and mean the default targets). The storage is passed in (tests use a Map-backed one); entries
 * that do not parse (edited by hand, older versions) are skipped, never trusted.
 */
import { DEFAULT_TARGETS, parseTargets, type Targets } from '../../state/kpi-targets';
import { parseGates, parseWeights, type WeightKey, type Weights } from '../../state/weights';

export interface Preset { weights: Weights; gates: WeightKey[]; targets: Targets }
export type Presets = Record<string, Preset>;
type Store = Pick<Storage, 'getItem' | 'setItem'>;

export const PRESETS_KEY = 'channellens.scorecard.presets';
const MAX_NAME = 40;

export function loadPresets(store: Store): Presets {
  let raw: unknown;
  try {
    raw = JSON.parse(store.getItem(PRESETS_KEY) ?? '{}');
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: Presets = {};
  for (const [name, entry] of Object.entries(raw as Record<string, unknown>)) {
    const e = entry as { weights?: unknown; gates?: unknown; targets?: unknown } | null;
    const w = parseWeights(e?.weights);
    const gates = parseGates(e?.gates ?? []);
    const t = e?.targets === undefined ? { targets: { ...DEFAULT_TARGETS }, problems: [] } : parseTargets(e.targets);
    if ('weights' in w && gates && !t.problems.length && name.trim() && name.length <= MAX_NAME) out[name] = { weights: w.weights, gates, targets: t.targets };
  }
  return out;
}

/** Save (or overwrite) a preset; returns the new list. Names are trimmed, 1–40 characters. */
export function savePreset(store: Store, name: string, preset: Preset): Presets {
  const key = name.trim();
  if (!key || key.length > MAX_NAME) throw new RangeError('preset name must be 1–40 characters');
  const next = { ...loadPresets(store), [key]: { weights: { ...preset.weights }, gates: [...preset.gates], targets: { ...preset.targets } } };
  store.setItem(PRESETS_KEY, JSON.stringify(next));
  return next;
}

export function deletePreset(store: Store, name: string): Presets {
  const next = loadPresets(store);
  delete next[name];
  store.setItem(PRESETS_KEY, JSON.stringify(next));
  return next;
}

/** Browser storage, or a throwaway one when it is blocked (private mode, sandboxed frames). */
export function browserStore(): Store {
  try {
    localStorage.getItem(PRESETS_KEY);
    return localStorage;
  } catch {
    const m = new Map<string, string>();
    return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v) };
  }
}
