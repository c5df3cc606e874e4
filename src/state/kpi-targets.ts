/**
 * Salesperson-scorecard targets of the non-quota KPIs as they travel in the URL (pure, tested in Node):
 *   tgt=active2:15,new:3,collection:95,satisfaction:4.2,invlow:2,invhigh:8
 * Quota is not here: it is each salesperson's own target from the data. The values are in the units
 * people set them in (partners, %, a score out of 5, weeks of supply); the scorecards page turns them
 * into the metric's specs. Only the targets that differ from the defaults are written.
 *
 * Defaults (equal to DEFAULT_SALES_SPECS and the page's settings; a test keeps them equal):
 * - active2 20: active second-tier partners (an order in the 90 days to period end) worth full points;
 * - new 2: productive new partners worth full points, used only when the targets file carries no
 *   target_new_partners for the salesperson (otherwise their own pro-rata target counts);
 * - collection 100 (%): the collection rate worth full points;
 * - satisfaction 5: the mean survey score (1–5) worth full points (1 scores 0, linear);
 * - invlow 2, invhigh 8: the healthy band of weeks of supply (100 points inside it, 0 at 0 weeks and
 *   at twice the upper bound).
 */

export const TARGET_KEYS = ['active2', 'new', 'collection', 'satisfaction', 'invlow', 'invhigh'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];
export type Targets = Record<TargetKey, number>;

export const DEFAULT_TARGETS: Readonly<Targets> = { active2: 20, new: 2, collection: 100, satisfaction: 5, invlow: 2, invhigh: 8 };

/** Sensible bounds, inclusive: a target outside them is refused, never clamped. */
export const TARGET_BOUNDS: Readonly<Record<TargetKey, { min: number; max: number }>> = {
  active2: { min: 1, max: 1000 },
  new: { min: 1, max: 100 },
  collection: { min: 1, max: 100 },
  satisfaction: { min: 2, max: 5 },
  invlow: { min: 0.5, max: 26 },
  invhigh: { min: 1, max: 52 },
};

export const isTargetKey = (k: string): k is TargetKey => (TARGET_KEYS as readonly string[]).includes(k);

/** One value within its bounds (a finite number). */
export function validTarget(key: TargetKey, value: unknown): value is number {
  const b = TARGET_BOUNDS[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= b.min && value <= b.max;
}

/** The healthy band must be a band: its lower bound below its upper bound. */
export const validBand = (t: Readonly<Targets>) => t.invlow < t.invhigh;

export interface TargetProblem { entry: string; reason: 'unknown' | 'malformed' }
export interface TargetsResult { targets: Targets; problems: TargetProblem[] }

function entriesOf(input: unknown): [string, unknown, string][] | null {
  if (typeof input === 'string') {
    return input.split(',').map((p) => p.trim()).filter(Boolean).map((p) => {
      const [k, v, ...rest] = p.split(':');
      const value = v === undefined || rest.length || v.trim() === '' ? Number.NaN : Number(v);
      return [k.trim(), value, p];
    });
  }
  if (input && typeof input === 'object' && !Array.isArray(input)) return Object.entries(input).map(([k, v]) => [k, v, `${k}:${String(v)}`]);
  return null;
}

/**
 * `'active2:15,collection:95'` or `{ active2: 15, collection: 95 }` → all targets (missing keys at
 * their default). Unlike the weights, each entry stands alone: an unknown key ('unknown') or a value
 * that is not a number within its bounds, a repeated key, or a band whose lower bound is not below its
 * upper bound ('malformed') is listed in `problems` and ignored; the good entries still apply.
 */
export function parseTargets(input: unknown): TargetsResult {
  const entries = entriesOf(input);
  if (!entries) return { targets: { ...DEFAULT_TARGETS }, problems: [{ entry: String(input), reason: 'malformed' }] };
  const targets: Targets = { ...DEFAULT_TARGETS };
  const problems: TargetProblem[] = [];
  const seen = new Set<string>();
  for (const [key, value, entry] of entries) {
    if (!isTargetKey(key)) { problems.push({ entry, reason: 'unknown' }); continue; }
    if (seen.has(key) || !validTarget(key, value)) { problems.push({ entry, reason: 'malformed' }); continue; }
    seen.add(key);
    targets[key] = value;
  }
  if (!validBand(targets)) {
    problems.push({ entry: `invlow:${targets.invlow},invhigh:${targets.invhigh}`, reason: 'malformed' });
    targets.invlow = DEFAULT_TARGETS.invlow;
    targets.invhigh = DEFAULT_TARGETS.invhigh;
  }
  return { targets, problems };
}

export function isDefaultTargets(t: Readonly<Targets>): boolean {
  return TARGET_KEYS.every((k) => t[k] === DEFAULT_TARGETS[k]);
}

/** Only the targets that differ from the defaults, in a fixed order ('' when none). */
export function encodeTargets(t: Readonly<Targets>): string {
  return TARGET_KEYS.filter((k) => t[k] !== DEFAULT_TARGETS[k]).map((k) => `${k}:${t[k]}`).join(',');
}
