/**
 * Files from outside the page: a dropped File (read by handle) and data published at an address.
 * An address is only ever fetched after the user confirmed it (the `?data=` panel, or typing it
 * into the Data page's field); this module does the checking and the reading. Parquet at an
 * address is read by HTTP range requests (footer, then the column chunks), never downloaded whole;
 * a CSV is downloaded, since DuckDB reads it from memory.
 */
import type { AsyncBuffer } from './parquet';
import type { ImportFile } from './plan';
import { ImportError } from './report';
import { withSource } from './parquet-source';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const isParquetHead = (head: Uint8Array) => head.length >= 4 && MAGIC.every((b, i) => head[i] === b);

/** A dropped File read by handle: only the byte ranges hyparquet asks for are read. */
export function blobBuffer(blob: Blob): AsyncBuffer {
  return withSource({ byteLength: blob.size, slice: (start, end) => blob.slice(start, end).arrayBuffer() }, { blob });
}

/** A dropped or chosen File: Parquet is read by byte ranges from the handle, anything else whole. */
export async function fileFromBlob(file: File): Promise<ImportFile> {
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  if (isParquetHead(head)) return { name: file.name, parquet: blobBuffer(file) };
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export type AddressCheck = { ok: true; url: URL } | { ok: false; reason: 'malformed' | 'not-https' };

/**
 * An address the app may fetch: https, or the page's own origin (data published beside the app;
 * relative addresses resolve against the page). Addresses with user names or passwords are
 * refused as malformed: a link must not carry credentials.
 */
export function checkAddress(raw: string, page: { href: string; origin: string }): AddressCheck {
  let url: URL;
  try {
    url = new URL(raw.trim(), page.href);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (url.username || url.password || !/^https?:$/.test(url.protocol)) return { ok: false, reason: 'malformed' };
  if (url.protocol !== 'https:' && url.origin !== page.origin) return { ok: false, reason: 'not-https' };
  return { ok: true, url };
}

/** The file name an address stands for: its last path segment. */
export function addressName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last) || url.hostname;
  } catch {
    return last || url.hostname;
  }
}

// No cookies or referrer go to the data host: the address is all it learns.
export const REQUEST: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' };

async function get(url: URL, fetchFn: typeof fetch, headers?: Record<string, string>): Promise<Response> {
  let res: Response;
  try {
    res = await fetchFn(url, { ...REQUEST, headers });
  } catch (e) {
    throw new ImportError('network', `${url.host} could not be reached (offline, or the host does not allow reading from other sites)`, {
      host: url.host, cause: e instanceof Error ? e.message : String(e),
    });
  }
  if (!res.ok) throw new ImportError('network', `${url.host} answered HTTP ${res.status}`, { host: url.host, status: res.status });
  return res;
}

/**
 * Open a checked address: one small range request shows whether it is Parquet (then read by
 * ranges from there on) and, from Content-Range, how long it is. A host that ignores ranges sends
 * the whole file at once, which is then used as it is.
 */
export async function fileFromAddress(url: URL, fetchFn: typeof fetch = fetch): Promise<ImportFile> {
  const name = addressName(url);
  const probe = await get(url, fetchFn, { Range: 'bytes=0-3' });
  if (probe.status !== 206) return { name, bytes: new Uint8Array(await probe.arrayBuffer()) };
  const head = new Uint8Array(await probe.arrayBuffer());
  if (!isParquetHead(head)) return { name, bytes: new Uint8Array(await (await get(url, fetchFn)).arrayBuffer()) };
  const total = /\/(\d+)\s*$/.exec(probe.headers.get('Content-Range') ?? '')?.[1];
  const { asyncBufferFromUrl } = await import('hyparquet');
  const parquet = await asyncBufferFromUrl({
    url: url.href, byteLength: total ? Number(total) : undefined, requestInit: REQUEST, fetch: fetchFn,
  }).catch((e: unknown) => { throw new ImportError('network', `${url.host}: ${e instanceof Error ? e.message : String(e)}`, { host: url.host }); });
  // A test's own fetch cannot go to a worker: such a file is decoded in place.
  return { name, parquet: fetchFn === fetch ? withSource(parquet, { url: url.href, byteLength: parquet.byteLength }) : parquet };
}
