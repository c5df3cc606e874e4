/**
 * The Parquet decoder's Web Worker: hyparquet decodes the file here and posts each slice of rows
 * as Arrow IPC (the buffer transferred, not copied), one slice per request, so the page keeps
 * painting and answering clicks while a large file is read (parquet-thread.ts is the page's side).
 */
import { asyncBufferFromUrl } from 'hyparquet';
import { bytesBuffer, ipcSlices, parquetInfo, readError, type AsyncBuffer, type IpcSlice } from './parquet';
import type { ParquetSource } from './parquet-source';
import { blobBuffer, REQUEST } from './remote';
import type { StagedType } from './stage';

export type DecodeRequest = { type: 'start'; source: ParquetSource; staged: StagedType[] } | { type: 'next' };
export type DecodeReply = { slice: IpcSlice } | { done: true } | { error: { code: string; message: string; detail: Record<string, unknown> } };

interface WorkerScope {
  onmessage: ((e: MessageEvent<DecodeRequest>) => void) | null;
  postMessage(message: DecodeReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

function bufferOf(source: ParquetSource): Promise<AsyncBuffer> | AsyncBuffer {
  if ('blob' in source) return blobBuffer(source.blob);
  if ('bytes' in source) return bytesBuffer(source.bytes);
  return asyncBufferFromUrl({ url: source.url, byteLength: source.byteLength, requestInit: REQUEST });
}

let slices: AsyncGenerator<IpcSlice> | null = null;

async function answer(request: DecodeRequest): Promise<void> {
  if (request.type === 'start') {
    const file = await bufferOf(request.source);
    slices = ipcSlices(file, await parquetInfo(file), request.staged);
  }
  const next = await slices!.next();
  if (next.done) scope.postMessage({ done: true });
  else scope.postMessage({ slice: next.value }, [next.value.ipc.buffer]);
}

scope.onmessage = (e) => {
  answer(e.data).catch((err: unknown) => {
    const error = readError(err);
    // The detail's plain values only (it must survive the structured clone).
    const detail = Object.fromEntries(Object.entries(error.detail).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
    scope.postMessage({ error: { code: error.code, message: error.message, detail } });
  });
};
