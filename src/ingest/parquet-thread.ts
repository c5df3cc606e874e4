/**
 * The page's side of the Parquet decoder worker (parquet-worker.ts): slices arrive one at a time,
 * and the next is asked for before the current one is handed to DuckDB, so decoding one slice and
 * loading the one before it overlap. Cancelling stops the worker.
 */
import type { AsyncBuffer, IpcSlice } from './parquet';
import { sourceOf } from './parquet-source';
import { ImportError } from './report';
import type { StagedType } from './stage';
import type { DecodeReply, DecodeRequest } from './parquet-worker';

/** A decoder running in a worker for `file`; undefined where there is no worker or the file cannot go to one. */
export function workerDecoder(file: AsyncBuffer, signal?: AbortSignal): ((staged: StagedType[]) => AsyncIterable<IpcSlice>) | undefined {
  const source = sourceOf(file);
  if (!source || typeof Worker === 'undefined') return undefined;
  return (staged) => slicesFrom(source, staged, signal);
}

async function* slicesFrom(source: NonNullable<ReturnType<typeof sourceOf>>, staged: StagedType[], signal?: AbortSignal): AsyncGenerator<IpcSlice> {
  const worker = new Worker(new URL('./parquet-worker.ts', import.meta.url), { type: 'module' });
  const ask = (request: DecodeRequest) => new Promise<IpcSlice | null>((resolve, reject) => {
    const stop = () => reject(new ImportError('aborted', 'the import was cancelled'));
    if (signal?.aborted) { stop(); return; }
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<DecodeReply>) => {
      signal?.removeEventListener('abort', stop);
      const reply = e.data;
      if ('error' in reply) reject(new ImportError(reply.error.code as ImportError['code'], reply.error.message, reply.error.detail));
      else resolve('slice' in reply ? reply.slice : null);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      const cause = e.message || 'the decoder stopped';
      reject(new ImportError('malformed', `the file could not be read as Parquet: ${cause}`, { cause, format: 'Parquet' }));
    };
    worker.postMessage(request);
  });
  try {
    // An answer not awaited yet (the consumer stopped, or cancelled) must not surface as unhandled.
    const ahead = (request: DecodeRequest) => { const p = ask(request); p.catch(() => undefined); return p; };
    let pending = ahead({ type: 'start', source, staged });
    for (;;) {
      const slice = await pending;
      if (!slice) return;
      pending = ahead({ type: 'next' });
      yield slice;
    }
  } finally {
    worker.terminate();
  }
}
