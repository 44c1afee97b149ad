/**
 * The types of the `<img>`-style events every element fires, so that listeners compile against the
 * element's own model: `card.addEventListener('load', (e) => e.detail.data.title)`.
 */
import type { Citation } from './citation-model.js';
import type { PostEmbedsError } from '../shared/errors.js';
import type { Post, RelatedPostsData } from './model.js';
import type { OEmbed } from '../shared/oembed-model.js';

/** `load`: the data arrived and is rendered; `detail.data` is the element's model (its `.data`). */
export type PostEmbedsLoadEvent<T> = CustomEvent<PostEmbedsLoadDetail<T>>;
export interface PostEmbedsLoadDetail<T> {
  data: T;
}

/** `error`: loading failed; `detail.error` is also the element's `.error`. */
export type PostEmbedsErrorEvent = CustomEvent<PostEmbedsErrorDetail>;
export interface PostEmbedsErrorDetail {
  error: PostEmbedsError;
}

/** Each element's `load` detail, by name (the JSX types generated from the manifest refer to these). */
export type PostCardLoadDetail = PostEmbedsLoadDetail<Post>;
export type RelatedPostsLoadDetail = PostEmbedsLoadDetail<RelatedPostsData>;
export type SourceCitationLoadDetail = PostEmbedsLoadDetail<Citation[]>;
export type OEmbedPreviewLoadDetail = PostEmbedsLoadDetail<OEmbed>;

/** `loadstart` (a load began) and `loadend` (after `load` or `error`) carry no detail. */
export type PostEmbedsProgressEvent = CustomEvent<undefined>;

/**
 * An element's event map: `HTMLElementEventMap` with the four life-cycle events retyped (the DOM types
 * `error` as `ErrorEvent` and `load` as a plain `Event`).
 */
export interface PostEmbedsEventMap<T> extends Omit<HTMLElementEventMap, 'loadstart' | 'load' | 'error' | 'loadend'> {
  loadstart: PostEmbedsProgressEvent;
  load: PostEmbedsLoadEvent<T>;
  error: PostEmbedsErrorEvent;
  loadend: PostEmbedsProgressEvent;
}
