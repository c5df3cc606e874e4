/**
 * Persistence round trip with the in-memory store: import, save as Parquet, open a fresh database,
 * restore, and find the same tables (rows and content fingerprints); appends, removal, clearing.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../helpers/duckdb-node';
import { createQuery, type SqlRunner } from '../../../src/engine/query';
import { importFile } from '../../../src/ingest/load';
import { memoryStore, type KeyValueStore } from '../../../src/ingest/kv';
import { rememberMapping } from '../../../src/ingest/memory';
import { clear, readManifest, removeSource, restore, saveTables, usage } from '../../../src/ingest/store';
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
      dateRange: { column: 'order_date', min: '2024-01-05', max: '2024-12-31' }, fingerprint: o.fingerprint,
    });
    expect(entry.bytes).toBeGreaterThan(0);

    const fresh = await openNodeDuckDB();
    const restored = await restore(fresh, store);
    expect(restored.failed).toEqual([]);
    expect(restored.restored.map((t) => t.name).sort()).toEqual(['orders', 'partners']);
    expect(await tableState(fresh, 'orders')).toEqual(await tableState(runner, 'orders'));
    expect(await loadedOrders(fresh)).toEqual(await loadedOrders(runner));
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
