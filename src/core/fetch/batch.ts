/**
 * One request for many posts by id, an on-demand chunk that the queue (batch-queue.ts) loads when a task asks
 * for two or more posts that may be batched (batchable.ts says which). Cards asking one site for single posts
 * in the same task are answered by a collection request, at most 100 ids each: WordPress `/wp/v2/posts?include=1,2,3&per_page=100`, Ghost
 * `/posts/?filter=id:[a,b,c]&limit=100`. Each card still gets its own resource (the single post's body, as
 * the single URL would have answered), or its own `not-found` when the site did not return its id.
 */
import { PostEmbedsError } from '../../shared/errors.js';
import { batchKey, type BatchKey, type Send, type Waiting } from './batchable.js';
import type { FetchedResource } from './request.js';

/** How a batch key's collection is asked for and read. */
interface BatchMember extends BatchKey {
  /** The collection URL asking for `ids`. */
  collection(ids: string[]): string;
  /** The posts of a collection's body, or `undefined` when it is not one. */
  items(body: unknown): Array<{ id?: unknown }> | undefined;
  /** The body the single URL answers with `item`. */
  single(body: unknown, item: unknown): unknown;
}

/** A Ghost collection (`…/content/posts/` or `…/pages/`) names its kind, the field of its answer. */
const GHOST_COLLECTION = /\/content\/(posts|pages)\/$/;

/** How `url` can be batched, or `undefined` for a URL of any other kind. */
function batchMember(url: string): BatchMember | undefined {
  const key = batchKey(url);
  if (!key) return undefined;
  const withQuery = (query: Record<string, string>) => {
    const next = new URL(key.group);
    for (const [name, value] of Object.entries(query)) next.searchParams.set(name, value);
    // `_embed` stays a bare flag, as the single URL has it.
    return next.href.replace(/=(?=&|$)/g, '');
  };
  const kind = GHOST_COLLECTION.exec(new URL(key.group).pathname)?.[1];
  if (!kind) {
    return {
      ...key,
      collection: (ids) => withQuery({ include: ids.join(','), per_page: '100' }),
      items: (body) => (Array.isArray(body) ? body : undefined),
      single: (_, item) => item,
    };
  }
  return {
    ...key,
    collection: (ids) => withQuery({ filter: `id:[${ids.join(',')}]`, limit: '100' }),
    items: (body) => {
      const items = (body as Record<string, unknown> | null)?.[kind];
      return Array.isArray(items) ? items : undefined;
    },
    // Ghost answers a single post as a list of one, with the response's other fields (`meta`).
    single: (body, item) => ({ ...(body as object), [kind]: [item] }),
  };
}

interface Member extends Waiting {
  member: BatchMember;
}

/**
 * Answers the callers queued in one task: by a collection request per site and kind (at most 100 ids each),
 * a caller whose URL is not a single post, or alone in its collection, by its own request.
 */
export function flushBatch(queue: Waiting[], send: Send): void {
  const groups = new Map<string, Member[]>();
  for (const waiting of queue) {
    const member = batchMember(waiting.url);
    if (!member) fetchEach([waiting], send);
    else groups.set(member.group, [...(groups.get(member.group) ?? []), { ...waiting, member }]);
  }
  for (const members of groups.values()) {
    for (let start = 0; start < members.length; start += 100) request(members.slice(start, start + 100), send);
  }
}

async function request(members: Member[], send: Send): Promise<void> {
  if (members.length === 1) return fetchEach(members, send);
  // The collection request stops when every card that wants it has gone.
  const controller = new AbortController();
  let left = members.length;
  for (const { signal } of members) signal.addEventListener('abort', () => --left || controller.abort(), { once: true });
  let resource: FetchedResource;
  try {
    resource = await send(members[0]!.member.collection(members.map(({ member }) => member.id)), controller.signal);
  } catch (error) {
    // A site that refuses the collection query (an HTTP error) may still answer each post: ask as each card
    // would have. A site that is down, slow or gone fails every card alike.
    if (error instanceof PostEmbedsError && error.code == 'http') return fetchEach(members, send);
    for (const { reject } of members) reject(error);
    return;
  }
  const { url, body, size = 0 } = resource;
  const items = members[0]!.member.items(body);
  if (!items) return fetchEach(members, send);
  for (const { member, resolve, reject } of members) {
    const item = items.find((post) => String(post?.id) === member.id);
    // Each post counts for its share of the collection in the cache's bound.
    if (item) resolve({ url, body: member.single(body, item), size: size / members.length });
    else reject(new PostEmbedsError('not-found', `${url} has no post with id ${member.id}.`, { url }));
  }
}

function fetchEach(members: Waiting[], send: Send): void {
  for (const { url, signal, resolve, reject } of members) send(url, signal).then(resolve, reject);
}
