/**
 * Benchmark datasets, generated once per size by the sample generator and cached in .bench-cache/:
 * the app's own form (a gzipped DuckDB database the app opens as its built-in data) and CSV +
 * Parquet of the same rows for the import and native references.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const CACHE = path.resolve('.bench-cache');

export interface Dataset { orders: number; dbDir: string; filesDir: string }

function generate(orders: number, format: string, out: string): void {
  if (fs.existsSync(path.join(out, 'manifest.json'))) return;
  fs.mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, ['sample-data/generate.mjs', '--orders', String(orders), '--format', format, '--out', out], { stdio: ['ignore', 'ignore', 'inherit'] });
}

export function ensureDataset(orders: number): Dataset {
  const dir = path.join(CACHE, String(orders));
  const dbDir = path.join(dir, 'db');
  const filesDir = path.join(dir, 'files');
  generate(orders, 'duckdb', dbDir);
  generate(orders, 'both', filesDir);
  return { orders, dbDir, filesDir };
}
