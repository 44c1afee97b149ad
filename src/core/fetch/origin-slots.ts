/**
 * Per-origin concurrency: requests in flight per origin (at most `maxConcurrentPerOrigin`), and a FIFO of the
 * starts waiting for a slot. A request aborted while it waits keeps its place and, when its turn comes, hands
 * the slot straight on.
 */
import { DEFAULT_MAX_CONCURRENT_PER_ORIGIN, getConfig } from '../config.js';

const active = new Map<string, number>();
const queues = new Map<string, Array<() => void>>();

/** Takes a slot of `origin` now, or returns the promise of one. */
export function acquireSlot(origin: string): Promise<void> | void {
  const running = active.get(origin) ?? 0;
  if (running < (getConfig().maxConcurrentPerOrigin ?? DEFAULT_MAX_CONCURRENT_PER_ORIGIN)) {
    active.set(origin, running + 1);
    return;
  }
  let queue = queues.get(origin);
  if (!queue) queues.set(origin, (queue = []));
  return new Promise((start) => queue.push(start));
}

/** A finished request hands its slot to the first one waiting, or frees it. */
export function releaseSlot(origin: string): void {
  const next = queues.get(origin)?.shift();
  if (next) next();
  else active.set(origin, active.get(origin)! - 1);
}
