/**
 * The loaded data: engine start, sample load, derived model. One instance per page.
 * Status drives `document.documentElement.dataset.state` together with the render tracker.
 */
import { startEngine } from '../engine/db';
import { cachedQuery, createQuery, type Answer, type CachedQuery, type QueryFn, type SqlRunner } from '../engine/query';
// Straight from the modules, not the ingest barrel: the importer itself loads with the first import.
import { readManifest, restore, type StoredTable } from '../ingest/store';
import { indexedDbStore, type KeyValueStore } from '../ingest/kv';
import { fetchManifest, fetchSample, loadSample, type SampleManifest } from '../ingest/sample';
import { buildModel, type ModelInfo } from '../metrics/model';
import { buildDetailModel } from '../metrics/model-detail';
import { sampleMarker, type DatasetMarker } from './dataset';
import { fetchFirstView, type FirstView } from './first-view';

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
  #cache: CachedQuery | null = null;
  sql: QueryFn = () => Promise.reject(new Error('engine not started'));
  runner: SqlRunner | null = null;
  kv: KeyValueStore | null = null;

  /** The loaded data as a shared link names it (`ds`, state/dataset.ts). */
  get datasets(): DatasetMarker[] {
    return this.manifest ? [sampleMarker(this.manifest)] : [];
  }

  /** Settles when the engine is up and the model built: importers and the console wait for it. */
  booted: Promise<void> = Promise.resolve();
  /** False until `booted`: the first view may show (from recorded answers) before that. */
  engineReady = $state(false);

  async start(sampleBase: string): Promise<void> {
    const boot = deferred<QueryFn>();
    this.engineReady = false;
    this.booted = boot.promise.then(() => undefined, () => undefined);
    try {
      // Browser storage answers long before the wasm has compiled: when it holds nothing, the
      // sample downloads and un-gzips meanwhile instead of after the engine is up.
      const kvSaved = indexedDbStore().catch(() => null).then(async (kv) => ({
        kv, saved: await readManifest(kv).catch(() => ({ tables: [] as StoredTable[] })),
      }));
      // The sample's manifest and first view (17 KB) are asked for at once, not after storage has
      // answered: they are what the first paint waits for. The 3 MB sample itself only when needed.
      const sampleManifest = fetchManifest(sampleBase);
      sampleManifest.catch(() => undefined); // not needed when storage holds the user's data
      const recorded = sampleManifest.then((m) => fetchFirstView(sampleBase, m), () => null);
      const manifest = kvSaved.then(({ saved }) => (saved.tables.length > 0 ? null : sampleManifest));
      const sample = manifest.then((m) => (m ? fetchSample(sampleBase, m) : null));
      const firstView = manifest.then((m) => (m ? recorded : null), () => null);
      sample.catch(() => undefined); // awaited below when needed; a failure surfaces there
      const engine = startEngine();
      // The sample's first view paints from its recorded answers while the engine starts; every
      // other question waits for the engine and the model.
      const painted = await Promise.race([firstView, engine.then(() => null)]);
      if (painted) this.paint(painted, (await manifest)!, boot.promise);
      const [runner, { kv, saved }] = await Promise.all([engine, kvSaved]);
      this.runner = runner;
      this.kv = kv;
      if (saved.tables.length > 0 && (await restore(runner, kv)).restored.length > 0) {
        this.source = 'user';
        this.stored = saved.tables;
        await this.refresh();
      } else {
        const fetched = (await sample) ?? (await fetchSample(sampleBase));
        await loadSample(runner, fetched);
        this.manifest = fetched.manifest;
        this.source = 'sample';
        if (painted) await this.buildModel(runner);
        else await this.refresh();
      }
      boot.resolve(this.sql);
      this.engineReady = true;
      this.status = 'ready';
    } catch (e) {
      boot.reject(e);
      this.error = e instanceof Error ? e.message : String(e);
      this.status = 'error';
    }
  }

  /** Show the sample from its recorded first view; queries beyond it run once `engine` is ready. */
  private paint(fv: FirstView, manifest: SampleManifest, engine: Promise<QueryFn>): void {
    const later: QueryFn = async (sql, params) => (await engine)(sql, params);
    this.manifest = manifest;
    this.source = 'sample';
    this.model = fv.model;
    this.sql = later;
    this.query = this.#cache = cachedQuery(later, undefined, fv.answers);
    this.status = 'ready';
  }

  /** Build the derived tables; returns the uncached query over them. */
  private async buildModel(runner: SqlRunner): Promise<ModelInfo> {
    const query = createQuery(runner);
    const model = await buildModel(query);
    await buildDetailModel(query);
    this.sql = query;
    return model;
  }

  /** Rebuild the derived tables after the canonical ones changed, then let every panel reload. */
  async refresh(): Promise<void> {
    this.model = await this.buildModel(this.runner!);
    // Views read through a cache made afresh for this version of the data; `sql` is uncached
    // (the SQL console and automation, which may ask what changes between calls).
    this.query = this.#cache = cachedQuery(this.sql);
  }

  /** The answers the views have read for the data now loaded. */
  answers(): Promise<Answer[]> {
    return this.#cache?.answers() ?? Promise.resolve([]);
  }
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  promise.catch(() => undefined); // a failed start is reported by the error state
  return { promise, resolve, reject };
}

export const data = new DataStore();
