/**
 * Helpers for the `<related-posts>` tests, on top of ../helpers.ts.
 */
import { configure } from '../../src/core/config.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import { api } from '../helpers.js';

/** The fixture post ids the tests use. */
export const EN_POST = '42';
export const AR_POST = '52';

/**
 * Routes requests through `configure({ fetch })`: URLs in `bodies` are answered with that JSON, the rest
 * go to the fixture API. Returns the list of every URL requested, in order.
 */
export function serve(bodies: Record<string, unknown> = {}): string[] {
  const requested: string[] = [];
  configure({
    fetch: async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      requested.push(url);
      if (Object.hasOwn(bodies, url)) {
        return new Response(JSON.stringify(bodies[url]), { headers: { 'Content-Type': 'application/json' } });
      }
      return fetch(input, init);
    },
  });
  return requested;
}

/** A fixture API body, fetched by the test itself (to build variants of real responses). */
export async function fixtureBody<T = unknown>(path: string): Promise<T> {
  return (await (await fetch(api(path), { cache: 'no-store' })).json()) as T;
}

/** The shadow elements matching `selector`. */
export function all<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The titles of the listed posts, as shown. */
export function shownTitles(el: RelatedPostsElement): string[] {
  return all(el, '[part~="item"] [part~="title"]').map((title) => title.textContent!.replace(/\s+/g, ' ').trim());
}

/** The links of the listed posts, as shown. */
export function shownLinks(el: RelatedPostsElement): string[] {
  return all<HTMLAnchorElement>(el, '[part~="item"] a[part~="link"]').map((link) => link.href);
}

/** Public links of the fixture posts, by WordPress id. */
export const LINK: Record<string, string> = {
  35: 'https://florin.blog/why-peatlands-matter-for-the-climate/',
  37: 'https://florin.blog/heat-pumps-cold-countries-nordic-numbers/',
  39: 'https://florin.blog/urban-foxes-and-the-city/',
  41: 'https://florin.blog/india-semiconductor-industry-packaging-not-fabs/',
  42: 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/',
  43: 'https://florin.blog/caribbean-cannabis-industry-regulation-export/',
  45: 'https://florin.blog/new-battery-rules-ebike-owners/',
  51: 'https://florin.blog/ar/india-semiconductor-industry-packaging-ar/',
  52: 'https://florin.blog/ar/chinese-open-source-ai-models-ar/',
  53: 'https://florin.blog/ar/caribbean-cannabis-industry-ar/',
  54: 'https://florin.blog/ar/when-the-desert-blooms-ar/',
};

/** The links of fixture posts, by id. */
export const links = (...ids: Array<string | number>) => ids.map((id) => LINK[id]);

/**
 * Whether the shadow root holds an element matching `selector`. A boolean on purpose: when an assertion on
 * an element fails, chai's description of it can take minutes.
 */
export const has = (el: Element, selector: string) => !!el.shadowRoot?.querySelector(selector);
