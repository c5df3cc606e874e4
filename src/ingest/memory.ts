/**
 * Mapping memory: a mapping the user confirmed, keyed by the file's header signature, so next
 * month's export of the same report maps the same way without asking.
 */
import type { KeyValueStore } from './kv';
import { shortHash } from './kv';
import type { CleanHeader } from './names';
import { TABLE_NAMES, type TableName } from './schema';

export interface RememberedMapping {
  signature: string;
  table: TableName | 'raw';
  /** Canonical column → source column index. */
  mapping: Record<string, number>;
  savedAt: string;
}

const PREFIX = 'mapping:';

/** Headers by key, in order: the same report with the same columns gives the same signature. */
export function headerSignature(headers: CleanHeader[]): string {
  return headers.map((h) => h.key).join('|');
}

export async function rememberMapping(
  store: KeyValueStore, headers: CleanHeader[], table: TableName | 'raw', mapping: Record<string, number>,
): Promise<void> {
  const signature = headerSignature(headers);
  const entry: RememberedMapping = { signature, table, mapping, savedAt: new Date().toISOString() };
  await store.set(PREFIX + shortHash(signature), JSON.stringify(entry));
}

/** The remembered mapping for these headers, if any (and if it still fits them). */
export async function recallMapping(store: KeyValueStore, headers: CleanHeader[]): Promise<RememberedMapping | null> {
  const signature = headerSignature(headers);
  const raw = await store.get(PREFIX + shortHash(signature));
  if (typeof raw !== 'string') return null;
  try {
    const entry = JSON.parse(raw) as RememberedMapping;
    const validTable = entry.table === 'raw' || (TABLE_NAMES as readonly string[]).includes(entry.table);
    const validIndexes = Object.values(entry.mapping).every((i) => Number.isInteger(i) && i >= 0 && i < headers.length);
    return entry.signature === signature && validTable && validIndexes ? entry : null;
  } catch {
    return null;
  }
}

export async function forgetMappings(store: KeyValueStore): Promise<void> {
  for (const key of await store.keys(PREFIX)) await store.delete(key);
}
