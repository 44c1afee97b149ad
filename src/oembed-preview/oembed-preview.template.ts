import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '../core/localization.js';
import type { OEmbed, OEmbedLink } from '../shared/oembed-model.js';
import { renderLoadingText } from '../core/post-embeds-element.js';

/** What the facade of a video or rich embed (and a link card's image) shows, and what it calls back. */
export interface FacadeHandlers {
  /** The visitor asked for the embed (click, Enter or Space on the play button). */
  activate: () => void;
  /** The visitor may be about to (pointer over the facade, focus in it): time to warm up. */
  prepare: () => void;
  /**
   * Where the thumbnail is shown from (`imageSrc()`: the proxy's `/image`, the page's own, or the provider's);
   * `undefined` when the page asks for no third-party thumbnail: a placeholder names the provider instead.
   */
  thumbnailSrc: string | undefined;
  /** The reader ticked or unticked "Always load from {provider}". */
  remember: (checked: boolean) => void;
  /** Set when the reader consented to the active frame's provider: the control that revokes the consent. */
  revoke?: () => void;
}

/** Unicode isolates: a name in another script keeps its own direction inside a localized sentence. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * The name of the embed: its title, else its author's post (an X post has no title), else its provider,
 * else the host of its page. Never empty.
 */
export function embedName(embed: OEmbed): string {
  return (
    embed.title ??
    (embed.authorName && msg(str`Post by ${isolate(embed.authorName)}`, { id: 'pe.oembed.postBy' })) ??
    embed.providerName ??
    (embed.pageUrl ? new URL(embed.pageUrl).hostname : msg('Embedded content', { id: 'pe.oembed.untitled' }))
  );
}

/**
 * A link when there is a URL, else plain text; either way with its part, and isolated in the direction of
 * its own text (a title in another script; "by …" in the page's language, which it starts with), so that,
 * cut short, it ends with its ellipsis at its own end.
 */
const linkOrText = (part: string, url: string | undefined, content: string) =>
  url
    ? html`<a part=${part} class="${part} pe-cut" id=${part} dir="auto" href=${url}>${content}</a>`
    : html`<span part=${part} class="${part} pe-cut" id=${part} dir="auto">${content}</span>`;

const byAuthor = (embed: OEmbed, author: string) =>
  linkOrText('author', embed.authorUrl, msg(str`by ${isolate(author)}`, { id: 'pe.oembed.author' }));

/**
 * Name (linked to the embedded page), then "by {author}" and "on {provider}", linked when they have URLs.
 * The lines follow the page's direction; names are isolated inside the sentences.
 */
function renderCaption(embed: OEmbed, revoke?: TemplateResult): TemplateResult {
  const name = embedName(embed);
  // A name made of the author or the provider is not repeated below it.
  const author = embed.title && embed.authorName;
  const provider = name != embed.providerName && embed.providerName;
  return html`<figcaption class="body">
    ${linkOrText('title', embed.pageUrl, name)}
    ${author || provider || revoke
      ? html`<span class="meta pe-row">
          ${author ? byAuthor(embed, author) : nothing}
          ${provider ? linkOrText('provider', embed.providerUrl, msg(str`on ${isolate(provider)}`, { id: 'pe.oembed.provider' })) : nothing}
          ${revoke ?? nothing}
        </span>`
      : nothing}
  </figcaption>`;
}

/** The page's host as a reader knows it ("florin.blog"), or nothing for a card without a page. */
const domainOf = (url: string | undefined) => url && new URL(url).hostname.replace(/^www\./, '');

/**
 * A link card, in the post card's visual language: the image at the start edge, then the title (not underlined,
 * the whole card its link), the description, and a line with the site's name, its domain and the author. Title
 * and description share their lines (a one-line title leaves the description three); each field keeps its own
 * direction and language.
 */
function renderLinkCard(embed: OEmbedLink, thumbnailSrc: string | undefined, style: string | undefined, ownDir: boolean): TemplateResult {
  const domain = domainOf(embed.pageUrl);
  const site = embed.providerName;
  const author = embed.title && embed.authorName;
  // As a post card: a page that states its language lays its card out in that language's direction.
  return html`<figure
    part="card"
    class="card link"
    style=${style ?? nothing}
    lang=${ifDefined(embed.language)}
    dir=${ifDefined(ownDir ? undefined : embed.dir)}
  >
    ${embed.thumbnail ? html`<div class="media">${thumbnail(embed, thumbnailSrc)}</div>` : nothing}
    <figcaption class="body">
      <span class="text">
        ${linkOrText('title', embed.pageUrl, embedName(embed))}
        ${embed.description
          ? html`<span part="description" class="description" dir="auto">${embed.description}</span>`
          : nothing}
      </span>
      <span class="meta pe-row">
        ${site ? html`<bdi part="provider" class="site pe-cut">${site}</bdi>` : nothing}
        ${domain && domain != site?.toLowerCase() ? html`<span class="domain pe-cut" dir="ltr">${domain}</span>` : nothing}
        ${author ? byAuthor(embed, author) : nothing}
      </span>
    </figcaption>
  </figure>`;
}

/** The provider's name as the reader knows it: the answer's, else the page's host. */
export const providerLabel = (embed: OEmbed) => embed.providerName ?? (embed.pageUrl ? new URL(embed.pageUrl).hostname : undefined);

