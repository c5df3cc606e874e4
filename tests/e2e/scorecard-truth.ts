/**
 * The salesperson scorecard worked out by the TEST, independently of the app: raw KPIs by native
 * DuckDB SQL over the shipped sample file (sample-truth.ts), then the normalisation, weighting and
 * ranking documented in METRICS.md ("Scorecards") and the page's rules note, re-implemented here.
 */
import type { Truth } from './sample-truth';

export interface RawKpis {
  salesperson: string;
  revenue: number; target: number | null;
  weeksOfSupply: number | null;
  productive: number; newTarget: number | null;
  active2: number; satisfaction: number | null; collection: number | null;
}

/** One row per salesperson (partner owners, order salespeople, quota holders) for [from, to]. */
export async function rawKpis(truth: Truth, from: string, to: string): Promise<RawKpis[]> {
  const rows = await truth.sql(`
WITH p AS (SELECT partner_id, owner, tier, parent_partner_id, signed_date FROM partners),
reps AS (SELECT owner AS sp FROM p WHERE owner IS NOT NULL UNION SELECT salesperson FROM orders WHERE order_date BETWEEN $1::DATE AND $2::DATE
         UNION SELECT salesperson FROM targets WHERE period BETWEEN strftime($1::DATE, '%Y-%m') AND strftime($2::DATE, '%Y-%m')),
rev AS (SELECT salesperson AS sp, SUM(amount) AS revenue FROM orders WHERE order_date BETWEEN $1::DATE AND $2::DATE GROUP BY 1),
tgt AS (SELECT salesperson AS sp, SUM(target_amount) AS target, SUM(target_new_partners) AS target_new FROM targets
        WHERE period BETWEEN strftime($1::DATE, '%Y-%m') AND strftime($2::DATE, '%Y-%m') GROUP BY 1),
snap AS (SELECT partner_id, max(snapshot_date) AS d FROM inventory WHERE snapshot_date <= $2::DATE GROUP BY 1),
stock AS (SELECT i.partner_id, i.product, SUM(i.on_hand_qty) AS qty FROM inventory i JOIN snap ON snap.partner_id = i.partner_id AND i.snapshot_date = snap.d GROUP BY 1, 2),
sold AS (SELECT partner_id, product, SUM(quantity) AS q FROM sellout WHERE date BETWEEN $2::DATE - 90 AND $2::DATE GROUP BY 1, 2),
inv AS (SELECT p.owner AS sp, SUM(s.qty) AS qty, SUM(greatest(COALESCE(x.q, 0), 0) / 13) AS weekly
        FROM stock s JOIN p USING (partner_id) LEFT JOIN sold x ON x.partner_id = s.partner_id AND x.product IS NOT DISTINCT FROM s.product GROUP BY 1),
firsts AS (SELECT p.partner_id, p.owner, p.signed_date, min(o.order_date) FILTER (WHERE o.amount > 0 AND o.order_date >= p.signed_date) AS first
           FROM p LEFT JOIN orders o USING (partner_id) WHERE p.signed_date BETWEEN $1::DATE AND $2::DATE GROUP BY 1, 2, 3),
newp AS (SELECT owner AS sp, count(*) FILTER (WHERE first - signed_date <= 90) AS productive FROM firsts GROUP BY 1),
act2 AS (SELECT p.owner AS sp, count(DISTINCT o.partner_id) AS n FROM orders o JOIN p USING (partner_id)
         WHERE o.amount > 0 AND (p.tier = '二级经销商' OR p.parent_partner_id IS NOT NULL) AND o.order_date BETWEEN $2::DATE - 89 AND $2::DATE GROUP BY 1),
sat AS (SELECT p.owner AS sp, avg(COALESCE(
          (COALESCE(score_training, 0) + COALESCE(score_marketing, 0) + COALESCE(score_supply, 0) + COALESCE(score_price, 0) + COALESCE(score_rebate, 0))
          / nullif((score_training IS NOT NULL)::INT + (score_marketing IS NOT NULL)::INT + (score_supply IS NOT NULL)::INT + (score_price IS NOT NULL)::INT + (score_rebate IS NOT NULL)::INT, 0),
          score_overall)) AS mean
        FROM surveys s JOIN p USING (partner_id) WHERE survey_date BETWEEN $1::DATE AND $2::DATE GROUP BY 1),
col AS (SELECT p.owner AS sp, SUM(r.amount) AS due,
          SUM(CASE WHEN r.paid_date <= $2::DATE OR (r.paid_date IS NULL AND r.paid_amount > 0) THEN COALESCE(r.paid_amount, 0) ELSE 0 END) AS paid
        FROM receivables r JOIN p USING (partner_id) WHERE r.due_date BETWEEN $1::DATE AND $2::DATE GROUP BY 1)
SELECT reps.sp, COALESCE(rev.revenue, 0)::DOUBLE AS revenue, tgt.target::DOUBLE AS target, tgt.target_new::DOUBLE AS target_new,
  inv.qty::DOUBLE AS qty, inv.weekly::DOUBLE AS weekly, COALESCE(newp.productive, 0)::INTEGER AS productive, COALESCE(act2.n, 0)::INTEGER AS active2,
  sat.mean::DOUBLE AS satisfaction, col.due::DOUBLE AS due, col.paid::DOUBLE AS paid
FROM reps LEFT JOIN rev USING (sp) LEFT JOIN tgt USING (sp) LEFT JOIN inv USING (sp) LEFT JOIN newp USING (sp)
  LEFT JOIN act2 USING (sp) LEFT JOIN sat USING (sp) LEFT JOIN col USING (sp) WHERE reps.sp IS NOT NULL ORDER BY 1`, [from, to]);
  const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return rows.map((r) => {
    const qty = n(r.qty);
    const weekly = n(r.weekly) ?? 0;
    const due = n(r.due);
    return {
      salesperson: String(r.sp), revenue: Number(r.revenue), target: n(r.target),
      weeksOfSupply: qty === null ? null : weekly > 0 ? qty / weekly : qty > 0 ? Infinity : null,
      productive: Number(r.productive), newTarget: n(r.target_new), active2: Number(r.active2),
      satisfaction: n(r.satisfaction), collection: due === null || due === 0 ? null : (n(r.paid) ?? 0) / due,
    };
  });
}

