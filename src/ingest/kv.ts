/**
 * The small key-value store persistence and mapping memory write to: IndexedDB in the browser,
 * a Map in Node tests. Injected, so nothing in ingest touches a browser global directly.
 */

export type StoredValue = Uint8Array | string;

export interface KeyValueStore {
  get(key: string): Promise<StoredValue | undefined>;
  set(key: string, value: StoredValue): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys starting with `prefix` (all keys without one). */
  keys(prefix?: string): Promise<string[]>;
}

export function memoryStore(): KeyValueStore {
  const map = new Map<string, StoredValue>();
  return {
    get: async (key) => map.get(key),
    set: async (key, value) => { map.set(key, typeof value === 'string' ? value : value.slice()); },
    delete: async (key) => { map.delete(key); },
    keys: async (prefix = '') => [...map.keys()].filter((k) => k.startsWith(prefix)),
  };
}

const STORE = 'kv';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * An IndexedDB-backed store, or null where IndexedDB is missing or refused (private windows in
 * some browsers, storage disabled): the caller then reports `persistent: false`.
 */
export async function indexedDbStore(name = 'channellens'): Promise<KeyValueStore | null> {
  if (typeof indexedDB === 'undefined') return null;
  let db: IDBDatabase;
  try {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => { open.result.createObjectStore(STORE); };
    db = await request(open);
  } catch {
    return null;
  }
  const tx = async <T>(mode: IDBTransactionMode, job: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const t = db.transaction(STORE, mode);
    const result = await request(job(t.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted'));
    });
    return result;
  };
  return {
    get: async (key) => (await tx('readonly', (s) => s.get(key))) as StoredValue | undefined,
    set: async (key, value) => { await tx('readwrite', (s) => s.put(value, key)); },
    delete: async (key) => { await tx('readwrite', (s) => s.delete(key)); },
    keys: async (prefix = '') => {
      const all = (await tx('readonly', (s) => s.getAllKeys())) as IDBValidKey[];
      return all.map(String).filter((k) => k.startsWith(prefix));
    },
  };
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable ids for header signatures. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
