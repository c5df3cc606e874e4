/**
 * The loaded data: engine start, sample load, derived model. One instance per page.
 * Status drives `document.documentElement.dataset.state` together with the render tracker.
 */
import { startEngine } from '../engine/db';
import { cachedQuery, createQuery, type QueryFn, type SqlRunner } from '../engine/query';
// Straight from the modules, not the ingest barrel: the importer itself loads with the first import.
import { readManifest, restore, type StoredTable } from '../ingest/store';
import { indexedDbStore, type KeyValueStore } from '../ingest/kv';
import { fetchSample, loadSample, type FetchedSample, type SampleManifest } from '../ingest/sample';
import { buildModel, type ModelInfo } from '../metrics/model';
import { buildDetailModel } from '../metrics/model-detail';
import { sampleMarker, type DatasetMarker } from './dataset';

export type DataStatus = 'loading' | 'ready' | 'error';

class DataStore {
  status = $state<DataStatus>('loading');
  error = $state<string | null>(null);
  model = $state.raw<ModelInfo | null>(null);
  manifest = $state.raw<SampleManifest | null>(null);
  /** 'sample' until the user imports their own files; their data then replaces the sample. */
  source = $state<'sample' | 'user'>('sample');
  /** The user's stored tables (browser storage), as last saved. */
  stored = $state.raw<StoredTable[]>([]);
  /** Reassigned after every change of the data, so every panel that reads it loads again. */
  query = $state.raw<QueryFn>(() => Promise.reject(new Error('engine not started')));
  sql: QueryFn = () => Promise.reject(new Error('engine not started'));
  runner: SqlRunner | null = null;
  kv: KeyValueStore | null = null;

  /** The loaded data as a shared link names it (`ds`, state/dataset.ts). */
  get datasets(): DatasetMarker[] {
    return this.manifest ? [sampleMarker(this.manifest)] : [];
  }

  async start(sampleBase: string): Promise<void> {
    try {
      // Browser storage answers long before the wasm has compiled: when it holds nothing, the
      // sample downloads and un-gzips meanwhile instead of after the engine is up.
      const kvSaved = indexedDbStore().catch(() => null).then(async (kv) => ({
        kv, saved: await readManifest(kv).catch(() => ({ tables: [] as StoredTable[] })),
      }));
      const sample = kvSaved.then(({ saved }) => (saved.tables.length > 0 ? null : fetchSample(sampleBase)));
      sample.catch(() => undefined); // awaited below when needed; a failure surfaces there
      const [runner, { kv, saved }] = await Promise.all([startEngine(), kvSaved]);
      this.runner = runner;
      this.kv = kv;
      if (saved.tables.length > 0 && (await restore(runner, kv)).restored.length > 0) {
        this.source = 'user';
        this.stored = saved.tables;
      } else {
        await this.loadSample(runner, sampleBase, await sample);
      }
      await this.refresh();
      this.status = 'ready';
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'error';
    }
  }

  private async loadSample(runner: SqlRunner, sampleBase: string, fetched: FetchedSample | null): Promise<void> {
    const sample = fetched ?? (await fetchSample(sampleBase));
    await loadSample(runner, sample);
    this.manifest = sample.manifest;
    this.source = 'sample';
  }

  /** Rebuild the derived tables after the canonical ones changed, then let every panel reload. */
  async refresh(): Promise<void> {
    const query = createQuery(this.runner!);
    const model = await buildModel(query);
    await buildDetailModel(query);
    this.model = model;
    // Views read through a cache made afresh for this version of the data; `sql` is uncached
    // (the SQL console and automation, which may ask what changes between calls).
    this.sql = query;
    this.query = cachedQuery(query);
  }
}

export const data = new DataStore();
