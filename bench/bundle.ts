/** What a first visit downloads for its first view (JS and CSS, gzipped), and the engine's wasm. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface BundleResult { initialJsGzipKb: number; initialCssGzipKb: number; wasmMb: number; wasmGzipMb: number }

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length / 1024;

export function measureBundle(dist: string, firstViewAssets: string[]): BundleResult {
  const refs = [...new Set(firstViewAssets)];
  const sum = (ext: string) => refs.filter((r) => r.endsWith(ext)).reduce((s, r) => s + gz(path.join(dist, r)), 0);
  const wasm = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.startsWith('duckdb-eh') && f.endsWith('.wasm'))[0];
  const wasmPath = path.join(dist, 'assets', wasm);
  return {
    initialJsGzipKb: sum('.js'),
    initialCssGzipKb: sum('.css'),
    wasmMb: fs.statSync(wasmPath).size / 2 ** 20,
    wasmGzipMb: gz(wasmPath) / 1024,
  };
}
