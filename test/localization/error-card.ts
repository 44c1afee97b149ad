/**
 * The localization tests read UI strings off a `<post-card>` in its error state: it shows a plain sentence,
 * one with a placeholder (the HTTP status) and a button label, all through `msg()`.
 */
import { fixture, html } from '@open-wc/testing';
import '../../src/post-card.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import { api, fresh, partText, reach } from '../helpers.js';

/** A card whose source answers 500, once it shows its error. */
export async function errorCard(): Promise<PostCardElement> {
  const el = await fixture<PostCardElement>(html`<post-card src=${fresh(api('faults/status/500'))} loading="eager"></post-card>`);
  await reach(el, 'error');
  return el;
}

/** The error sentence and the retry button's label, as rendered now. */
export function shownError(el: PostCardElement): { sentence: string | undefined; retry: string | undefined } {
  return {
    sentence: el.shadowRoot!.querySelector('[part~="error"] > span')?.textContent?.trim(),
    retry: partText(el, 'retry'),
  };
}
