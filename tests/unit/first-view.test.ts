/**
 * The sample's recorded first view (public/sample/first-view.json) must say exactly what the engine
 * says on the shipped sample with the current code: the model description, and every answer.
 * When this fails, the landing page's SQL or the model changed: rerun `npm run sample:first-view`.
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QueryFn } from '../../src/engine/query';
import type { ModelInfo } from '../../src/metrics/model';
import { sampleKey, type FirstView } from '../../src/state/first-view';
import { openSampleModel, sampleManifest, SAMPLE_DIR } from '../helpers/sample-node';

const manifest = sampleManifest();
const fv = JSON.parse(fs.readFileSync(`${SAMPLE_DIR}/first-view.json`, 'utf8')) as FirstView;

let query: QueryFn;
let model: ModelInfo;
beforeAll(async () => ({ query, model } = await openSampleModel(manifest)));

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
