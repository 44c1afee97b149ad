/**
 * The one rule for which requests a collection request can answer together: a single WordPress or Ghost post
 * by id. The queue (batch-queue.ts) asks it of every JSON request to decide whether to hold it for the task;
 * the batch (batch.ts, on demand) asks it again to group what was held.
 */
import type { FetchedResource } from './request.js';

/** A single post that a collection request of its `group` can answer along with others. */
export interface BatchKey {
  /**
   * The collection the post belongs to: the URL without its id, its other parameters (`_embed`, `key`) kept.
   * WordPress: `…/wp/v2/posts` (in the path, or in `rest_route` for plain permalinks); Ghost (path only):
   * `…/ghost/api/content/posts/` or `…/pages/` (a proxy's `…/ghost/content/…` too).
   */
  group: string;
  /** The post's id as its site reads it: `post-id="042"` is WordPress post 42; Ghost ids are 24 hex digits. */
  id: string;
}

const SINGLE_POST = /^(.*\/wp\/v2\/posts)\/(\d+)\/?$|^(.*\/ghost\/(?:api\/)?content\/(?:posts|pages))\/([\da-f]{24})\/?$/;

/** How `url` can be batched, or `undefined` for a URL of any other kind. */
export function batchKey(url: string): BatchKey | undefined {
  const parsed = new URL(url);
  // Plain permalinks name the route in `rest_route`, pretty ones in the path.
  const route = parsed.searchParams.get('rest_route');
  const [, wordpress, postId, ghost, ghostId] = SINGLE_POST.exec(route ?? parsed.pathname) ?? [];
  if (wordpress) {
    if (route == null) parsed.pathname = wordpress;
    else parsed.searchParams.set('rest_route', wordpress);
    return { group: parsed.href, id: String(Number(postId)) };
  }
  if (ghost && route == null) {
    parsed.pathname = `${ghost}/`;
    return { group: parsed.href, id: ghostId! };
  }
  return undefined;
}

/** A caller of `fetchResource` whose URL may be batched, held by the queue for its task. */
export interface Waiting {
  url: string;
  signal: AbortSignal;
  resolve(resource: FetchedResource): void;
  reject(error: unknown): void;
}

/** How the batch sends a request: the fetch layer's own `request()`, JSON. */
export type Send = (url: string, signal: AbortSignal) => Promise<FetchedResource>;
