/**
 * A Node `Readable` as a web `ReadableStream`, pulled on demand: a chunk is read from the source
 * only when the stream's reader asks for one (high-water mark 0), and cancelling destroys the
 * source. Hand-made rather than `Readable.toWeb()`, which reads ahead and, on Node 20, could
 * enqueue into a stream already cancelled (`ERR_INVALID_STATE`).
 */
import type { Readable } from 'node:stream';

/**
 * `source`'s chunks as a `ReadableStream`; a failure of the source errors the stream with
 * `asError(failure)`.
 */
export function pulledStream(source: Readable, asError: (failure: Error) => Error): ReadableStream<Uint8Array> {
  let finished = false;
  let stopWaiting = (): void => {};
  let settlePull = (): void => {};
  // A failure between two reads is seen at the next one (source.errored), not thrown unhandled.
  source.on('error', () => {});

  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        return new Promise<void>((resolve) => {
          settlePull = resolve;
          const attempt = (): void => {
            stopWaiting();
            if (finished) return resolve();
            const chunk = source.errored ? null : (source.read() as Buffer | null);
            if (chunk !== null) {
              controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
            } else if (source.readableEnded) {
              finished = true;
              controller.close();
            } else if (source.destroyed) {
              finished = true;
              controller.error(asError(source.errored ?? new Error('The upstream body was cut off.')));
            } else {
              // Nothing yet: wait for data, the end, or a failure, whichever comes first.
              source.on('readable', attempt).on('end', attempt).on('close', attempt);
              stopWaiting = () => {
                source.off('readable', attempt).off('end', attempt).off('close', attempt);
                stopWaiting = () => {};
              };
              return;
            }
            resolve();
          };
          attempt();
        });
      },
      cancel() {
        finished = true;
        stopWaiting();
        settlePull();
        // Stops decoding and, the body being unfinished, closes the upstream connection.
        source.destroy();
      },
    },
    { highWaterMark: 0 },
  );
}
