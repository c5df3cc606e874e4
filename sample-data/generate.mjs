#!/usr/bin/env node
/**
 * ChannelLens sample data: a deterministic, seeded channel business of a Chinese software vendor.
 *
 *   node sample-data/generate.mjs [--orders N] [--seed S] [--out DIR] [--format duckdb|parquet|csv|both] [--end YYYY-MM-DD]
 *
 * Writes one file per canonical table (see src/ingest/schema.ts), manifest.json and planted.json
 * (the planted stories, for tests). Same seed and options → byte-identical CSV. See README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Rng } from './lib/prng.mjs';
import { parseDay, monthWindow, iso } from './lib/dates.mjs';
import { allCities, buildSalespeople } from './lib/geo.mjs';
import { NameRegistry, buildCustomerPool } from './lib/names.mjs';
import { buildPartners, partnerRow } from './lib/partners.mjs';
import { generateOrders, orderContext } from './lib/orders.mjs';
import { buildChannelStock } from './lib/channel.mjs';
import { buildTargets, buildReceivables, buildExpenses } from './lib/finance.mjs';
import { buildTrainings, buildSurveys, buildActivities } from './lib/enablement.mjs';
import { buildOpportunities } from './lib/pipeline.mjs';
import { TABLES, TABLE_ORDER } from './lib/tables.mjs';
import { CsvSink, openDuckDb, csvToParquet, csvsToDatabase } from './lib/writer.mjs';
import { describePlanted } from './lib/planted.mjs';

/** The built-in sample's single file (see csvsToDatabase for why a DuckDB database). */
const DATABASE_FILE = 'sample.duckdb.gz';

const DEFAULTS = { orders: 150000, seed: 42, out: 'public/sample', format: 'duckdb', end: '2026-10-31' };

function parseArgs(argv) {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '');
    if (key === 'help' || key === 'h') {
      console.log('usage: node sample-data/generate.mjs [--orders N] [--seed S] [--out DIR] [--format duckdb|parquet|csv|both] [--end YYYY-MM-DD]');
      process.exit(0);
    }
    if (!(key in DEFAULTS) || i + 1 >= argv.length) throw new Error(`unknown or incomplete option: ${argv[i]}`);
    options[key] = argv[++i];
  }
  options.orders = Number(options.orders);
  options.seed = Number(options.seed);
  if (!Number.isInteger(options.orders) || options.orders < 1) throw new Error('--orders must be a positive integer');
  if (!Number.isInteger(options.seed)) throw new Error('--seed must be an integer');
  if (!['duckdb', 'parquet', 'csv', 'both'].includes(options.format)) throw new Error('--format must be duckdb, parquet, csv or both');
  parseDay(options.end); // validates
  return options;
}

const log = (msg) => process.stderr.write(`[generate] ${msg}\n`);

/** The shared world: reps, partners, customers, months. Every table draws from its own stream. */
function buildWorld(options) {
  const endDay = parseDay(options.end);
  const registry = new NameRegistry();
  const reps = buildSalespeople();
  const customers = buildCustomerPool(Rng.forTable(options.seed, 'customers'), registry);
  const { partners, weakCollectionRep } = buildPartners(Rng.forTable(options.seed, 'partners'), registry, reps, endDay);
  // Second-tier resellers that buy through each distributor (silent ones buy from nobody).
  const childrenOf = new Map();
  for (const p of partners) {
    if (p.parent && p.role === 'regular') childrenOf.set(p.parent.index, [...(childrenOf.get(p.parent.index) ?? []), p]);
  }
  return orderContext({
    endDay, months: monthWindow(endDay, 36), reps, partners, customers, childrenOf, weakCollectionRep,
    cities: allCities(), totalOrders: options.orders,
  });
}

/** Write all tables as CSV into `csvDir`; returns row counts by table. */
function writeCsvTables(world, seed, csvDir) {
  const rng = (label) => Rng.forTable(seed, label);
  const sink = (name) => new CsvSink(path.join(csvDir, `${name}.csv`), TABLES[name].columns);
  const rows = {};
  const writeRows = (name, data) => {
    const s = sink(name);
    s.writeAll(data);
    rows[name] = s.close();
  };

  writeRows('partners', world.partners.map((p) => partnerRow(p, iso)));
  const orders = sink('orders');
  const agg = generateOrders(rng('orders'), world, orders);
  rows.orders = orders.close();
  log(`orders: ${rows.orders} rows`);

  const stock = buildChannelStock(rng('channel'), world, agg);
  writeRows('sellout', stock.sellout);
  writeRows('targets', buildTargets(rng('targets'), world, agg));
  writeRows('inventory', stock.inventory);
  writeRows('receivables', buildReceivables(rng('receivables'), world, agg));
  writeRows('trainings', buildTrainings(rng('trainings'), world));
  writeRows('surveys', buildSurveys(rng('surveys'), world));
  writeRows('activities', buildActivities(rng('activities'), world));
  writeRows('opportunities', buildOpportunities(rng('opportunities'), world));
  writeRows('expenses', buildExpenses(rng('expenses'), world, agg));
  return rows;
}

/** Remove our own table files of the format not asked for, so a directory never mixes two runs. */
function removeStale(outDir, format) {
  const stale = format === 'both' ? [] : ['csv', 'parquet'].filter((ext) => ext !== format);
  for (const ext of stale) {
    for (const name of TABLE_ORDER) fs.rmSync(path.join(outDir, `${name}.${ext}`), { force: true });
  }
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));
  const outDir = path.resolve(options.out);
  fs.mkdirSync(outDir, { recursive: true });
  const keepCsv = options.format === 'csv' || options.format === 'both';
  const csvDir = keepCsv ? outDir : fs.mkdtempSync(path.join(os.tmpdir(), 'channellens-sample-'));

  try {
    const world = buildWorld(options);
    const rows = writeCsvTables(world, options.seed, csvDir);
    log(`csv written in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    if (options.format === 'duckdb') {
      const db = await openDuckDb();
      try {
        await csvsToDatabase(db.connection, TABLE_ORDER.map((name) => ({ name, ...TABLES[name] })), csvDir, path.join(outDir, DATABASE_FILE));
      } finally {
        db.close();
      }
      log(`database written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } else if (options.format !== 'csv') {
      const db = await openDuckDb();
      try {
        for (const name of TABLE_ORDER) {
          await csvToParquet(db.connection, TABLES[name], path.join(csvDir, `${name}.csv`), path.join(outDir, `${name}.parquet`));
        }
      } finally {
        db.close();
      }
      log(`parquet written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    removeStale(outDir, options.format);

    const ext = options.format === 'csv' ? 'csv' : 'parquet';
    const manifest = {
      generator: 'sample-data/generate.mjs',
      seed: options.seed,
      asOf: options.end,
      ...(options.format === 'duckdb' ? { database: DATABASE_FILE } : {}),
      tables: TABLE_ORDER.map((name) => ({ name, ...(options.format === 'duckdb' ? {} : { file: `${name}.${ext}` }), rows: rows[name] })),
    };
    fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, 'planted.json'), JSON.stringify(describePlanted(world), null, 2) + '\n');
    for (const t of manifest.tables) log(`${t.name.padEnd(14)} ${String(t.rows).padStart(9)} rows`);
    log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}`);
  } finally {
    if (!keepCsv) fs.rmSync(csvDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
