/**
 * The page's side of text-worker.ts: a CSV's text as UTF-8 bytes for DuckDB. UTF-8 files need no
 * work; GBK and UTF-16 are converted in the worker where there is one (in Node, here). The file's
 * bytes come back from the worker into `file`, so it can be read again in another encoding.
 */
import { toUtf8, type TextInfo } from './read';
import { ImportError, type ImportErrorCode } from './report';
import type { TextReply, TextRequest } from './text-worker';

export async function utf8Bytes(file: { bytes: Uint8Array }, info: TextInfo, signal?: AbortSignal): Promise<Uint8Array> {
  const { bytes } = file;
  // Only a buffer the file owns whole can be lent to the worker.
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  if (info.encoding === 'utf-8' || typeof Worker === 'undefined' || !own) return toUtf8(bytes, info);
  const worker = new Worker(new URL('./text-worker.ts', import.meta.url), { type: 'module' });
  try {
    const reply = await new Promise<TextReply>((resolve, reject) => {
      const stop = () => reject(new ImportError('aborted', 'the import was cancelled'));
      if (signal?.aborted) return stop();
      signal?.addEventListener('abort', stop, { once: true });
      worker.onmessage = (e: MessageEvent<TextReply>) => resolve(e.data);
      worker.onerror = (e) => {
        e.preventDefault();
        reject(new ImportError('encoding', `the text could not be converted: ${e.message || 'the worker stopped'}`, { encoding: info.encoding }));
      };
      worker.postMessage({ bytes, info } satisfies TextRequest, [bytes.buffer]);
    });
    file.bytes = reply.bytes;
    if ('error' in reply) throw new ImportError(reply.error.code as ImportErrorCode, reply.error.message, reply.error.detail);
    return reply.utf8;
  } finally {
    worker.terminate();
  }
}
