/**
 * The built-in sample dataset (public/sample, written by sample-data/generate.mjs): one gzipped
 * DuckDB database file. DuckDB-WASM ships without a Parquet reader (extensions cannot be
 * downloaded offline) but attaches its own format natively; the browser un-gzips it.
 * The file is fetched while the engine starts, so the download and the wasm compile overlap.
 */
import type { SqlRunner } from '../engine/query';
import { isTableName, type TableName } from './schema';

export interface SampleManifest {
  seed: number;
  asOf: string;
  database: string;
  tables: { name: string; rows: number }[];
}

export interface FetchedSample {
  manifest: SampleManifest;
  bytes: Uint8Array;
}

async function gunzip(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const stream = body.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function fetchManifest(baseUrl: string): Promise<SampleManifest> {
  const res = await fetch(new URL('manifest.json', baseUrl));
  if (!res.ok) throw new Error(`sample manifest: HTTP ${res.status}`);
  return (await res.json()) as SampleManifest;
}

export async function fetchSample(baseUrl: string, manifest?: SampleManifest): Promise<FetchedSample> {
  const m = manifest ?? (await fetchManifest(baseUrl));
  const db = await fetch(new URL(m.database, baseUrl));
  if (!db.ok || !db.body) throw new Error(`sample ${m.database}: HTTP ${db.status}`);
  const bytes = m.database.endsWith('.gz') ? await gunzip(db.body) : new Uint8Array(await db.arrayBuffer());
  return { manifest: m, bytes };
}

/** Copy each canonical table of the sample database into the main database. */
export async function loadSample(runner: SqlRunner, sample: FetchedSample): Promise<void> {
  const file = 'channellens-sample.duckdb';
  await runner.registerFile(file, sample.bytes);
  await runner.run(`ATTACH '${file}' AS sample (READ_ONLY)`, []);
  try {
    const tables = sample.manifest.tables.map((t) => t.name).filter(isTableName) as TableName[];
    for (const t of tables) await runner.run(`CREATE OR REPLACE TABLE "${t}" AS SELECT * FROM sample."${t}"`, []);
  } finally {
    await runner.run(`DETACH sample`, []);
    await runner.dropFile(file);
  }
}
