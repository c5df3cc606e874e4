/**
 * GBK and UTF-16 text → UTF-8 bytes for DuckDB, in a Web Worker: decoding and re-encoding a
 * 100 MB export takes about a second, which on the page's thread would freeze it (text-thread.ts
 * is the page's side). The file's bytes come in transferred and go back with the UTF-8 bytes.
 */
import { toUtf8, type TextInfo } from './read';
import { ImportError } from './report';

export interface TextRequest { bytes: Uint8Array; info: TextInfo }
export type TextReply =
  | { bytes: Uint8Array; utf8: Uint8Array }
  | { bytes: Uint8Array; error: { code: string; message: string; detail: Record<string, string | number> } };

interface WorkerScope {
  onmessage: ((e: MessageEvent<TextRequest>) => void) | null;
  postMessage(message: TextReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (e) => {
  const { bytes, info } = e.data;
  try {
    const utf8 = toUtf8(bytes, info);
    scope.postMessage({ bytes, utf8 }, [bytes.buffer, utf8.buffer]);
  } catch (err) {
    const error = err instanceof ImportError ? err : new ImportError('encoding', err instanceof Error ? err.message : String(err));
    // The detail's plain values only (it must survive the structured clone).
    const detail = Object.fromEntries(Object.entries(error.detail).filter((kv): kv is [string, string | number] => typeof kv[1] === 'string' || typeof kv[1] === 'number'));
    scope.postMessage({ bytes, error: { code: error.code, message: error.message, detail } }, [bytes.buffer]);
  }
};
