/**
 * The page templates of the server-rendering test, shared by both sides: the server renders them with
 * `@lit-labs/ssr` and the browser hydrates the same ones (hydration matches templates by their strings).
 */
import { html, type TemplateResult } from 'lit';
import type { Citation } from '../../src/core/citation-model.js';
import type { Post } from '../../src/core/model.js';
import type { OEmbed } from '../../src/shared/oembed-model.js';
import type { RelatedPostsData } from '../../src/core/model.js';

export const pages = {
  'post-card': (data: Post) => html`<post-card .data=${data}></post-card>`,
  'post-card-rtl': (data: Post) => html`<post-card lang="ar" dir="rtl" layout="horizontal" .data=${data}></post-card>`,
  'related-posts': (data: RelatedPostsData) => html`<related-posts layout="grid" .data=${data}></related-posts>`,
  'related-posts-adjacent': (data: RelatedPostsData) => html`<related-posts layout="adjacent" .data=${data}></related-posts>`,
  'source-citation': (data: Citation[]) => html`<source-citation heading="Sources" .data=${data}></source-citation>`,
  'oembed-preview': (data: OEmbed) => html`<oembed-preview .data=${data}></oembed-preview>`,
  // What Eleventy's Lit plugin renders: attributes only, with a light-DOM fallback.
  'post-card-src': (src: string) => html`<post-card src=${src}><a href=${src}>The post</a></post-card>`,
  'post-card-eager-src': (src: string) =>
    html`<post-card src=${src} loading="eager"><a href=${src}>The post</a></post-card>`,
} satisfies Record<string, (data: never) => TemplateResult>;

export type PageName = keyof typeof pages;
