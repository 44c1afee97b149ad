import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatMinutes, renderDate } from '../core/intl.js';
import { directionForLanguage } from '../shared/direction.js';
import { msg, str } from '../core/localization.js';
import type { Media, Post } from '../core/model.js';
import { renderLoadingText } from '../core/post-embeds-element.js';

export type PostCardLayout = 'vertical' | 'horizontal' | 'compact';

export interface PostCardOptions {
  layout: PostCardLayout;
  /** 1–6. */
  headingLevel: number;
  /** The library's own locale (`uiLocale()`): dates and numbers, never the data's language. */
  locale: string;
  /** `lang`/`dir` for the `<article>`, when the data states a language. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** Parts for the outer element (`card`, or `item card` inside a list). */
  part?: string;
  /** The card is in the first screen: its image loads eagerly, at high priority (else lazily). */
  firstScreen?: boolean;
}

/** The title heading at a level from 1 to 6 (one small template per level: cheaper than static-html). */
const headings: Array<(content: unknown, dir?: string) => TemplateResult> = [
  (c, d) => html`<h1 part="title" class="title" dir=${ifDefined(d)}>${c}</h1>`,
  (c, d) => html`<h2 part="title" class="title" dir=${ifDefined(d)}>${c}</h2>`,
  (c, d) => html`<h3 part="title" class="title" dir=${ifDefined(d)}>${c}</h3>`,
  (c, d) => html`<h4 part="title" class="title" dir=${ifDefined(d)}>${c}</h4>`,
  (c, d) => html`<h5 part="title" class="title" dir=${ifDefined(d)}>${c}</h5>`,
  (c, d) => html`<h6 part="title" class="title" dir=${ifDefined(d)}>${c}</h6>`,
];

/**
 * The width each layout's image box asks of a rendition, for `sizes`. The box crops its image (cover), so a box
 * taller than the image's shape needs a wider one: horizontal cards side by side need about as much as a full
 * vertical card of 30rem, compact thumbnails 16:9 across a 4.5em square. Not `sizes="auto"`: it keeps a removed
 * card's image alive in Chromium (its viewport listener), and `sizes` is read before lazy images load anyway.
 */
const imageSizes: Record<PostCardLayout, string> = {
  vertical: '(max-width: 45rem) 100vw, 45rem',
  horizontal: '(max-width: 28rem) 100vw, (max-width: 80rem) 30rem, 38vw',
  compact: '9rem',
};

/**
 * One post as a card. Shared by `<post-card>` and `<related-posts>` (one template, not a copy).
 * Every string is text and every URL was checked by the adapter, so bindings are plain.
 */
export function renderPostCard(post: Post, options: PostCardOptions): TemplateResult {
  const { layout, locale } = options;
  const heading = headings[Math.min(Math.max(Math.round(options.headingLevel) || 3, 1), 6) - 1];
  const author = post.authors[0];
  // Without a stated language the text may run either way: let each block find its own direction.
  const textDir = options.lang ? undefined : 'auto';
  const title = heading(post.url ? html`<a part="link" href=${post.url}>${post.title}</a>` : post.title, textDir);
  return html`
    <article
      part=${options.part ?? 'card'}
      class="card ${layout}"
      lang=${ifDefined(options.lang)}
      dir=${ifDefined(options.dir)}
    >
      ${post.image ? renderImage(post.image, layout, options.firstScreen) : nothing}
      <div class="body">
        ${post.excerpt && layout !== 'compact'
          ? html`<div class="text">${title}<p part="excerpt" class="excerpt" dir=${ifDefined(textDir)}>${post.excerpt}</p></div>`
          : title}
        ${renderMeta(post, author, locale)}
        ${post.terms.length && layout !== 'compact'
          ? html`<ul part="terms" class="terms pe-row" aria-label=${msg('Topics', { id: 'pe.terms' })}>
              ${post.terms.map((term) => html`<li>${renderName(term.name, term.url)}</li>`)}
            </ul>`
          : nothing}
      </div>
    </article>
  `;
}

/**
 * A name (author, term) isolated in its own direction, linked when it has a link. The element carries the
 * direction itself (`dir="auto"`), so a name cut short ends with its ellipsis at its own end: "Daniel Ok…",
 * never "…for", in a right-to-left card.
 */
const renderName = (name: string, url: string | undefined): TemplateResult =>
  url ? html`<a class="pe-cut" dir="auto" href=${url}>${name}</a>` : html`<bdi class="pe-cut">${name}</bdi>`;

function renderImage(image: Media, layout: PostCardLayout, firstScreen?: boolean): TemplateResult {
  const srcset = image.candidates?.length
    ? image.candidates.map((candidate) => `${candidate.url} ${candidate.width}w`).join(', ')
    : undefined;
  return html`<div class="media">
    <img
      part="image"
      src=${image.url}
      srcset=${ifDefined(srcset)}
      sizes=${ifDefined(srcset ? imageSizes[layout] : undefined)}
      width=${ifDefined(image.width)}
      height=${ifDefined(image.height)}
      alt=${image.alt ?? ''}
      loading=${firstScreen ? 'eager' : 'lazy'}
      fetchpriority=${firstScreen ? 'high' : 'auto'}
      decoding="async"
    />
  </div>`;
}

function renderMeta(post: Post, author: Post['authors'][number] | undefined, locale: string) {
  const date = renderDate(post.published, locale);
  const readingTime = post.readingTime ? formatMinutes(post.readingTime, locale) : undefined;
  if (!author && !date && !post.dateText && !readingTime) return nothing;
  return html`<div part="meta" class="meta pe-row">
    ${author
      ? html`<span part="author" class="author">
          ${author.avatar
            ? html`<img part="avatar" src=${author.avatar} alt="" width="24" height="24" loading="lazy" decoding="async" />`
            : nothing}
          ${renderName(author.name, author.url)}
        </span>`
      : nothing}
    ${date ?? (post.dateText ? html`<span part="date" class="pe-cut" dir="auto">${post.dateText}</span>` : nothing)}
    ${readingTime
      ? // The library's phrase, isolated in the page's language and direction: "4 min read" in an Arabic card.
        html`<bdi part="reading-time" class="pe-cut" lang=${locale} dir=${directionForLanguage(locale)!}
          >${msg(str`${readingTime} read`, { id: 'pe.readingTime', desc: 'e.g. "5 min read"' })}</bdi
        >`
      : nothing}
  </div>`;
}

/**
 * The loading placeholder, with the ready card's box: the same classes (so the same fonts, line heights,
 * gaps and image box) and a bar per line a typical post fills: two of title, the excerpt's clamped lines,
 * the meta line and one line of terms. Nothing moves when the data arrives.
 */
export function renderPostCardSkeleton(layout: PostCardLayout, part = 'card'): TemplateResult {
  const full = layout !== 'compact';
  return html`<div part=${part} class="card ${layout} skeleton" aria-busy="true">
    <div class="media pe-skeleton"></div>
    <div class="body">
      <div class="title pe-skeleton pe-lines"></div>
      ${full ? html`<div class="excerpt pe-skeleton pe-lines"></div>` : nothing}
      <div class="meta pe-skeleton pe-lines"></div>
      ${full ? html`<div class="terms pe-skeleton pe-lines"></div>` : nothing}
      ${renderLoadingText()}
    </div>
  </div>`;
}
