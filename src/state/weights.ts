/**
 * Salesperson-scorecard weights and gates as they travel in the URL (pure, tested in Node):
 *   w=quota:50,inventory:10,new:10,active2:10,satisfaction:10,collection:10   gate=new,collection
 * Short keys people can read and type; the scorecards page maps them to the metric's KPI keys.
 * A key left out of `w` keeps its default weight; the weights must add up to 100.
 */

export const WEIGHT_KEYS = ['quota', 'inventory', 'new', 'active2', 'satisfaction', 'collection'] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];
export type Weights = Record<WeightKey, number>;

/** DESIGN.md's default: quota 50, the five others 10 each (also DEFAULT_SALES_SPECS; a test keeps them equal). */
export const DEFAULT_WEIGHTS: Readonly<Weights> = { quota: 50, inventory: 10, new: 10, active2: 10, satisfaction: 10, collection: 10 };
export const WEIGHT_TOTAL = 100;

export type WeightsResult = { weights: Weights } | { problem: 'unknown' | 'malformed'; detail: string };

export const isWeightKey = (k: string): k is WeightKey => (WEIGHT_KEYS as readonly string[]).includes(k);

/** Sum of the weights; 100 is required, with a little float tolerance (33.3 + 33.3 + 33.4). */
export function weightSum(w: Readonly<Record<string, number>>): number {
  return Object.values(w).reduce((a, v) => a + v, 0);
}
export const sumsTo100 = (w: Readonly<Record<string, number>>) => Math.abs(weightSum(w) - WEIGHT_TOTAL) < 1e-6;

function entriesOf(input: unknown): [string, unknown][] | null {
  if (typeof input === 'string') {
    const parts = input.split(',').map((p) => p.trim()).filter(Boolean);
    const pairs = parts.map((p) => p.split(':'));
    if (pairs.some((p) => p.length !== 2)) return null;
    return pairs.map(([k, v]) => [k.trim(), v.trim() === '' ? Number.NaN : Number(v)]);
  }
  if (input && typeof input === 'object' && !Array.isArray(input)) return Object.entries(input);
  return null;
}

/**
 * `'quota:20,collection:40'` or `{ quota: 20, collection: 40 }` → all six weights (missing keys at
 * their default). Refused: an unknown key ('unknown'); a value that is not a number in 0..100, a
 * repeated key, or a total other than 100 ('malformed').
 */
export function parseWeights(input: unknown): WeightsResult {
  const entries = entriesOf(input);
  if (!entries) return { problem: 'malformed', detail: 'not key:value pairs' };
  const weights: Weights = { ...DEFAULT_WEIGHTS };
  const seen = new Set<string>();
  for (const [key, value] of entries) {
    if (!isWeightKey(key)) return { problem: 'unknown', detail: key };
    if (seen.has(key)) return { problem: 'malformed', detail: `${key} twice` };
    seen.add(key);
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > WEIGHT_TOTAL) return { problem: 'malformed', detail: key };
    weights[key] = value;
  }
  if (!sumsTo100(weights)) return { problem: 'malformed', detail: `sum ${weightSum(weights)}` };
  return { weights };
}

export function isDefaultWeights(w: Readonly<Weights>): boolean {
  return WEIGHT_KEYS.every((k) => w[k] === DEFAULT_WEIGHTS[k]);
}

/** All six, in a fixed order, so a link reads the same every time. */
export function encodeWeights(w: Readonly<Weights>): string {
  return WEIGHT_KEYS.map((k) => `${k}:${w[k]}`).join(',');
}

/** `'new,collection'` or `['new']` → the gated keys in WEIGHT_KEYS order; null when a key is unknown. */
export function parseGates(input: unknown): WeightKey[] | null {
  const list = typeof input === 'string' ? input.split(',') : Array.isArray(input) ? input : null;
  if (!list || !list.every((k) => typeof k === 'string')) return null;
  const keys = new Set((list as string[]).map((k) => k.trim()).filter(Boolean));
  if (![...keys].every(isWeightKey)) return null;
  return WEIGHT_KEYS.filter((k) => keys.has(k));
}