export type Weights = { quota: number; inventory: number; new: number; active2: number; satisfaction: number; collection: number };
/** The non-quota targets as the rules note states them (collection in %, satisfaction of 5, band in weeks). */
export type Targets = { active2: number; new: number; collection: number; satisfaction: number; invlow: number; invhigh: number };
/** The page's documented defaults: active second tier 20, new partners 2 without a file target, 100 %, 5, 2–8 weeks. */
export const DEFAULT_TARGETS: Targets = { active2: 20, new: 2, collection: 100, satisfaction: 5, invlow: 2, invhigh: 8 };

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const toTarget = (v: number, t: number | null, cap: number) => (t === null ? null : t <= 0 ? null : 100 * clamp(v / t, 0, cap));

/**
 * The documented rules with the targets in use: inventory 100 inside [invlow, invhigh], linear to 0
 * at 0 weeks and at 2 × invhigh; new partners against the file's target, else `new`; satisfaction
 * 0 at 1 and 100 at its target; collection against its target, capped at 100.
 */
export function scores(k: RawKpis, t: Targets = DEFAULT_TARGETS): Record<keyof Weights, number | null> {
  const w = k.weeksOfSupply;
  const lo = t.invlow;
  const hi = t.invhigh;
  const band = w === null ? null : !Number.isFinite(w) ? 0 : w < lo ? 100 * clamp(w / lo, 0, 1) : w <= hi ? 100 : 100 * clamp((2 * hi - w) / hi, 0, 1);
  return {
    quota: toTarget(k.revenue, k.target, 1.5),
    inventory: band,
    new: toTarget(k.productive, k.newTarget ?? t.new, 1.5),
    active2: toTarget(k.active2, t.active2, 1.5),
    satisfaction: k.satisfaction === null ? null : 100 * clamp((k.satisfaction - 1) / (t.satisfaction - 1), 0, 1),
    collection: k.collection === null ? null : toTarget(k.collection, t.collection / 100, 1),
  };
}

/** Σ weight × score ÷ Σ weights of the scored KPIs; ranked best first, equal totals share a rank. */
export function ranking(raw: RawKpis[], weights: Weights, targets: Targets = DEFAULT_TARGETS): { id: string; total: number; rank: number }[] {
  const totals = raw.map((k) => {
    const s = scores(k, targets);
    const keys = (Object.keys(weights) as (keyof Weights)[]).filter((key) => s[key] !== null);
    const wsum = keys.reduce((a, key) => a + weights[key], 0);
    return { id: k.salesperson, total: keys.reduce((a, key) => a + weights[key] * (s[key] as number), 0) / wsum };
  }).sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
  const out: { id: string; total: number; rank: number }[] = [];
  totals.forEach((t, i) => out.push({ ...t, rank: i > 0 && Math.abs(totals[i - 1].total - t.total) <= 1e-9 ? out[i - 1].rank : i + 1 }));
  return out;
}
