/**
 * Files in → tables in, for the whole app: the drop zone, the file input and the address field
 * all come here. Files that map with confidence import at once; the others wait for the user in
 * the mapping step. The first import of the user's own data replaces the built-in sample.
 */
import type { ImportFile, ImportPhase, ImportPlan, ImportProgress, ImportReport, TextEncodingName, Usage } from '../ingest';
import { TABLE_NAMES } from '../ingest/schema';
import { loadRegionMap } from './region-map';
import { browserStore } from './browser-store';
import { data } from './data.svelte';
import { whenIdle } from './render-tracker';
import { loadFailureTexts } from './file-limits';

/** The importer loads with the first file, not with the first view (it is not needed to show data). */
const ingest = () => import('../ingest');

export interface FailedImport {
  file: string;
  code: string;
  /** The error as the code wrote it (English, for logs); people read failureText(). */
  message: string;
  /** What the message needs: the line, encoding, missing columns, host… */
  detail?: Record<string, string | number>;
  /** The file or address, to try again in another encoding (a text file that did not decode). */
  retry?: File | URL;
}
export interface PendingImport { file: ImportFile; plan: ImportPlan; encoding?: TextEncodingName }

class Imports {
  busy = $state(false);
  /** The import under way; `updating` once the files are in and the model and views are rebuilt. */
  progress = $state<(Omit<ImportProgress, 'phase'> & { phase: ImportPhase | 'updating'; file: string; index: number; total: number }) | null>(null);
  reports = $state.raw<ImportReport[]>([]);
  failures = $state.raw<FailedImport[]>([]);
  pending = $state.raw<PendingImport[]>([]);
  persistent = $state(true);
  usage = $state.raw<Usage | null>(null);
  /** Imported tables are being saved to browser storage (after the page showed them). */
  saving = $state(false);
  #abort: AbortController | null = null;
  /** The File each dropped or chosen file was read from: a file that did not decode can be read again. */
  #origins = new WeakMap<ImportFile, File>();
  /** The chain of saves: one at a time, in the order of the changes they keep. */
  #saves: Promise<void> = Promise.resolve();
  #pendingSaves = 0;
  #warmed = false;

  /** Resolves once every save started so far has finished. */
  saved(): Promise<void> {
    return this.#saves;
  }

  cancel() {
    this.#abort?.abort();
  }

