/** The benchmark: every size, the browser figures with the native references beside them. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDataset } from './datasets';
import { measureNative, type NativeResult } from './native';
import { measureBrowser, measureColdStart, type BrowserResult, type ColdStart } from './browser';
import { measureBundle, type BundleResult } from './bundle';
import { measureBareWasm } from './bare-wasm';

/** The app's limit for text files (MAX_TEXT_BYTES in src/state/file-limits.ts, a Svelte state module). */
const MAX_TEXT_BYTES = 500 * 2 ** 20;

export interface SizeResult {
  orders: number;
  browser: BrowserResult | null;
  native: NativeResult;
  /** DuckDB-WASM alone reading the same CSV in the same browser (bare-wasm.ts); null over the text limit. */
  bareWasmCsvMs: number | null;
  error?: string;
}
export interface BenchResult { date: string; machine: string; sizes: SizeResult[]; bundle: BundleResult; sample: ColdStart }

export async function runBench(sizes: number[], dist = 'dist', log: (s: string) => void = () => {}): Promise<BenchResult> {
  const results: SizeResult[] = [];
  let bundle: BundleResult | null = null;
  log('cold start on the built-in sample…');
  const sample = await measureColdStart(dist);
  log(JSON.stringify(sample));
  for (const orders of sizes) {
    log(`preparing ${orders.toLocaleString()} orders…`);
    const ds = ensureDataset(orders);
    log(`native reference…`);
    const native = await measureNative(ds.filesDir, orders <= 1_000_000);
    // A CSV over the app's text limit is refused at once: timing that refusal would mean nothing.
    const csv = path.join(ds.filesDir, 'orders.csv');
    const csvFits = fs.statSync(csv).size <= MAX_TEXT_BYTES;
    if (!csvFits) log(`orders.csv is over the app's ${MAX_TEXT_BYTES / 2 ** 20} MB text limit: no CSV import at this size`);
    log(`bare DuckDB-WASM read_csv…`);
    const bare = csvFits ? await measureBareWasm(csv) : null;
    if (bare && bare.rows !== orders) log(`bare DuckDB-WASM read ${bare.rows} rows of ${orders}: its time is not comparable`);
    const bareWasmCsvMs = bare && bare.rows === orders ? bare.ms : null;
    log(`browser…`);
    let browser: BrowserResult;
    try {
      browser = await measureBrowser(dist, ds.dbDir, csvFits ? csv : null, path.join(ds.filesDir, 'orders.parquet'));
    } catch (e) {
      // A size the tab cannot load is a result too: recorded, and the other sizes still run.
      const error = e instanceof Error ? e.message : String(e);
      log(`browser failed at ${orders}: ${error}`);
      const cause = /[A-Z][A-Za-z ]*Error: .*?\)|[A-Z][A-Za-z ]*Error: \S[^\n]{0,120}/.exec(error)?.[0] ?? error.split('\n')[0];
      results.push({ orders, browser: null, native, bareWasmCsvMs, error: cause.slice(0, 200) });
      continue;
    }
    bundle ??= measureBundle(dist, browser.firstViewAssets);
    results.push({ orders, browser, native, bareWasmCsvMs });
    log(JSON.stringify({ orders, browser: { ...browser, firstViewAssets: undefined, profile: undefined }, native, bareWasmCsvMs }));
    const p = browser.profile;
    log(`drill steps: ${p.statementsPerStep.toFixed(1)} statements and ${p.engineMsPerStep.toFixed(0)} ms of engine time per step`);
    for (const sh of p.shapes.slice(0, 15)) log(`  ${sh.count}× mean ${sh.meanMs.toFixed(1)} ms, max ${sh.maxMs.toFixed(1)} ms  ${sh.sql}`);
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    sizes: results,
    bundle: bundle ?? measureBundle(dist, []),
    sample,
  };
}
