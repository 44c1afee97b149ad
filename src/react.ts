'use client';
/**
 * React wrappers: `import { PostCard } from 'post-embeds/react'` gives components with typed props (every
 * property of the element) and `onLoadStart`, `onLoad`, `onError`, `onLoadEnd` handlers typed per element.
 * React 19 can render the tags themselves, but listens to `onload` only in lower case; these wrappers take
 * React's usual names.
 *
 * The module is a client module (`'use client'`: Next.js and other React Server Components hosts render the
 * wrappers on the client side of the boundary). Each wrapper registers its own element the first time it
 * renders, and only that one: a page using `<PostCard>` alone never defines `<related-posts>`, and a bundler
 * drops the wrappers (and the elements) a page does not import.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import type { Citation } from './core/citation-model.js';
import type { PostEmbedsErrorEvent, PostEmbedsLoadEvent, PostEmbedsProgressEvent } from './core/events.js';
import type { Post } from './core/model.js';
import type { OEmbed } from './shared/oembed-model.js';
import { OEmbedPreviewElement } from './oembed-preview/oembed-preview.js';
import { PostCardElement } from './post-card/post-card.js';
import type { RelatedPostsData } from './core/model.js';
import { RelatedPostsElement } from './related-posts/related-posts.js';
import { SourceCitationElement } from './source-citation/source-citation.js';

/** The life-cycle events as React props, `load` typed with the element's model. */
const lifeCycleEvents = <T>() => ({
  onLoadStart: 'loadstart' as EventName<PostEmbedsProgressEvent>,
  onLoad: 'load' as EventName<PostEmbedsLoadEvent<T>>,
  onError: 'error' as EventName<PostEmbedsErrorEvent>,
  onLoadEnd: 'loadend' as EventName<PostEmbedsProgressEvent>,
});

/**
 * `component`, registering `element` under its documented tag when it first renders (on the server too, in
 * Lit's DOM shim, so that server rendering sees the same element as the browser).
 */
function registering<I extends HTMLElement, E extends Record<string, EventName | string>>(
  component: ReactWebComponent<I, E>,
  element: { define(): void },
): ReactWebComponent<I, E> {
  const Registering = React.forwardRef<I, React.ComponentProps<ReactWebComponent<I, E>>>((props, ref) => {
    element.define();
    return React.createElement(component, { ...props, ref } as React.ComponentProps<ReactWebComponent<I, E>>);
  });
  Registering.displayName = component.displayName;
  return Registering as unknown as ReactWebComponent<I, E>;
}

export const PostCard = /*#__PURE__*/ registering(
  /*#__PURE__*/ createComponent({
    react: React,
    tagName: 'post-card',
    elementClass: PostCardElement,
    events: lifeCycleEvents<Post>(),
    displayName: 'PostCard',
  }),
  PostCardElement,
);

export const RelatedPosts = /*#__PURE__*/ registering(
  /*#__PURE__*/ createComponent({
    react: React,
    tagName: 'related-posts',
    elementClass: RelatedPostsElement,
    events: lifeCycleEvents<RelatedPostsData>(),
    displayName: 'RelatedPosts',
  }),
  RelatedPostsElement,
);

export const SourceCitation = /*#__PURE__*/ registering(
  /*#__PURE__*/ createComponent({
    react: React,
    tagName: 'source-citation',
    elementClass: SourceCitationElement,
    events: lifeCycleEvents<Citation[]>(),
    displayName: 'SourceCitation',
  }),
  SourceCitationElement,
);

export const OEmbedPreview = /*#__PURE__*/ registering(
  /*#__PURE__*/ createComponent({
    react: React,
    tagName: 'oembed-preview',
    elementClass: OEmbedPreviewElement,
    events: lifeCycleEvents<OEmbed>(),
    displayName: 'OEmbedPreview',
  }),
  OEmbedPreviewElement,
);
