import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/localization.js';
import type { OEmbed } from '../core/oembed-model.js';
import { renderLoadingText } from '../core/post-embeds-element.js';

/** What the facade of a video or rich embed calls back. */
export interface FacadeHandlers {
  /** The visitor asked for the embed (click, Enter or Space on the play button). */
  activate: () => void;
  /** The visitor may be about to (pointer over the facade, focus in it): time to warm up. */
  prepare: () => void;
}

/** Unicode isolates: a name in another script keeps its own direction inside a localized sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The name of the embed: its title, else its provider, else the host of its page. Never empty. */
export function embedName(embed: OEmbed): string {
  return (
    embed.title ??
    embed.providerName ??
    (embed.pageUrl ? new URL(embed.pageUrl).hostname : msg('Embedded content', { id: 'pe.oembed.untitled' }))
  );
}

/**
 * A link when there is a URL, else plain text; either way with its part, and isolated in the direction of
 * its own text (a title in another script, an English sentence while translations are missing).
 */
const linkOrText = (part: string, url: string | undefined, content: string) =>
  url ? html`<a part=${part} dir="auto" href=${url}>${content}</a>` : html`<span part=${part} dir="auto">${content}</span>`;

/**
 * Title (linked to the embedded page), then "by {author}" and "on {provider}", linked when they have URLs.
 * The lines follow the page's direction; names are isolated inside the sentences.
 */
function renderCaption(embed: OEmbed): TemplateResult {
  return html`<figcaption class="body">
    <span id="title" class="title">${linkOrText('title', embed.pageUrl, embedName(embed))}</span>
    ${embed.authorName || embed.providerName
      ? html`<span class="meta">
          ${embed.authorName
            ? linkOrText('author', embed.authorUrl, msg(str`by ${isolate(embed.authorName)}`, { id: 'pe.oembed.author' }))
            : nothing}
          ${embed.providerName
            ? linkOrText('provider', embed.providerUrl, msg(str`on ${isolate(embed.providerName)}`, { id: 'pe.oembed.provider' }))
            : nothing}
        </span>`
      : nothing}
  </figcaption>`;
}

const thumbnail = (embed: OEmbed) =>
  embed.thumbnail
    ? html`<img part="thumbnail" src=${embed.thumbnail.url} width=${embed.thumbnail.width} height=${embed.thumbnail.height}
        alt="" loading="lazy" decoding="async" />`
    : nothing;

const playIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5.5v13l10.5-6.5z" /></svg>`;

/**
 * What a card shows above its caption:
 * - `photo`: the image itself, its title as alt text;
 * - `video` and `rich`: the facade (thumbnail, play button), or the frame once activated. The media box
 *   keeps the embed's aspect ratio either way (set by the element), except for an active rich frame, which
 *   takes the height its content reports;
 * - `link` (and responses that could not be used as their type): the thumbnail, if any.
 */
function renderMedia(embed: OEmbed, frame: HTMLIFrameElement | undefined, handlers: FacadeHandlers) {
  if (embed.type === 'photo') {
    return html`<img part="photo" src=${embed.url} width=${embed.width} height=${embed.height} alt=${embed.title ?? ''} decoding="async" />`;
  }
  if (embed.type === 'link') return embed.thumbnail ? html`<div class="media">${thumbnail(embed)}</div>` : nothing;
  const rich = embed.type === 'rich';
  return html`<div class="media ${frame ? 'active' : ''}" @pointerenter=${handlers.prepare} @focusin=${handlers.prepare}>
    ${frame ??
    html`${thumbnail(embed)}
      <button
        part="play"
        class="play"
        type="button"
        aria-label=${rich ? nothing : msg(str`Play: ${embedName(embed)}`, { id: 'pe.oembed.play' })}
        aria-describedby=${rich ? 'title' : nothing}
        @click=${handlers.activate}
      >
        ${playIcon}${rich ? msg('Load embed', { id: 'pe.oembed.load' }) : nothing}
      </button>`}
  </div>`;
}

/**
 * The card of an embed, one for every type: its media, then the caption. `frame` is the activated frame
 * of a video or rich embed; until there is one, the facade calls `handlers`. A link card's title link
 * covers the whole card. `style` is given by server rendering alone (the browser sets sizes through CSSOM).
 */
export function renderEmbed(
  embed: OEmbed,
  frame: HTMLIFrameElement | undefined,
  handlers: FacadeHandlers,
  style?: string,
): TemplateResult {
  return html`<figure part="card" class="card ${embed.type}" style=${style ?? nothing}>${renderMedia(embed, frame, handlers)}${renderCaption(embed)}</figure>`;
}

/** The loading placeholder: a media box and two lines, so nothing jumps when the embed arrives. */
export function renderSkeleton(): TemplateResult {
  return html`<div part="card" class="card skeleton" aria-busy="true">
    <div class="media pe-skeleton"></div>
    <div class="body">
      <div class="pe-skeleton line"></div>
      <div class="pe-skeleton line"></div>
      ${renderLoadingText()}
    </div>
  </div>`;
}
