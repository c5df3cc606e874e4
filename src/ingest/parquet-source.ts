/**
 * Where a Parquet file's bytes come from, kept beside the reader hyparquet uses (AsyncBuffer), so
 * the file can be handed to a Web Worker and decoded there: a File is passed as it is (no copy),
 * an address as the address, bytes as a copy. A reader with no recorded source is decoded in place.
 */
import type { AsyncBuffer } from 'hyparquet';

export type ParquetSource = { blob: Blob } | { bytes: Uint8Array } | { url: string; byteLength: number };

const sources = new WeakMap<AsyncBuffer, ParquetSource>();

export function withSource<T extends AsyncBuffer>(buffer: T, source: ParquetSource): T {
  sources.set(buffer, source);
  return buffer;
}

export const sourceOf = (buffer: AsyncBuffer): ParquetSource | undefined => sources.get(buffer);
