/**
 * Test helpers shared by the element tests. The fixture API (test/fixture-api/fixture-api.mjs) is mounted by
 * web-test-runner.config.mjs, so `/api/…` is served by the same origin as the tests.
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { PostEmbedsError } from '../src/shared/errors.js';
import { clearResourceCache } from '../src/core/fetch/cache.js';
import { configure, resetConfig } from '../src/core/config.js';
import type { PostEmbedsElement, LoadState } from '../src/core/post-embeds-element.js';

/**
 * Both browsers run against one fixture server at once: each test page uses its own log scope
 * (`/api/~<scope>/…` is served like `/api/…` but counted apart), so request counts never mix.
 */
const SCOPE = `t${Math.random().toString(36).slice(2, 10)}`;
const scoped = (path: string) => path.replace(/^\/api\/(?!~)/, `/api/~${SCOPE}/`);

/** Absolute URL of a fixture API path, in this page's scope. */
export const api = (path: string) => new URL(scoped(`/api/${path.replace(/^\/+/, '')}`), location.href).href;

/** The WordPress REST root of the fixture site. */
export const wpRoot = api('wp-json');

/** How many requests this page made for paths starting with `prefix` (`/api/…` path + query). */
export async function requestCount(prefix: string): Promise<number> {
  const response = await fetch(`/api/__log?path=${encodeURIComponent(scoped(prefix))}`, { cache: 'no-store' });
  return ((await response.json()) as { count: number }).count;
}

/** Forgets this page's requests. */
export async function resetRequestLog(): Promise<void> {
  await fetch(`/api/__log/reset?path=${encodeURIComponent(`/api/~${SCOPE}/`)}`, { cache: 'no-store' });
}

/** A query parameter that makes a URL unique to one test (the fixture API ignores unknown parameters). */
let unique = 0;
export const fresh = (url: string) => `${url}${url.includes('?') ? '&' : '?'}t=${Date.now()}-${++unique}`;

/** Resolves when the element reaches `state`. */
export async function reach(el: PostEmbedsElement<unknown>, state: LoadState, timeout = 5000): Promise<void> {
  await waitUntil(() => el.state === state, `expected state ${state}, still ${el.state}`, { timeout });
  await el.updateComplete;
}

/** Resets the shared cache and configuration between tests. */
export function resetCore(): void {
  clearResourceCache();
  resetConfig();
  configure({});
}

/** Collects the events of the `<img>`-style life cycle, in order. */
export function recordEvents(el: EventTarget): string[] {
  const seen: string[] = [];
  for (const type of ['loadstart', 'load', 'error', 'loadend']) {
    el.addEventListener(type, () => seen.push(type));
  }
  return seen;
}

/** Text of a part inside an element's shadow root, whitespace collapsed. */
export function partText(el: Element, part: string): string | undefined {
  return el.shadowRoot?.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot?.querySelector<T>(`[part~="${name}"]`) ?? null;
}

/**
 * Waits for `el` to fail and checks what every element promises in the error state: `error` then `loadend`,
 * `.error` set, `:state(error)`, a message, the light-DOM fallback shown again inside the error box, and a retry button
 * where a retry can help.
 */
export async function expectErrorState(el: PostEmbedsElement<unknown>, fallbackText: string): Promise<PostEmbedsError> {
  const seen = recordEvents(el);
  const event = (await oneEvent(el, 'error')) as CustomEvent<{ error: PostEmbedsError }>;
  await reach(el, 'error');
  await waitUntil(() => seen.includes('loadend'));
  expect(seen).to.deep.equal(['error', 'loadend']);
  expect(event.detail.error).to.be.instanceOf(PostEmbedsError);
  expect(el.error).to.equal(event.detail.error);
  expect(el.matches(':state(error)')).to.equal(true);
  expect(partText(el, 'error')).to.be.a('string').and.have.length.greaterThan(10);
  // "Try again" only where trying again can help: the network, a timeout, a server's error.
  const { code, status = 0 } = event.detail.error;
  const transient = code === 'network' || code === 'timeout' || (code === 'http' && (status >= 500 || status === 408 || status === 429));
  expect(part(el, 'retry')?.localName, `retry for ${code} ${status}`).to.equal(transient ? 'button' : undefined);
  // The fallback shows inside the error box.
  const slot = part(el, 'error')!.querySelector('slot')!;
  expect(slot.assignedElements()[0]?.textContent).to.equal(fallbackText);
  return event.detail.error;
}
