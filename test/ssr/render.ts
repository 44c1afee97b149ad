/**
 * The Node side of the server-rendering test: the four elements rendered by `@lit-labs/ssr` to declarative
 * shadow DOM, as Eleventy or Astro would. Every element gets `defer-hydration`, so the page's `hydrate()`
 * sets `.data` before the element hydrates its own shadow root.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import '../../src/index.js';
import { pages, type PageName } from './templates.js';

export function renderPage(name: PageName, data: unknown): Promise<string> {
  const page = pages[name] as (data: unknown) => ReturnType<(typeof pages)[PageName]>;
  return collectResult(render(page(data), { deferHydration: true }));
}
