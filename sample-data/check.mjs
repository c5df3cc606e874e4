#!/usr/bin/env node
/**
 * Verifies a generated sample set with native DuckDB: canonical columns and types (against
 * src/ingest/schema.ts), internal consistency, seasonality, and the planted stories of
 * planted.json. Prints a report; exits 1 if a check fails.
 *
 *   node sample-data/check.mjs [--dir public/sample]
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { TABLES } from './lib/tables.mjs';
import { storyChecks } from './lib/check-stories.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dirArg = process.argv.indexOf('--dir');
const dir = path.resolve(dirArg > 0 ? process.argv[dirArg + 1] : path.join(here, '..', 'public', 'sample'));

const failures = [];
export const expect = (ok, message) => {
  console.log(`${ok ? '  ok  ' : ' FAIL '} ${message}`);
  if (!ok) failures.push(message);
};

/** Canonical columns parsed from schema.ts (it is TypeScript, so read it as text). */
function schemaColumns() {
  const text = fs.readFileSync(path.join(here, '..', 'src', 'ingest', 'schema.ts'), 'utf8');
  const tables = {};
  let current = null;
  for (const line of text.split('\n')) {
    const table = line.match(/^ {2}(\w+): \{$/);
    if (table) current = tables[table[1]] = [];
    const column = line.match(/col\('(\w+)', '(\w+)'/);
    if (column && current) current.push(`${column[1]}:${column[2]}`);
  }
  return tables;
}

async function load(connection, manifest) {
  for (const t of manifest.tables) {
    const file = path.join(dir, t.file).replaceAll("'", "''");
    const spec = TABLES[t.name];
    const source = t.file.endsWith('.parquet')
      ? `read_parquet('${file}')`
      : `read_csv('${file}', header = true, auto_detect = false, columns = {${spec.columns.map((c) => `'${c.name}': '${c.type}'`).join(', ')}})`;
    await connection.run(`CREATE TABLE "${t.name}" AS SELECT * FROM ${source}`);
  }
}

async function checkSchema(q, manifest) {
  console.log('\n== schema and row counts');
  const canonical = schemaColumns();
  for (const t of manifest.tables) {
    const described = await q(`DESCRIBE "${t.name}"`);
    const actual = described.map((r) => `${r.column_name}:${r.column_type}`).join(' ');
    expect(actual === canonical[t.name].join(' '), `${t.name}: columns and types match schema.ts`);
    const [{ n }] = await q(`SELECT count(*)::INTEGER AS n FROM "${t.name}"`);
    expect(n === t.rows, `${t.name}: ${n} rows = manifest ${t.rows}`);
  }
}

async function checkConsistency(q) {
  console.log('\n== consistency');
  const one = async (sql) => Number(Object.values((await q(sql))[0])[0]);
  expect((await one(`SELECT count(*) FROM orders WHERE abs(amount - round(quantity * unit_price, 2)) > 0.005`)) === 0, 'amount = quantity × unit_price');
  expect((await one(`SELECT count(*) FROM orders o JOIN partners p USING (partner_id)
    WHERE o.partner_name <> p.partner_name OR o.region <> p.region OR o.province <> p.province OR o.city <> p.city`)) === 0,
  'orders carry the partner\'s name, region, province, city');
  expect((await one(`SELECT count(*) FROM (SELECT order_date < lag(order_date) OVER () AS back FROM orders) WHERE back`)) === 0, 'orders file sorted by order_date');
  expect((await one(`SELECT count(*) FROM partners c LEFT JOIN partners d ON c.parent_partner_id = d.partner_id
    WHERE c.tier = '二级经销商' AND (d.tier IS DISTINCT FROM '分销商' OR d.region <> c.region)`)) === 0, 'every 二级经销商 has a 分销商 parent in its region');
  expect((await one(`SELECT count(*) FROM orders o JOIN partners p USING (partner_id) WHERE o.order_date < p.signed_date`)) === 0, 'no order before signing');
  expect((await one(`SELECT count(*) FROM sellout s JOIN partners p ON s.customer = p.partner_name WHERE s.date < p.signed_date`)) === 0,
    'sell-out to a second-tier reseller only after it signed');
  expect((await one(`SELECT count(*) FROM inventory WHERE on_hand_qty < 0`)) === 0, 'no negative stock');
  expect((await one(`SELECT count(DISTINCT salesperson) FROM targets`)) === 25, '25 salespeople in targets');
  expect((await one(`SELECT count(*) FROM (SELECT salesperson, count(*) n FROM targets GROUP BY 1) WHERE n <> 36`)) === 0, '36 monthly targets per salesperson');
  expect((await one(`SELECT count(*) FROM trainings WHERE passed > attendees OR attendees NOT BETWEEN 1 AND 20`)) === 0, 'trainings: 1 ≤ attendees ≤ 20, passed ≤ attendees');
  expect((await one(`SELECT count(*) FROM opportunities WHERE (stage = '赢单') <> (status = 'won') OR (stage = '输单') <> (status = 'lost')`)) === 0, 'opportunity status matches stage');
  expect((await one(`SELECT count(*) FROM receivables WHERE paid_amount > amount + 0.005 OR due_date <= invoice_date`)) === 0, 'receivables: paid ≤ amount, due after invoice');
}

async function printBusiness(q, asOf) {
  console.log('\n== business shape');
  const months = await q(`SELECT strftime(order_date, '%Y-%m') AS month, count(*)::INTEGER AS orders,
    round(sum(amount) / 1e6, 2) AS revenue_m FROM orders GROUP BY 1 ORDER BY 1`);
  for (const m of months) console.log(`   ${m.month}  ${String(m.orders).padStart(7)} orders  ¥${String(m.revenue_m).padStart(7)}M  ${'#'.repeat(Math.round(m.revenue_m / 4))}`);
  const year = Number(asOf.slice(0, 4));
  const cut = asOf.slice(5, 7);
  const [ytd] = await q(`SELECT
      sum(amount) FILTER (WHERE order_date BETWEEN '${year}-01-01' AND DATE '${asOf}') AS this_ytd,
      sum(amount) FILTER (WHERE order_date BETWEEN '${year - 1}-01-01' AND DATE '${asOf}' - INTERVAL 1 YEAR) AS last_ytd
    FROM orders`);
  console.log(`   revenue ${year}-01..${year}-${cut}: ¥${(ytd.this_ytd / 1e8).toFixed(3)} 亿 (${ytd.this_ytd.toFixed(2)})`);
  console.log(`   revenue ${year - 1}-01..${year - 1}-${cut}: ¥${(ytd.last_ytd / 1e8).toFixed(3)} 亿 (${ytd.last_ytd.toFixed(2)})`);
  const growth = ytd.this_ytd / ytd.last_ytd - 1;
  expect(growth > 0.12 && growth < 0.3, `YoY growth ${(growth * 100).toFixed(1)}% (15–25% expected)`);
  const dec = months.filter((m) => m.month.endsWith('-12')).map((m) => m.revenue_m);
  const maxOther = Math.max(...months.filter((m) => m.month.startsWith(String(year - 1)) && !m.month.endsWith('-12')).map((m) => m.revenue_m));
  expect(dec.at(-1) > maxOther, `December ${year - 1} is the peak month of ${year - 1}`);
  const tiers = await q(`SELECT p.tier, round(100 * sum(amount) / sum(sum(amount)) OVER (), 1) AS share
    FROM orders o JOIN partners p USING (partner_id) GROUP BY 1 ORDER BY 2 DESC`);
  console.log(`   revenue share by tier: ${tiers.map((t) => `${t.tier} ${t.share}%`).join(', ')}`);
  const [conc] = await q(`WITH r AS (SELECT partner_id, sum(amount) v FROM orders GROUP BY 1),
      ranked AS (SELECT v, row_number() OVER (ORDER BY v DESC) rk, sum(v) OVER (ORDER BY v DESC) cum, sum(v) OVER () total FROM r)
    SELECT round(100 * sum(v) FILTER (WHERE rk <= 10) / any_value(total), 1) AS top10,
           count(*) FILTER (WHERE cum - v < 0.8 * total) AS pareto80, count(*) AS partners FROM ranked`);
  console.log(`   top-10 partner share ${conc.top10}%, ${conc.pareto80} of ${conc.partners} partners make 80% of revenue`);
  const [amt] = await q(`SELECT quantile_cont(amount, 0.1) p10, median(amount) p50, quantile_cont(amount, 0.9) p90,
    quantile_cont(amount, 0.99) p99, avg(amount) mean, round(100 * avg((amount < 0)::INT), 2) AS returns_pct FROM orders`);
  console.log(`   order amount p10 ${amt.p10.toFixed(0)}, median ${amt.p50.toFixed(0)}, p90 ${amt.p90.toFixed(0)}, p99 ${amt.p99.toFixed(0)}, mean ${amt.mean.toFixed(0)}; returns ${amt.returns_pct}%`);
  const newPartners = await q(`SELECT strftime(signed_date, '%Y-%m') m, count(*)::INTEGER n FROM partners
    WHERE signed_date > DATE '${asOf}' - INTERVAL 12 MONTH GROUP BY 1 ORDER BY 1`);
  console.log(`   new partners per month (last 12): ${newPartners.map((r) => `${r.m.slice(2)}:${r.n}`).join(' ')}`);
}

async function main() {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const planted = JSON.parse(fs.readFileSync(path.join(dir, 'planted.json'), 'utf8'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const q = async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJS();
  console.log(`checking ${dir} (seed ${manifest.seed}, as of ${manifest.asOf})`);
  await load(connection, manifest);
  await checkSchema(q, manifest);
  await checkConsistency(q);
  await printBusiness(q, manifest.asOf);
  await storyChecks(q, manifest.asOf, planted, expect);
  connection.closeSync();
  instance.closeSync();
  console.log(failures.length === 0 ? '\nall checks passed' : `\n${failures.length} check(s) failed`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