/**
 * The thumbnail, from where `src` says (never sending the page's address along), or, when the page declines a
 * third party's thumbnail, a neutral placeholder with the provider's name.
 */
const thumbnail = (embed: OEmbed, src: string | undefined) =>
  !embed.thumbnail
    ? nothing
    : src
      ? html`<img part="thumbnail" src=${src} width=${embed.thumbnail.width} height=${embed.thumbnail.height}
          alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
      : html`<span part="thumbnail placeholder" class="placeholder" dir="auto">${providerLabel(embed) ?? nothing}</span>`;

/** "Always load from {provider}": a real checkbox, in its label. */
function renderRemember(embed: OEmbed, remember: (checked: boolean) => void) {
  const provider = providerLabel(embed);
  if (!provider) return nothing;
  return html`<label part="remember" class="remember"
    ><input type="checkbox" @change=${(event: Event) => remember((event.target as HTMLInputElement).checked)} /><span
      >${msg(str`Always load from ${isolate(provider)}`, { id: 'pe.oembed.remember' })}</span
    ></label
  >`;
}

/** Under a player of a provider the reader consented to: how to take the consent back. */
function renderRevoke(embed: OEmbed, revoke: () => void) {
  const provider = providerLabel(embed) ?? '';
  return html`<button part="revoke" class="revoke" type="button" @click=${revoke}>
    ${msg(str`Stop loading ${isolate(provider)} automatically`, { id: 'pe.oembed.revoke' })}
  </button>`;
}

const playIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M8 5.5v13l10.5-6.5z" /></svg>`;

/**
 * Whether a video or rich embed's frame takes the height its content reports (rich content, and a video
 * without both sizes) rather than the box of the embed's aspect ratio.
 */
export const followsContent = (embed: OEmbed) => embed.type == 'rich' || !('width' in embed && embed.width && embed.height);

/**
 * What a card shows above its caption:
 * - `photo`: the image itself, its title as alt text;
 * - `video` and `rich`: the facade (thumbnail, play button), or the frame once activated. The media box
 *   keeps the embed's aspect ratio either way (set by the element), except for an active rich frame, which
 *   takes the height its content reports.
 * (A link card has its own template: `renderLinkCard`.)
 */
function renderMedia(embed: Exclude<OEmbed, OEmbedLink>, frame: HTMLIFrameElement | undefined, handlers: FacadeHandlers) {
  if (embed.type === 'photo') {
    // Without sizes, the image shows at its natural size: nothing to reserve a box with.
    return html`<img part="photo" src=${embed.url} referrerpolicy="no-referrer" width=${embed.width ?? nothing} height=${embed.height ?? nothing} alt=${embed.title ?? ''} decoding="async" />`;
  }
  const rich = embed.type === 'rich';
  return html`<div class="media ${frame ? 'active' : ''} ${followsContent(embed) ? 'fit' : ''}" @pointerenter=${handlers.prepare} @focusin=${handlers.prepare}>
    ${frame ??
    html`${thumbnail(embed, handlers.thumbnailSrc)}
      <button
        part="play"
        class="play"
        type="button"
        aria-label=${rich ? nothing : msg(str`Play: ${embedName(embed)}`, { id: 'pe.oembed.play' })}
        aria-describedby=${rich ? 'title' : nothing}
        @click=${handlers.activate}
      >
        ${playIcon}${rich ? msg('Load embed', { id: 'pe.oembed.load' }) : nothing}
      </button>
      ${renderRemember(embed, handlers.remember)}`}
  </div>`;
}

/**
 * The card of an embed, one for every type: its media, then the caption. `frame` is the activated frame
 * of a video or rich embed; until there is one, the facade calls `handlers`. A link card's title link
 * covers the whole card. `style` is given by server rendering alone (the browser sets sizes through CSSOM).
 * `ownDir`: the element has its own `dir`, so the page's stated language sets none.
 */
export function renderEmbed(
  embed: OEmbed,
  frame: HTMLIFrameElement | undefined,
  handlers: FacadeHandlers,
  style?: string,
  ownDir = false,
): TemplateResult {
  if (embed.type == 'link') return renderLinkCard(embed, handlers.thumbnailSrc, style, ownDir);
  const revoke = frame && handlers.revoke ? renderRevoke(embed, handlers.revoke) : undefined;
  return html`<figure part="card" class="card ${embed.type}" style=${style ?? nothing}>${renderMedia(embed, frame, handlers)}${renderCaption(embed, revoke)}</figure>`;
}

/**
 * The loading placeholder, in the box the ready card will have: a media box (16:9, or the ratio the page
 * states) above a title and a meta line for a video, or the link card's thumbnail and lines. Same classes as
 * the ready card, so the same sizes.
 */
export function renderSkeleton(media: boolean): TemplateResult {
  return html`<div part="card" class="card ${media ? 'video' : 'link'} skeleton" aria-busy="true">
    <div class="media pe-skeleton"></div>
    <div class="body">
      <div class="title pe-skeleton pe-lines"></div>
      <div class="meta pe-skeleton pe-lines"></div>
      ${renderLoadingText()}
    </div>
  </div>`;
}
