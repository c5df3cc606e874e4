/**
 * The engine's own floor: DuckDB-WASM alone (the same build and bundle as the app, one thread) in
 * the same headless Chromium, reading the same CSV with `read_csv` into a table, timed from the
 * file's bytes in the page to the table built. The app's import minus this is the app's own work
 * (checks, report, model, rollups, views); this divided by native read_csv is the engine's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../tests/e2e/browser';
import { serveStatic } from '../tests/e2e/static-server';

const MODULES = path.resolve('node_modules');

/** A page that starts DuckDB-WASM from node_modules (served under /nm/) and times one read_csv. */
function pageHtml(): string {
  const need = (p: string) => {
    if (!fs.existsSync(path.join(MODULES, p))) throw new Error(`bare DuckDB-WASM page: node_modules/${p} is missing`);
    return `/nm/${p}`;
  };
  const imports = {
    'apache-arrow': need('apache-arrow/Arrow.dom.mjs'),
    tslib: need('tslib/tslib.es6.mjs'),
    flatbuffers: need('flatbuffers/mjs/flatbuffers.js'),
  };
  const dist = '@duckdb/duckdb-wasm/dist';
  return `<!doctype html><meta charset="utf-8"><input type="file" id="f">
<script type="importmap">${JSON.stringify({ imports })}</script>
<script type="module">
import * as duckdb from '${need(`${dist}/duckdb-browser.mjs`)}';
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker('${need(`${dist}/duckdb-browser-eh.worker.js`)}'));
await db.instantiate('${need(`${dist}/duckdb-eh.wasm`)}');
const conn = await db.connect();
window.readCsv = async () => {
  const t0 = performance.now();
  const bytes = new Uint8Array(await document.getElementById('f').files[0].arrayBuffer());
  await db.registerFileBuffer('file.csv', bytes);
  await conn.query("CREATE TABLE t AS SELECT * FROM read_csv('file.csv')");
  const ms = performance.now() - t0;
  const rows = (await conn.query('SELECT count(*)::INTEGER AS n FROM t')).toArray()[0].n;
  return { ms, rows };
};
</script>`;
}

/** File input to table built, in ms, in a fresh tab (the engine cold, as for an app's first import). */
export async function measureBareWasm(csvFile: string): Promise<{ ms: number; rows: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cl-bare-wasm-'));
  fs.writeFileSync(path.join(dir, 'index.html'), pageHtml());
  const server = await serveStatic(dir, { '/nm/': MODULES });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => 'readCsv' in window, null, { timeout: 120_000 });
    await page.setInputFiles('#f', csvFile);
    return await page.evaluate(() => (window as unknown as { readCsv(): Promise<{ ms: number; rows: number }> }).readCsv());
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
