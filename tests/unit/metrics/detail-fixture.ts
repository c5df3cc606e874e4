/**
 * Helper for the detail-model tests: each test file inserts its own small hand-made tables (the
 * expected numbers are worked out beside them), then both models are built.
 */
import type { QueryFn } from '../../../src/engine/query';
import { buildModel } from '../../../src/metrics/model';
import { buildDetailModel, type DetailModelInfo } from '../../../src/metrics/model-detail';
import { exec, openDb } from './fixture';

export async function loadDetail(script: string): Promise<{ query: QueryFn; detail: DetailModelInfo }> {
  const query = await openDb();
  await exec(query, script);
  await buildModel(query);
  return { query, detail: await buildDetailModel(query) };
}
