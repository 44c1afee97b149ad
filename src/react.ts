/**
 * React wrappers: `import { PostCard } from 'post-embeds/react'` registers the four elements and gives
 * components with typed props (every property of the element) and `onLoadStart`, `onLoad`, `onError`,
 * `onLoadEnd` handlers typed per element. React 19 can render the tags themselves, but listens to `onload`
 * only in lower case; these wrappers take React's usual names.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { Citation } from './core/citation-model.js';
import type { PostEmbedsErrorEvent, PostEmbedsLoadEvent, PostEmbedsProgressEvent } from './core/events.js';
import type { Post } from './core/model.js';
import type { OEmbed } from './shared/oembed-model.js';
import { OEmbedPreviewElement } from './oembed-preview/oembed-preview.js';
import { PostCardElement } from './post-card/post-card.js';
import type { RelatedPostsData } from './core/model.js';
import { RelatedPostsElement } from './related-posts/related-posts.js';
import { SourceCitationElement } from './source-citation/source-citation.js';
import './index.js';

/** The life-cycle events as React props, `load` typed with the element's model. */
const lifeCycleEvents = <T>() => ({
  onLoadStart: 'loadstart' as EventName<PostEmbedsProgressEvent>,
  onLoad: 'load' as EventName<PostEmbedsLoadEvent<T>>,
  onError: 'error' as EventName<PostEmbedsErrorEvent>,
  onLoadEnd: 'loadend' as EventName<PostEmbedsProgressEvent>,
});

export const PostCard = createComponent({
  react: React,
  tagName: 'post-card',
  elementClass: PostCardElement,
  events: lifeCycleEvents<Post>(),
  displayName: 'PostCard',
});

export const RelatedPosts = createComponent({
  react: React,
  tagName: 'related-posts',
  elementClass: RelatedPostsElement,
  events: lifeCycleEvents<RelatedPostsData>(),
  displayName: 'RelatedPosts',
});

export const SourceCitation = createComponent({
  react: React,
  tagName: 'source-citation',
  elementClass: SourceCitationElement,
  events: lifeCycleEvents<Citation[]>(),
  displayName: 'SourceCitation',
});

export const OEmbedPreview = createComponent({
  react: React,
  tagName: 'oembed-preview',
  elementClass: OEmbedPreviewElement,
  events: lifeCycleEvents<OEmbed>(),
  displayName: 'OEmbedPreview',
});