  /**
   * The user is about to import (a file dragged over the page, the picker pointed at): run the
   * import path once on made-up rows (ingest warmUp) while they choose, so their file's read is faster.
   */
  warm(): void {
    if (this.#warmed) return;
    this.#warmed = true;
    void data.booted.then(async () => data.runner && (await ingest()).warmUp(data.runner)).catch(() => undefined);
  }

  /** Read browser File objects (by handle, one at a time; Parquet by byte ranges) and import them. */
  async addFiles(files: File[]): Promise<void> {
    const { fileFromBlob } = await ingest();
    const list: ImportFile[] = [];
    for (const f of files) {
      const file = await fileFromBlob(f);
      this.#origins.set(file, f);
      list.push(file);
    }
    await this.run(list, { plan: true });
  }

  /** Import a file that did not decode again, read in the encoding the user chose. */
  async retryAs(failure: FailedImport, encoding: TextEncodingName): Promise<void> {
    const origin = failure.retry;
    if (!origin || this.busy) return;
    this.failures = this.failures.filter((f) => f !== failure);
    const { fileFromBlob } = await ingest();
    if (origin instanceof URL) {
      await this.run([origin], { plan: true, encoding });
      return;
    }
    const file = await fileFromBlob(origin);
    this.#origins.set(file, origin);
    await this.run([file], { plan: true, encoding });
  }

  /**
   * Load data published at addresses the user has confirmed (checked by checkAddress). With
   * `replace` (a shared link's data), each file replaces the table it belongs to and the files of
   * the batch add up (two years of orders); without it they add to the tables like dropped files.
   */
  async openAddresses(urls: URL[], opts: { replace: boolean }): Promise<void> {
    await this.run(urls, { plan: true, replace: opts.replace });
  }

  /** Read a file waiting in the mapping step again in the encoding the user chose (its headers and rows change). */
  async rereadAs(item: PendingImport, encoding: TextEncodingName): Promise<void> {
    if (this.busy) return;
    this.pending = this.pending.filter((p) => p !== item);
    await this.run([item.file], { plan: true, encoding });
  }

  /** Import after the user confirmed or corrected a mapping. */
  async confirm(item: PendingImport, opts: { table?: ImportPlan['mapping']['kind']; mapping?: Record<string, number | null> }): Promise<void> {
    this.pending = this.pending.filter((p) => p !== item);
    await this.run([item.file], { plan: false, encoding: item.encoding, overrides: { ...opts, remember: true } });
  }

  dismiss(item: PendingImport) {
    this.pending = this.pending.filter((p) => p !== item);
  }

  private async run(
    items: (ImportFile | URL)[], o: { plan: boolean; replace?: boolean; encoding?: TextEncodingName; overrides?: Record<string, unknown> },
  ): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.#abort = new AbortController();
    document.documentElement.dataset.state = 'loading';
    const touched = new Set<string>();
    try {
      await this.saved(); // an import must not change a table while its previous state is being saved
      await data.booted; // the first view may show before the engine is up
      const runner = data.runner;
      if (!runner) return;
      const { ImportError, importFile, planImport, fileFromAddress, addressName } = await ingest();
      for (const [index, item] of items.entries()) {
        if (this.#abort.signal.aborted) break;
        const name = item instanceof URL ? addressName(item) : item.name;
        this.progress = { file: name, phase: 'planning', index, total: items.length };
        try {
          const file = item instanceof URL ? await fileFromAddress(item) : item;
          let append = true;
          let plan: ImportPlan | undefined;
          if (o.plan) {
            plan = await planImport(runner, file, { memory: data.kv ?? undefined, encoding: o.encoding });
            if (plan.mapping.needsReview) {
              this.pending = [...this.pending, { file, plan, encoding: o.encoding }];
              continue;
            }
            const table = plan.mapping.kind === 'raw' ? plan.rawTable : plan.mapping.kind;
            append = !o.replace || touched.has(table);
          }
          // The first file of the user's own replaces the sample's table of its kind (atomically, so a
          // failing file leaves the sample as it was); the rest of the sample goes once it has loaded.
          const first = data.source === 'sample';
          const report = await importFile(runner, file, {
            regionMap: loadRegionMap(browserStore()), ...o.overrides, encoding: o.encoding, memory: data.kv ?? undefined, signal: this.#abort.signal,
            // Files add up (twelve monthly exports make one orders table); duplicates by key are reported.
            append: first ? false : append, plan,
            onProgress: (p) => (this.progress = { ...p, file: file.name, index, total: items.length }),
          });
          if (first) await this.dropSample(report.table);
          touched.add(report.table);
          this.reports = [report, ...this.reports.filter((r) => r.file !== report.file)];
        } catch (e) {
          const code = e instanceof ImportError ? e.code : 'failed';
          const { failureDetail } = await loadFailureTexts();
          const detail = e instanceof ImportError ? failureDetail(e.detail) : undefined;
          // A text file that did not decode may be in another encoding: keep where it came from.
          const retry = code === 'encoding' || code === 'binary' ? (item instanceof URL ? item : this.#origins.get(item)) : undefined;
          this.failures = [{ file: name, code, message: e instanceof Error ? e.message : String(e), detail, retry }, ...this.failures];
        }
      }
      if (touched.size > 0) {
        this.progress = { file: '', phase: 'updating', index: items.length - 1, total: items.length };
        try {
          await this.afterChange([...touched]);
        } finally {
          // The header says whose data it is once the figures are of that data, not while they are rebuilt.
          if (data.source === 'user') data.manifest = null;
        }
      }
    } finally {
      this.busy = false;
      this.progress = null;
      this.#abort = null;
      // Ready as at the start: once the views show the new data (an import that began meanwhile keeps 'loading').
      if (data.status === 'error') document.documentElement.dataset.state = 'error';
      else void whenIdle().then(() => { if (!this.busy && data.status !== 'error') document.documentElement.dataset.state = 'ready'; });
    }
  }

  /** The sample's tables go once the first file of the user's own has loaded (into `kept`). */
  private async dropSample(kept: string): Promise<void> {
    await data.runner!.run(TABLE_NAMES.filter((t) => t !== kept).map((t) => `DROP TABLE IF EXISTS "${t}"`).join('; '), []);
    data.source = 'user';
  }

  /**
   * The model is rebuilt and the page becomes ready with the new data; saving it to browser storage
   * (seconds for a million rows) runs after that, shown as "saving", and a reload meanwhile restores
   * the previous save (store.ts writes the manifest last).
   */
  private async afterChange(tables: string[]): Promise<void> {
    await data.refresh();
    void this.save(tables);
  }

  private save(tables: string[]): Promise<void> {
    this.#pendingSaves++;
    this.saving = true;
    document.documentElement.dataset.saving = 'true';
    this.#saves = this.#saves.then(() => this.store(tables)).finally(() => {
      if (--this.#pendingSaves > 0) return;
      this.saving = false;
      delete document.documentElement.dataset.saving;
    });
    return this.#saves;
  }

  /** Never throws: a failed save leaves the data shown and says it will not survive a reload. */
  private async store(tables: string[]): Promise<void> {
    const { saveTables, usage } = await ingest();
    try {
      const saved = await saveTables(data.runner!, data.kv, tables);
      this.persistent = saved.persistent;
      data.stored = saved.manifest.tables;
      this.usage = await usage(data.kv);
    } catch (e) {
      // The data is loaded and shown; only keeping it for the next visit failed.
      this.persistent = false;
      this.failures = [{ file: tables.join(', '), code: 'not-saved', message: e instanceof Error ? e.message : String(e) }, ...this.failures];
    }
  }

  async removeTable(name: string): Promise<void> {
    const { removeTable, usage } = await ingest();
    await data.booted;
    await this.saved();
    const saved = await removeTable(data.runner!, data.kv, name);
    data.stored = saved.manifest.tables;
    await data.refresh();
    this.usage = await usage(data.kv);
  }

  /** Forget everything the user loaded and go back to the built-in sample. */
  async clearAll(): Promise<void> {
    const { clear } = await ingest();
    await this.saved(); // a save still running would write the data back after the clear
    await clear(data.kv);
    location.reload();
  }
}

export const imports = new Imports();
