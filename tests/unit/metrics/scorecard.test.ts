/** The scoring mechanism itself (pure): rules, renormalised weights, gates, ranking with ties. */
import { describe, expect, it } from 'vitest';
import { normalise, rankRows, scoreRow, scoreRows, withWeights, type KpiSpec, type RawRow } from '../../../src/metrics/scorecard';

const TARGET = { kind: 'target', cap: 1.5 } as const;
const BAND = { kind: 'band', low: 2, high: 8, zeroBelow: 0, zeroAbove: 16 } as const;

describe('normalise', () => {
  it('scores against a target: linear below, full at target, capped above', () => {
    expect(normalise(50, 100, TARGET)).toEqual({ score: 50, reason: null });
    expect(normalise(100, 100, TARGET)).toEqual({ score: 100, reason: null });
    expect(normalise(120, 100, TARGET)).toEqual({ score: 120, reason: null });
    expect(normalise(300, 100, TARGET)).toEqual({ score: 150, reason: null }); // capped at 150 %
    expect(normalise(300, 100, { kind: 'target', cap: 1 })).toEqual({ score: 100, reason: null });
    expect(normalise(-10, 100, TARGET)).toEqual({ score: 0, reason: null });
  });

  it('gives no score, with a reason, for a missing value or target and a zero target', () => {
    expect(normalise(null, 100, TARGET)).toEqual({ score: null, reason: 'missing' });
    expect(normalise(50, null, TARGET)).toEqual({ score: null, reason: 'no-target' });
    expect(normalise(50, 0, TARGET)).toEqual({ score: null, reason: 'zero-target' });
  });

  it('scores linear ranges both ways and a healthy band by distance', () => {
    expect(normalise(4, null, { kind: 'linear', zero: 1, full: 5 }).score).toBe(75);
    expect(normalise(0.1, null, { kind: 'linear', zero: 0.5, full: 0 }).score).toBeCloseTo(80, 12); // lower is better
    expect(normalise(9, null, { kind: 'linear', zero: 1, full: 5 }).score).toBe(100);
    // band 2–8: 2 and 8 full; 1 → half way down to 0; 12 → half way to 16; 16+ and Infinity → 0
    expect([2, 8, 5, 1, 0, 12, 16, 20, Infinity].map((w) => normalise(w, null, BAND).score)).toEqual([100, 100, 100, 50, 0, 50, 0, 0, 0]);
  });
});

const SPECS: KpiSpec[] = [
  { key: 'quota', weight: 50, rule: TARGET },
  { key: 'inventory', weight: 20, rule: BAND },
  { key: 'new', weight: 30, rule: TARGET, target: 2, gate: true },
];
const row = (id: string, quota: number | null, target: number | null, wos: number | null, news: number): RawRow<null> => ({
  id, name: id, group: null, raw: null, kpis: { quota: { value: quota, target }, inventory: { value: wos }, new: { value: news } },
});

describe('scoreRow / scoreRows', () => {
  it('weights the scores and renormalises over the KPIs present, saying so', () => {
    // a: quota 100, inventory 100, new 2/2 → 100 × (.5 + .2 + .3) = 100
    expect(scoreRow(row('a', 100, 100, 5, 2), SPECS)).toMatchObject({ total: 100, renormalised: false, missing: [], passed: true });
    // b: inventory missing → weights 50 / 30 over 80: quota 80 × 50/80 + new 50 × 30/80 = 50 + 18.75 = 68.75
    const b = scoreRow(row('b', 80, 100, null, 1), SPECS);
    expect(b).toMatchObject({ total: 68.75, renormalised: true, missing: ['inventory'] });
    expect(b.kpis.map((k) => [k.key, k.score, k.effectiveWeight, k.points])).toEqual([
      ['quota', 80, 0.625, 50], ['inventory', null, null, null], ['new', 50, 0.375, 18.75],
    ]);
    // c: zero quota target → missing with its reason; inventory 12 wk → 50; new 3/2 → 150:
    // (50 × 20 + 150 × 30) / 50 = 110
    const c = scoreRow(row('c', 5, 0, 12, 3), SPECS);
    expect(c.kpis[0]).toMatchObject({ score: null, reason: 'zero-target' });
    expect(c).toMatchObject({ total: 110, missing: ['quota'], renormalised: true });
    // nothing scorable → no total
    expect(scoreRow(row('d', null, 1, null, 1), [SPECS[0], SPECS[1]])).toMatchObject({ total: null, renormalised: false, rank: null });
  });

  it('ranks best first with shared ranks for ties, gated failures last', () => {
    // e: quota 70 → 70 × .5 + 100 × .2 + 100 × .3 = 85; f: quota 100, inventory 1 wk (50), new 2 → 50 + 10 + 30 = 90
    // g: identical to f → tie; h: quota 150 (cap) but new = 0 fails the gate: 75 + 20 + 0 = 95, ranked last
    const ranked = scoreRows([row('e', 70, 100, 5, 2), row('f', 100, 100, 1, 2), row('g', 100, 100, 1, 2), row('h', 200, 100, 5, 0)], SPECS);
    expect(ranked.map((r) => [r.id, r.total, r.rank, r.passed])).toEqual([
      ['f', 90, 1, true], ['g', 90, 1, true], ['e', 85, 3, true], ['h', 95, 4, false],
    ]);
    expect(ranked[3].failedGates).toEqual(['new']);
    // weights from the URL: inventory only → f and g (50) fall below e (100)
    const inv = scoreRows([row('e', 70, 100, 5, 2), row('f', 100, 100, 1, 2)], withWeights(SPECS, { quota: 0, inventory: 1, new: 0 }));
    expect(inv.map((r) => [r.id, r.total, r.rank])).toEqual([['e', 100, 1], ['f', 50, 2]]);
    expect(() => scoreRows([], withWeights(SPECS, { quota: 0, inventory: 0, new: 0 }))).toThrow(RangeError);
    expect(() => scoreRows([], [...SPECS, SPECS[0]])).toThrow(RangeError);
  });

  it('treats near-equal totals as a tie and null totals as unranked', () => {
    const base = scoreRow(row('x', 100, 100, 5, 2), SPECS);
    const rows = [{ ...base, id: 'x', total: 0.3 }, { ...base, id: 'y', total: 0.1 + 0.2 }, { ...base, id: 'z', total: null }];
    expect(rankRows(rows).map((r) => [r.id, r.rank])).toEqual([['x', 1], ['y', 1], ['z', null]]);
  });
});
