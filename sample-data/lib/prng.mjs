/**
 * A small seeded PRNG (mulberry32) and the sampling helpers the generator needs.
 * Every table gets its own stream (`forTable`), so changing how one table is drawn never
 * shifts the numbers of another one — a seed keeps meaning the same dataset.
 */

/** 32-bit string hash (FNV-1a), used to derive per-table seeds from the user seed. */
function hashString(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  constructor(seed) {
    this.state = seed >>> 0;
    this.spareNormal = null;
  }

  /** An independent stream for one purpose, derived from the user seed and a label. */
  static forTable(seed, label) {
    return new Rng((hashString(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0);
  }

  /** mulberry32: uniform in [0, 1). */
  next() {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform float in [lo, hi). */
  float(lo, hi) {
    return lo + (hi - lo) * this.next();
  }

  /** Uniform integer in [lo, hi] (both inclusive). */
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p) {
    return this.next() < p;
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Index drawn with probability proportional to `weights`. */
  weightedIndex(weights) {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  }

  weighted(items, weights) {
    return items[this.weightedIndex(weights)];
  }

  /** Standard normal (Box–Muller, keeping the spare value). */
  normal() {
    if (this.spareNormal !== null) {
      const v = this.spareNormal;
      this.spareNormal = null;
      return v;
    }
    const u = 1 - this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal multiplier with median 1: the skew of deal sizes and partner sizes. */
  lognormal(sigma) {
    return Math.exp(sigma * this.normal());
  }

  /** Fisher–Yates on a copy. */
  shuffled(items) {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

/** Cumulative weights for repeated draws with binary search (the hot path of order generation). */
export class WeightedTable {
  constructor(weights) {
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    for (let i = 0; i < weights.length; i++) {
      total += Math.max(0, weights[i]);
      this.cumulative[i] = total;
    }
    this.total = total;
  }

  draw(rng) {
    const target = rng.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (c[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Split `total` into integer parts proportional to `weights` (largest remainder), summing exactly. */
export function apportion(total, weights) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]]++;
  return parts;
}

export const round2 = (x) => Math.round(x * 100) / 100;
export const round1 = (x) => Math.round(x * 10) / 10;
export const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));
