/** The benchmark as a Markdown table (printed, and written to BENCHMARKS.md). */
import type { BenchResult } from './run';

const f0 = (n: number | null) => (n === null || !Number.isFinite(n) ? '—' : Math.round(n).toLocaleString('en'));
const f1 = (n: number | null) => (n === null || !Number.isFinite(n) ? '—' : n.toFixed(1));
const ratio = (a: number | null, b: number | null) => (a === null || b === null || !b ? '—' : `${(a / b).toFixed(1)}×`);

export function benchTable(r: BenchResult): string {
  const rows = r.sizes.map((s) => {
    const b = s.browser;
    const n = s.native;
    if (!b) return `| ${s.orders.toLocaleString('en')} | failed: ${s.error ?? 'unknown'} | | | ${f1(n.queryP50)} / ${f1(n.queryP95)} | | | ${f0(n.csvLoadMs)} | ${f0(s.bareWasmCsvMs)} | ${ratio(s.bareWasmCsvMs, n.csvLoadMs)} | | | ${f0(n.parquetLoadMs)} | ${f0(n.papaMs)} | |`;
    return `| ${s.orders.toLocaleString('en')} | ${f0(b.coldStartMs)} | ${f1(b.applyP50)} | ${f1(b.applyP95)} | ${f1(n.queryP50)} / ${f1(n.queryP95)} | ${ratio(b.applyP95, n.queryP95)} | ${f0(b.importCsvMs)} | ${f0(n.csvLoadMs)} | ${f0(s.bareWasmCsvMs)} | ${ratio(s.bareWasmCsvMs, n.csvLoadMs)} | ${ratio(b.importCsvMs, n.csvLoadMs)} | ${f0(b.importParquetMs)} | ${f0(n.parquetLoadMs)} | ${f0(n.papaMs)} | ${f0(b.peakRendererMb)} |`;
  });
  return [
    '| orders | start to ready (ms) | drill p50 (ms) | drill p95 (ms) | native query p50 / p95 (ms) | drill p95 ÷ native | import CSV in app (ms) | native read_csv (ms) | bare DuckDB-WASM read_csv (ms) | bare ÷ native | import ÷ native | import Parquet in app (ms) | native read_parquet (ms) | PapaParse → objects (ms) | peak tab RSS (MB) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Cold start on the built-in sample (150k orders): ready (first view painted) after ${f0(r.sample.readyMs)} ms, when the engine had run ${r.sample.statementsBeforeReady} statements; ` +
      `the engine answered a new question after ${f0(r.sample.interactiveMs)} ms: it was up at ${f0(r.sample.engineUpMs)} ms, then ${r.sample.statements} statements ran for ${f0(r.sample.statementsMs)} ms (sample copy, model, rollups).`,
    '',
    `Bundle: first view JS ${f1(r.bundle.initialJsGzipKb)} KB gzip, CSS ${f1(r.bundle.initialCssGzipKb)} KB gzip; DuckDB wasm ${f1(r.bundle.wasmMb)} MB (${f1(r.bundle.wasmGzipMb)} MB gzip).`,
  ].join('\n');
}
