/**
 * How big a file the browser can take, checked before a byte is read: a file over the limit gets a
 * clear message with the size that works and the Parquet route, never a frozen or crashed tab.
 * Measured in headless Chromium (README, "Limits"): an orders CSV of 3 million rows (498 MB)
 * imports; 4 million rows (664 MB) runs DuckDB-WASM out of memory (3.1 GiB used). DuckDB then
 * fails the import cleanly, but only after reading the whole file, so larger files are refused up front.
 */
import { fill, i18n } from '../i18n/i18n.svelte';
import { dataMessages } from '../i18n/pages/data';
import { imports, type FailedImport } from './imports.svelte';

const MB = 2 ** 20;
/** Text files (CSV, TSV, TXT) up to this size import. */
export const MAX_TEXT_BYTES = 500 * MB;
/** No file is read past this: one ArrayBuffer (and DuckDB-WASM's file buffers) stop near 2 GiB. */
export const MAX_ANY_BYTES = 2047 * MB;

const isParquet = (name: string) => /\.parquet$/i.test(name);

/** 1.4 GB, 512 MB, 3.2 MB, 48 KB: a size with two or three significant figures. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= 10 * MB) return `${Math.round(bytes / MB)} MB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return bytes <= 0 ? '0 KB' : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The message for a file that is too big for this browser, or null when it may be read. */
export function tooLarge(name: string, size: number): string | null {
  const limit = isParquet(name) ? MAX_ANY_BYTES : MAX_TEXT_BYTES;
  if (size <= limit) return null;
  return fill(dataMessages[i18n.locale].tooLarge, { file: name, size: formatSize(size), limit: formatSize(limit) });
}

/** The files that may be read; each refused one is listed as a failed import with its message. */
export function admit(files: File[]): File[] {
  const refused: FailedImport[] = [];
  const ok = files.filter((f) => {
    const message = tooLarge(f.name, f.size);
    if (message) refused.push({ file: f.name, code: 'too-large', message });
    return !message;
  });
  if (refused.length) imports.failures = [...refused, ...imports.failures];
  return ok;
}

type Sentences = typeof import('./failure-sentences');
let sentences: Sentences | null = null;

/** The sentences for failed imports (failure-sentences.ts): loaded with the first failure, not with the page. */
export async function loadFailureTexts(): Promise<Sentences> {
  sentences ??= await import('./failure-sentences');
  return sentences;
}

const OUT_OF_MEMORY = /out of memory|could not allocate|Array buffer allocation failed|Invalid (string|typed array) length/i;

/**
 * A failed import's message for people: running out of memory says what size works and what to do;
 * anything else gets the sentence for its error code, or, without one, the error as it was written.
 */
export function failureText(f: FailedImport): string {
  if (OUT_OF_MEMORY.test(f.message)) return fill(dataMessages[i18n.locale].outOfMemory, { limit: formatSize(MAX_TEXT_BYTES) });
  return sentences?.failureSentence(f, i18n.locale) ?? f.message;
}
