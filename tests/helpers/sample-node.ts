/**
 * The shipped sample (public/sample) loaded into DuckDB-WASM in Node by the app's own code, with
 * its model built: what the recorded first view is recorded against and checked against.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { openNodeDuckDB } from './duckdb-node';
import { createQuery, type QueryFn } from '../../src/engine/query';
import { loadSample, type SampleManifest } from '../../src/ingest/sample';
import { buildModel, type ModelInfo } from '../../src/metrics/model';
import { buildDetailModel } from '../../src/metrics/model-detail';

export const SAMPLE_DIR = 'public/sample';

export function sampleManifest(): SampleManifest {
  return JSON.parse(fs.readFileSync(path.join(SAMPLE_DIR, 'manifest.json'), 'utf8')) as SampleManifest;
}

export async function openSampleModel(manifest = sampleManifest()): Promise<{ query: QueryFn; model: ModelInfo }> {
  const runner = await openNodeDuckDB();
  const bytes = new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(SAMPLE_DIR, manifest.database))));
  await loadSample(runner, { manifest, bytes });
  const query = createQuery(runner);
  const model = await buildModel(query);
  await buildDetailModel(query);
  return { query, model };
}
