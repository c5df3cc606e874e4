/**
 * Persistence round trip with the in-memory store: import, save (gzipped CSV, in slices of rows),
 * open a fresh database, restore, and find the same tables (rows and content fingerprints); appends,
 * removal, clearing; manifests of the earlier one-key format; user queries between slices.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type SqlRunner } from '../../../src/engine/query';
import { importFile } from '../../../src/ingest/load';
import { memoryStore, type KeyValueStore } from '../../../src/ingest/kv';
import { rememberMapping } from '../../../src/ingest/memory';
import { fingerprint, tableColumns } from '../../../src/ingest/commit';
import { clear, readManifest, removeSource, restore, saveTables, usage, type Manifest } from '../../../src/ingest/store';
import { buildModel } from '../../../src/metrics/model';
import { ORDERS, PLAIN, loadedOrders, ordersText, tableState, utf8 } from './fixtures';

let runner: SqlRunner;
let store: KeyValueStore;
beforeEach(async () => { runner = await openNodeDuckDB(); store = memoryStore(); }, 60_000);

const january = ORDERS.filter((o) => o.order_date < '2024-03-01');
const later = ORDERS.filter((o) => o.order_date >= '2024-03-01');
const PARTNERS = utf8('Account ID,Account Name,Billing State/Province\n00123,华东科技,上海\nP789,岭南数码,广西壮族自治区\n');

describe('persistence', () => {
  it('saves, restores into a fresh database, and the model builds on it', async () => {
    const o = await importFile(runner, { name: 'orders.csv', bytes: utf8(ordersText(PLAIN)) });
    const p = await importFile(runner, { name: 'accounts.csv', bytes: PARTNERS });
    const saved = await saveTables(runner, store, [o.table, p.table]);
    expect(saved.persistent).toBe(true);
    const entry = saved.manifest.tables.find((t) => t.name === 'orders')!;
    expect(entry).toMatchObject({
      kind: 'orders', rows: ORDERS.length, sources: [{ name: 'orders.csv', rows: ORDERS.length }],
      dateRange: { column: 'order_date', min: '2024-01-05', max: '2024-12-31' },
    });
    expect(entry.bytes).toBeGreaterThan(0);

    const fresh = await openNodeDuckDB();
    const restored = await restore(fresh, store);
    expect(restored.failed).toEqual([]);
    expect(restored.restored.map((t) => t.name).sort()).toEqual(['orders', 'partners']);
    expect(await tableState(fresh, 'orders')).toEqual(await tableState(runner, 'orders'));
    expect(await loadedOrders(fresh)).toEqual(await loadedOrders(runner));
    // The saved fingerprint describes the content restored from it.
    const content = [...(await tableColumns(fresh, 'orders'))!.keys()].filter((c) => c !== '_source');
    expect(entry.fingerprint).toBe(await fingerprint(fresh, 'orders', content));
    const model = await buildModel(createQuery(fresh));
    expect(model.tables.fact_orders.rows).toBe(ORDERS.length);
    expect(model.dataRange).toEqual({ min: '2024-01-05', max: '2024-12-31' });
  });

  it('appends monthly files, reports keys seen before, and removes one file again', async () => {
    await importFile(runner, { name: 'jan-feb.csv', bytes: utf8(ordersText(PLAIN, january)) });
    const second = await importFile(runner, { name: 'mar-dec.csv', bytes: utf8(ordersText(PLAIN, [...later, january[0]])) }, { append: true });
    expect(second.duplicates).toEqual({ key: ['order_id'], inFile: 0, existing: 1, examples: [january[0].order_id] });
    // The same file name again gets its own source name instead of being confused with the first.
    const again = await importFile(runner, { name: 'jan-feb.csv', bytes: utf8(ordersText(PLAIN, january.slice(0, 1))) }, { append: true });
    expect(again.source).toBe('jan-feb.csv (2)');
    expect((await tableState(runner, 'orders'))?.rows).toBe(ORDERS.length + 2);

    const saved = await removeSource(runner, store, 'orders', 'mar-dec.csv');
    expect(saved.manifest.tables[0].sources).toEqual([{ name: 'jan-feb.csv', rows: january.length }, { name: 'jan-feb.csv (2)', rows: 1 }]);
    expect((await tableState(runner, 'orders'))?.rows).toBe(january.length + 1);
  });

  it('clears stored data but keeps remembered mappings; reports usage', async () => {
    await importFile(runner, { name: 'orders.csv', bytes: utf8(ordersText(PLAIN)) });
    await saveTables(runner, store, ['orders']);
    await rememberMapping(store, [], 'orders', {});
    expect((await usage(store)).bytes).toBeGreaterThan(0);
    await clear(store);
    expect((await readManifest(store)).tables).toEqual([]);
    expect(await store.keys('mapping:')).toHaveLength(1);
    expect(await restore(await openNodeDuckDB(), store)).toEqual({ restored: [], failed: [] });
    expect(await usage(store)).toMatchObject({ bytes: 0, tables: 0, persistent: true });
  });

  it('says persistent: false without storage, and when storage fails', async () => {
    await importFile(runner, { name: 'orders.csv', bytes: utf8(ordersText(PLAIN)) });
    expect(await saveTables(runner, null, ['orders'])).toMatchObject({ persistent: false });
    const full: KeyValueStore = { ...memoryStore(), set: () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await saveTables(runner, full, ['orders'])).toMatchObject({ persistent: false, error: 'QuotaExceededError' });
  });
});

/** Rows written by the test itself, with NULLs, empty strings and CSV-hostile text among them. */
interface Row { id: number; name: string | null; amount: string | null; day: string }
const WIDE: Row[] = Array.from({ length: 25 }, (_, i) => ({
  id: i + 1,
  name: i % 5 === 0 ? null : i % 5 === 1 ? '' : i % 5 === 2 ? `a, "quoted" ${i}` : i % 5 === 3 ? `two\nlines ${i}` : `\\N ${i}`,
  amount: i % 7 === 0 ? null : `${i * 3}.${String(i % 100).padStart(2, '0')}`,
  day: `2024-02-${String(i + 1).padStart(2, '0')}`,
}));
const lit = (v: string | null) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);

