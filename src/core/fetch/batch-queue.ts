/**
 * The queue that holds single posts asked for in one task, so that the on-demand batch (batch.ts) can answer
 * them with one collection request per site; a lone request goes out as it is.
 */
import { loadChunk } from '../chunks.js';
import { batchKey, type Send, type Waiting } from './batchable.js';
import { request, type FetchedResource } from './request.js';

let queue: Waiting[] = [];

/**
 * `url`, fetched with the other single posts asked for in this task (one request when alone); `undefined` when
 * `url` is not a single post by id. `fetchResource`'s `batch` option.
 */
export function batched(url: string, signal: AbortSignal): Promise<FetchedResource> | undefined {
  if (!batchKey(url)) return undefined;
  return new Promise((resolve, reject) => {
    if (!queue.length) setTimeout(flush);
    queue.push({ url, signal, resolve, reject });
  });
}

function flush(): void {
  // Callers gone while they waited get their abort; the others are asked for.
  const waiting = queue.filter(({ signal, reject }) => !signal.aborted || reject(signal.reason));
  queue = [];
  const send: Send = (url, signal) => request(url, 'json', signal);
  if (waiting.length < 2) return waiting.forEach(({ url, signal, resolve, reject }) => send(url, signal).then(resolve, reject));
  loadChunk(import('./batch.js')).then(
    ({ flushBatch }) => flushBatch(waiting, send),
    (error) => waiting.forEach(({ reject }) => reject(error)),
  );
}
