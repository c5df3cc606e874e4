/**
 * The planted stories, recomputed with SQL from the generated files (KPI definitions of
 * DESIGN.md) and compared with planted.json. Used by sample-data/check.mjs.
 */

const ids = (rows) => rows.map((r) => r.partner_id).sort();
const sameSet = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
const pct = (x) => `${(100 * x).toFixed(1)}%`;

async function onceOff(q, asOf, planted, expect) {
  const rows = await q(`WITH recent AS (
      SELECT partner_id, count(*) n, min(order_date) AS first_day, max(order_date) AS last_day FROM orders
      WHERE order_date > DATE '${asOf}' - 365 AND order_date <= DATE '${asOf}' GROUP BY 1)
    SELECT partner_id FROM recent WHERE (n = 1 OR last_day - first_day <= 30) AND last_day <= DATE '${asOf}' - 180`);
  const want = planted.onceOffPartners.partners.map((p) => p.partner_id).sort();
  expect(sameSet(ids(rows), want), `1. once-off partners by SQL: ${rows.length}, exactly the ${want.length} planted ones`);
}

async function overstock(q, asOf, planted, expect) {
  const rows = await q(`WITH last_snap AS (
      SELECT partner_id, sum(on_hand_qty) qty, sum(on_hand_value) AS stock_value FROM inventory
      WHERE snapshot_date = (SELECT max(snapshot_date) FROM inventory) GROUP BY 1),
    weekly AS (SELECT partner_id, sum(quantity) / 13 qty, sum(amount) / 13 amount FROM sellout
      WHERE date > DATE '${asOf}' - 91 GROUP BY 1)
    SELECT l.partner_id, p.tier, l.qty / w.qty AS wos_qty, l.stock_value / w.amount AS wos_value
    FROM last_snap l JOIN weekly w USING (partner_id) JOIN partners p USING (partner_id) ORDER BY wos_qty DESC`);
  const want = planted.overstockedDistributors.partners.map((p) => p.partner_id).sort();
  for (const basis of ['wos_qty', 'wos_value']) {
    const over = rows.filter((r) => r[basis] > 12);
    expect(sameSet(ids(over), want), `2. overstocked (> 12 weeks of supply, ${basis}): ${over.map((r) => `${r.partner_id} ${r[basis].toFixed(1)}w`).join(', ')}`);
    const normal = rows.filter((r) => r[basis] <= 12).map((r) => r[basis]).sort((a, b) => a - b);
    console.log(`      other stocking partners (${basis}): median ${normal[normal.length >> 1].toFixed(1)} weeks, max ${normal.at(-1).toFixed(1)}`);
  }
}

async function quota(q, asOf, expect) {
  const year = asOf.slice(0, 4);
  const rows = await q(`WITH rev AS (SELECT region, sum(amount) v FROM orders WHERE order_date BETWEEN '${year}-01-01' AND DATE '${asOf}' GROUP BY 1),
      tgt AS (SELECT region, sum(target_amount) t FROM targets WHERE period BETWEEN '${year}-01' AND '${asOf.slice(0, 7)}' GROUP BY 1)
    SELECT region, v / t AS attainment FROM rev JOIN tgt USING (region) ORDER BY attainment`);
  console.log(`      attainment ${year} YTD: ${rows.map((r) => `${r.region} ${pct(r.attainment)}`).join(', ')}`);
  const nw = rows.find((r) => r.region === '西北');
  expect(nw.attainment > 0.7 && nw.attainment < 0.8, `3. 西北 attainment ${pct(nw.attainment)} (≈75%)`);
  expect(rows.filter((r) => r.region !== '西北').every((r) => r.attainment >= 0.9 && r.attainment <= 1.1), '3. other regions 90–110%');
}

async function collection(q, asOf, planted, expect) {
  const rep = planted.weakCollectionRep.salesperson;
  const year = asOf.slice(0, 4);
  const ranking = await q(`SELECT salesperson, sum(amount) v, rank() OVER (ORDER BY sum(amount) DESC) AS rk FROM orders
    WHERE order_date BETWEEN '${year}-01-01' AND DATE '${asOf}' GROUP BY 1 ORDER BY rk`);
  const mine = ranking.find((r) => r.salesperson === rep);
  console.log(`      revenue ranking ${year} YTD: ${ranking.slice(0, 5).map((r) => `${r.rk}.${r.salesperson}`).join(' ')}`);
  expect(Number(mine.rk) <= 3, `4. ${rep} is #${mine.rk} by revenue (top 3)`);
  const rates = await q(`SELECT p.owner, sum(r.paid_amount) / sum(r.amount) AS rate FROM receivables r JOIN partners p USING (partner_id)
    WHERE r.due_date BETWEEN '${year}-01-01' AND DATE '${asOf}' GROUP BY 1 ORDER BY rate`);
  const weak = rates.find((r) => r.owner === rep);
  const others = await q(`SELECT sum(r.paid_amount) / sum(r.amount) AS rate FROM receivables r JOIN partners p USING (partner_id)
    WHERE r.due_date BETWEEN '${year}-01-01' AND DATE '${asOf}' AND p.owner <> '${rep}'`);
  console.log(`      collection rate (invoices due ${year}): ${rates.slice(0, 4).map((r) => `${r.owner} ${pct(r.rate)}`).join(', ')} …; all others together ${pct(others[0].rate)}`);
  expect(weak.rate < 0.6, `4. ${rep}'s collection rate ${pct(weak.rate)} (< 60%)`);
  expect(rates[0].owner === rep && others[0].rate > 0.85, `4. ${rep} has the lowest collection rate; all other reps together ${pct(others[0].rate)} (≈90%)`);
}

async function inactiveAndChurned(q, asOf, planted, expect) {
  const never = await q(`SELECT partner_id FROM partners p WHERE tier = '二级经销商' AND signed_date <= DATE '${asOf}' - 180
    AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.partner_id = p.partner_id)`);
  const wantNever = planted.inactiveSecondTier.partners.map((p) => p.partner_id).sort();
  expect(sameSet(ids(never), wantNever), `5. second-tier resellers signed 6+ months ago that never ordered: ${never.length} (planted ${wantNever.length})`);
  const churned = await q(`SELECT partner_id FROM orders GROUP BY 1 HAVING max(order_date) <= DATE '${asOf}' - 180
    AND max(order_date) - min(order_date) > 30`); // more than one burst: not a once-off partner
  const wantChurned = planted.churnedPartners.partners.map((p) => p.partner_id).sort();
  expect(sameSet(ids(churned), wantChurned), `5. churned (orders over more than 30 days, none in the last 180 days): ${churned.length} (planted ${wantChurned.length})`);
}

export async function storyChecks(q, asOf, planted, expect) {
  console.log('\n== planted stories');
  await onceOff(q, asOf, planted, expect);
  await overstock(q, asOf, planted, expect);
  await quota(q, asOf, expect);
  await collection(q, asOf, planted, expect);
  await inactiveAndChurned(q, asOf, planted, expect);
}
