/**
 * The language in effect at an element, for the elements only: shared/direction.ts, which the proxy imports, must stay
 * free of Lit (it runs on Node and edge runtimes, see test/server/edge.test.mjs).
 */
import { isServer } from 'lit';
import { normalizeLanguage } from '../shared/direction.js';

/**
 * The language in effect at `element`: the closest non-empty `lang` attribute, looking through shadow
 * roots to their hosts, else the document's `<html lang>`, else `en`. Returned in canonical form.
 *
 * Server rendering (`@lit-labs/ssr`) has no tree to walk: there, only the element's own `lang` counts (else
 * `en`), so a page that is not in English gives server-rendered elements a `lang` the client reads alike.
 */
export function nearestLanguage(element: Element): string {
  if (isServer) return normalizeLanguage(element.getAttribute('lang')) ?? 'en';
  let node: Element | null = element;
  let owner: Element | null = null;
  while (node && !(owner = node.closest('[lang]:not([lang=""])'))) {
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  // A detached element still belongs to a document.
  return normalizeLanguage((owner ?? element.ownerDocument.documentElement).getAttribute('lang')) ?? 'en';
}