async function createWide(db: SqlRunner, rows: Row[]): Promise<void> {
  await db.run('CREATE TABLE wide (id INTEGER, name VARCHAR, amount DECIMAL(18,2), day DATE)', []);
  await db.run(`INSERT INTO wide VALUES ${rows.map((r) => `(${r.id}, ${lit(r.name)}, ${lit(r.amount)}, ${lit(r.day)})`).join(', ')}`, []);
}

/** The table's rows in stored order, as the test's Row shape. */
async function wideRows(db: SqlRunner): Promise<Row[]> {
  const t = await db.run('SELECT id, name, CAST(amount AS VARCHAR) AS amount, CAST(day AS VARCHAR) AS day FROM wide ORDER BY rowid', []);
  return t.toArray().map((r) => {
    const o = r.toJSON() as Record<string, unknown>;
    return { id: Number(o.id), name: o.name as string | null, amount: o.amount as string | null, day: String(o.day) };
  });
}

/** A runner whose statements wait in one FIFO queue, like the browser engine's, recording the order they run in; `onSubmit` sees each statement once it is queued. */
function queued(inner: SqlRunner, onSubmit: (sql: string) => void = () => undefined): { runner: SqlRunner; ran: string[] } {
  const ran: string[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(label: string, job: () => Promise<T>): Promise<T> => {
    const result = tail.then(() => { ran.push(label); return job(); });
    tail = result.catch(() => undefined);
    return result;
  };
  return {
    ran,
    runner: {
      run: (sql, params) => { const result = enqueue(sql, () => inner.run(sql, params)); onSubmit(sql); return result; },
      runLong: (sql, opts) => { const result = enqueue(sql, () => inner.runLong(sql, opts)); onSubmit(sql); return result; },
      registerFile: (name, bytes) => enqueue(`register ${name}`, () => inner.registerFile(name, bytes)),
      dropFile: (name) => enqueue(`drop ${name}`, () => inner.dropFile(name)),
      copyFileToBuffer: (name) => enqueue(`copy ${name}`, () => inner.copyFileToBuffer(name)),
      insertArrow: (table, ipc, opts) => enqueue(`insert ${table}`, () => inner.insertArrow(table, ipc, opts)),
    },
  };
}

describe('persistence in slices', () => {
  it('saves a table larger than one slice as several values and restores exactly its rows', async () => {
    await createWide(runner, WIDE);
    const saved = await saveTables(runner, store, ['wide'], { sliceRows: 10 });
    expect(saved).toMatchObject({ persistent: true });
    const entry = saved.manifest.tables[0];
    expect(entry.keys).toHaveLength(3); // 25 rows in slices of 10
    expect(entry.key).toBeUndefined();
    expect((await store.keys('data:table:wide')).sort()).toEqual([...entry.keys!].sort());
    const sizes = await Promise.all(entry.keys!.map(async (k) => ((await store.get(k)) as Uint8Array).length));
    expect(entry.bytes).toBe(sizes.reduce((a, b) => a + b, 0));

    const fresh = await openNodeDuckDB();
    expect(await restore(fresh, store)).toMatchObject({ failed: [], restored: [{ name: 'wide', rows: WIDE.length }] });
    expect(await wideRows(fresh)).toEqual(WIDE);

    // Rows deleted leave gaps in the rowids; the next save replaces every old slice.
    await runner.run('DELETE FROM wide WHERE id BETWEEN 4 AND 17', []);
    const kept = WIDE.filter((r) => r.id < 4 || r.id > 17);
    const again = await saveTables(runner, store, ['wide'], { sliceRows: 10 });
    expect(again.manifest.tables[0].rows).toBe(kept.length);
    expect((await store.keys('data:table:wide')).sort()).toEqual([...again.manifest.tables[0].keys!].sort());
    const third = await openNodeDuckDB();
    expect((await restore(third, store)).failed).toEqual([]);
    expect(await wideRows(third)).toEqual(kept);
  });

  it('restores a manifest saved before slices (one key per table), and the next save replaces it', async () => {
    await createWide(runner, WIDE);
    const described = (await saveTables(runner, memoryStore(), ['wide'])).manifest.tables[0];
    // The bytes as the earlier code wrote them: the whole table in one COPY, under one key.
    await runner.run(`COPY wide TO 'old-format.csv.gz' (FORMAT csv, HEADER true, COMPRESSION gzip, NULLSTR '\\N')`, []);
    const bytes = await runner.copyFileToBuffer('old-format.csv.gz');
    await runner.dropFile('old-format.csv.gz');
    const { keys: _keys, ...rest } = described;
    const old: Manifest = { version: 1, tables: [{ ...rest, key: 'data:table:wide:old1' }] };
    await store.set('data:table:wide:old1', bytes);
    await store.set('data:manifest', JSON.stringify(old));

    const fresh = await openNodeDuckDB();
    expect((await restore(fresh, store)).failed).toEqual([]);
    expect(await wideRows(fresh)).toEqual(WIDE);

    const saved = await saveTables(runner, store, ['wide'], { sliceRows: 10 });
    expect(await store.keys('data:table:wide')).not.toContain('data:table:wide:old1');
    expect((await store.keys('data:table:wide')).sort()).toEqual([...saved.manifest.tables[0].keys!].sort());
  });

  it('runs a query the user issues during a save before the save\'s last slice', async () => {
    await createWide(runner, WIDE);
    let click: Promise<unknown> | undefined;
    const { runner: engine, ran } = queued(runner, (sql) => {
      if (!click && sql.startsWith('COPY')) click = engine.run('SELECT 42 AS user_click', []);
    });
    const saved = await saveTables(engine, store, ['wide'], { sliceRows: 10 });
    expect(saved.persistent).toBe(true);
    expect(click).toBeDefined();
    await click;
    const copies = ran.map((sql, i) => (sql.startsWith('COPY') ? i : -1)).filter((i) => i >= 0);
    expect(copies).toHaveLength(3);
    const user = ran.indexOf('SELECT 42 AS user_click');
    expect(user).toBeGreaterThan(copies[0]);
    expect(user).toBeLessThan(copies[copies.length - 1]);
  });

  it('a save cut short after some slices leaves the previous save to restore, whole', async () => {
    await createWide(runner, WIDE);
    await saveTables(runner, store, ['wide'], { sliceRows: 10 });
    await runner.run('DELETE FROM wide WHERE id > 20', []);
    let slices = 0;
    const failing: KeyValueStore = {
      ...store,
      set: (key, value) => (key.startsWith('data:table:') && ++slices === 2 ? Promise.reject(new Error('QuotaExceededError')) : store.set(key, value)),
    };
    expect(await saveTables(runner, failing, ['wide'], { sliceRows: 10 })).toMatchObject({ persistent: false, error: 'QuotaExceededError' });
    const fresh = await openNodeDuckDB();
    expect((await restore(fresh, store)).failed).toEqual([]);
    expect(await wideRows(fresh)).toEqual(WIDE);

    // A slice missing from storage fails that table's restore and leaves nothing half-loaded.
    const entry = (await readManifest(store)).tables[0];
    await store.delete(entry.keys![1]);
    const broken = await openNodeDuckDB();
    expect(await restore(broken, store)).toMatchObject({ restored: [], failed: [{ name: 'wide', error: 'stored data is missing' }] });
    const left = await broken.run("SELECT count(*) AS n FROM information_schema.tables WHERE table_name LIKE '%restore%' OR table_name = 'wide'", []);
    expect(Number(left.toArray()[0].toJSON().n)).toBe(0);
  });
});
