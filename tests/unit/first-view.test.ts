/**
 * The sample's recorded first view (public/sample/first-view.json) must say exactly what the engine
 * says on the shipped sample with the current code: the model description, and every answer.
 * When this fails, the landing page's SQL or the model changed: rerun `npm run sample:first-view`.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../helpers/duckdb-node';
import { createQuery, type QueryFn } from '../../src/engine/query';
import { loadSample, type SampleManifest } from '../../src/ingest/sample';
import { buildModel, type ModelInfo } from '../../src/metrics/model';
import { buildDetailModel } from '../../src/metrics/model-detail';
import { sampleKey, type FirstView } from '../../src/state/first-view';

const dir = 'public/sample';
const manifest = JSON.parse(fs.readFileSync(`${dir}/manifest.json`, 'utf8')) as SampleManifest;
const fv = JSON.parse(fs.readFileSync(`${dir}/first-view.json`, 'utf8')) as FirstView;

let query: QueryFn;
let model: ModelInfo;
beforeAll(async () => {
  const runner = await openNodeDuckDB();
  await loadSample(runner, { manifest, bytes: new Uint8Array(zlib.gunzipSync(fs.readFileSync(`${dir}/${manifest.database}`))) });
  query = createQuery(runner);
  model = await buildModel(query);
  await buildDetailModel(query);
});

describe('the sample’s recorded first view', () => {
  it('was recorded on the shipped sample', () => {
    expect(sampleKey(fv.sample)).toBe(sampleKey(manifest));
    expect(fv.answers.length).toBeGreaterThan(5);
  });

  it('describes the model the code builds', () => {
    expect(fv.model).toEqual(model);
  });

  it('holds the engine’s answer to every question', async () => {
    for (const a of fv.answers) {
      expect({ sql: a.sql, rows: await query(a.sql, a.params) }).toEqual({ sql: a.sql, rows: a.rows });
    }
  });
});
