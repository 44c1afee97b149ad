import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '../core/localization.js';
import { directionForLanguage } from '../shared/direction.js';
import type { Post } from '../core/model.js';
import { renderHeadingSlot, renderLoadingText } from '../core/post-embeds-element.js';
import { renderPostCard, renderPostCardSkeleton } from '../post-card/post-card.template.js';

export type RelatedPostsLayout = 'list' | 'grid' | 'adjacent';

export interface RelatedPostsOptions {
  layout: RelatedPostsLayout;
  /** Text of the default heading; without it only a slotted heading shows. */
  heading?: string;
  /** The library's own locale (`uiLocale()`), for every post's date whatever its language. */
  locale: string;
  /** The element has its own `dir`: the data's language then sets no direction. */
  ownDir: boolean;
}

/** Item titles sit one level below the block's `<h2>`. */
const ITEM_HEADING_LEVEL = 3;

/** The heading and a list of compact cards (the `<post-card>` template, one card per item). */
export function renderRelatedList(posts: Post[], options: RelatedPostsOptions): TemplateResult {
  return html`${renderHeadingSlot(options.heading)}
    <div class="posts ${options.layout}">
      <ul part="list" class="list">
        ${posts.map(
          (post) => html`<li part="item" class="item">
            ${renderPostCard(post, {
              layout: 'compact',
              headingLevel: ITEM_HEADING_LEVEL,
              locale: options.locale,
              lang: post.language,
              dir: options.ownDir ? undefined : directionForLanguage(post.language),
            })}
          </li>`,
        )}
      </ul>
    </div>`;
}

/**
 * The previous/next pair in a `<nav>`: previous at the inline start, next at the inline end, each arrow
 * pointing outwards (the styles mirror them in right-to-left text).
 */
export function renderAdjacent(previous: Post | undefined, next: Post | undefined, options: RelatedPostsOptions): TemplateResult {
  return html`${renderHeadingSlot(options.heading)}
    <nav class="adjacent" aria-label=${options.heading ?? msg('Post navigation', { id: 'pe.related.navigation' })}>
      ${previous ? renderNeighbour(previous, 'previous', msg('Previous post', { id: 'pe.related.previous' })) : nothing}
      ${next ? renderNeighbour(next, 'next', msg('Next post', { id: 'pe.related.next' })) : nothing}
    </nav>`;
}

function renderNeighbour(post: Post, side: 'previous' | 'next', label: string): TemplateResult {
  const arrow = html`<span class="arrow" aria-hidden="true">${side === 'previous' ? '←' : '→'}</span>`;
  return html`<a part="${side} link" class="neighbour ${side}" href=${post.url!} rel=${side === 'previous' ? 'prev' : 'next'}>
    <span class="label">${side === 'previous' ? [arrow, label] : [label, arrow]}</span>
    <span part="title" class="neighbour-title" lang=${ifDefined(post.language)}><bdi>${post.title}</bdi></span>
  </a>`;
}

/** The loading placeholder, shaped like the result (`limit` cards, or the pair) so nothing moves when it arrives. */
export function renderRelatedSkeleton(limit: number, options: RelatedPostsOptions): TemplateResult {
  if (options.layout === 'adjacent') {
    return html`<div class="adjacent" aria-busy="true">
      ${renderLoadingText()}
      <div class="neighbour previous pe-skeleton"></div>
      <div class="neighbour next pe-skeleton"></div>
    </div>`;
  }
  return html`${renderHeadingSlot(options.heading)}
    <div class="posts ${options.layout}" aria-busy="true">
      ${renderLoadingText()}
      <ul part="list" class="list" aria-hidden="true">
        ${Array.from({ length: limit }, () => html`<li part="item" class="item">${renderPostCardSkeleton('compact')}</li>`)}
      </ul>
    </div>`;
}
