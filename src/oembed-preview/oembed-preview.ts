import { isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { resolveEndpoint } from '../core/config.js';
import type { OEmbed, OEmbedFrame } from '../shared/oembed-model.js';
import { loadChunk } from '../core/chunks.js';
import { imageSrc } from '../core/image-src.js';
import { PostEmbedsElement } from '../core/post-embeds-element.js';
import { safeHttpUrl } from '../shared/url.js';
import { rows } from '../styles/rows.js';
import { skeletonLines } from '../styles/skeleton-lines.js';
import { tokens } from '../styles/tokens.js';
import type { EmbedFrame } from './frame/embed-frame.js';
import { loadOEmbed } from './load-oembed.js';
import type { OEmbedQuery, OEmbedRequest } from './oembed-request.js';
import { oembedPreviewStyles } from './oembed-preview.styles.js';
import { renderEmbed, renderSkeleton } from './oembed-preview.template.js';
import { isVideoPage } from './reserved-box.js';

let frameModule: Promise<typeof import('./frame/embed-frame.js')> | undefined;
/** The frame machinery, loaded once, on the first hover, focus or activation of any facade. */
const loadFrameModule = () => (frameModule ??= loadChunk(import('./frame/embed-frame.js')));

let consentModule: Promise<typeof import('./consent-watch.js')> | undefined;
/** The reader's consent to the embed's provider: loaded once an embed with a player has arrived. */
const loadConsent = () => (consentModule ??= loadChunk(import('./consent-watch.js')));

/** How near the viewport an embed the reader consented to loads its player: the distance lazy loading uses. */
const NEAR_VIEWPORT = '400px';

const isFrameEmbed = (embed: OEmbed | null): embed is OEmbedFrame => embed?.type === 'video' || embed?.type === 'rich';

/**
 * An oEmbed preview of a page: a photo, a video or rich embed behind a click-to-load facade, or a link card.
 *
 * Requests: `url` with `endpoint` (`endpoint?url=…&format=…&maxwidth=…&maxheight=…`; default from
 * `configure({ oembedEndpoint })` or `<meta name="post-embeds:oembed-endpoint">`), or `src`, a complete
 * request URL. Without any endpoint, `url` is looked up in the oembed.com provider list; most providers send
 * no CORS headers, though, so production sites point `endpoint` at a proxy (`post-embeds/server`).
 *
 * Video and rich embeds show a facade first: nothing from the provider loads until the play button is
 * pressed (`activation="click"`, the default) or the element is scrolled into view (`activation="visible"`).
 * The play button asks YouTube and Vimeo players to start playing at once (one click plays). Beside it,
 * "Always load from {provider}" (`part="remember"`) remembers the reader's consent for this site
 * (`grantConsent()`); later embeds of that provider load their player as they near the viewport, with a
 * control (`part="revoke"`) that takes the consent back. Thumbnails come through the post-embeds proxy's
 * `/image` route when the endpoint is the proxy; otherwise from the provider, or not at all with
 * `configure({ thumbnails: 'none' })` (a placeholder with the provider's name).
 * Their HTML then runs in a sandboxed frame without `allow-same-origin`, or, for a lone player of a
 * well-known provider, in that player's own frame. A response that is not valid oEmbed 1.0 becomes a link
 * card when the page URL is known. A link card shows the page's image, title, description, site name and
 * domain; through the post-embeds proxy (an endpoint ending in `/oembed`), its `/meta` route adds what the
 * oEmbed answer lacks (a description, an image, the page's language).
 *
 * Links (title, author, provider) are ordinary links: they open in the same tab, like every other link of
 * the page and of `<post-card>`, and leave the referrer to the page's policy. Links inside an embed's
 * frame open in a new tab (the frame cannot navigate the page).
 *
 * @tag oembed-preview
 * @summary An oEmbed preview (photo, video, rich or link) with a click-to-load facade.
 *
 * @fires loadstart - A fetch started.
 * @fires {OEmbedPreviewLoadDetail} load - The response was loaded and rendered; `detail.data` is the normalized `OEmbed`.
 * @fires {PostEmbedsErrorDetail} error - Loading failed; `detail.error` is a `PostEmbedsError`.
 * @fires loadend - After `load` or `error`.
 *
 * @slot - Fallback content (for example a plain link), shown until the preview is ready and in the error state.
 *
 * @csspart card - The `<figure>` around the preview.
 * @csspart title - The title (a link to the embedded page when known; in a link card the whole card is its target).
 * @csspart description - A link card's description (from the page's metadata, through the post-embeds proxy).
 * @csspart author - "by {author}", linked when the response gives the author's URL.
 * @csspart provider - "on {provider}", linked when the response gives the provider's URL; in a link card, the site's name.
 * @csspart thumbnail - The facade's (or link card's) thumbnail or image.
 * @csspart photo - The `<img>` of a photo.
 * @csspart frame - The `<iframe>` of an activated video or rich embed.
 * @csspart play - The facade's play ("Load embed" for rich content) button.
 * @csspart remember - The facade's "Always load from {provider}" checkbox, in its label.
 * @csspart revoke - Under a player of a provider the reader consented to: the button that revokes the consent.
 * @csspart placeholder - What stands for a thumbnail the page declined (`thumbnails: 'none'`): the provider's name (also part `thumbnail`).
 * @csspart error - The error message box.
 * @csspart retry - The retry button in the error state.
 *
 * @cssproperty [--oembed-preview-padding=calc(var(--pe-space) * 0.75)] - Padding of the caption.
 * @cssproperty [--oembed-preview-background=var(--pe-color-surface)] - Card background.
 * @cssproperty [--oembed-preview-border=1px solid var(--pe-color-border)] - Card border.
 * @cssproperty [--oembed-preview-radius=var(--pe-radius)] - Corner radius.
 * @cssproperty [--oembed-preview-shadow=var(--pe-shadow)] - Card shadow.
 * @cssproperty [--oembed-preview-play-size=4rem] - Height (and least width) of the play button.
 * @cssproperty [--oembed-preview-play-background=rgb(0 0 0 / 0.75)] - Play button background.
 * @cssproperty [--oembed-preview-play-color=#fff] - Play button icon and text color.
 * @cssproperty [--oembed-preview-thumbnail-size=35%] - Thumbnail width in a link card.
 * @cssproperty [--oembed-preview-placeholder-background=var(--pe-color-border)] - Background of a declined thumbnail's placeholder.
 */
export class OEmbedPreviewElement extends PostEmbedsElement<OEmbed, 'json' | 'xml'> {
  /** The response format asked of the endpoint: `json` (default; also for `auto`) or `xml`. */
  declare format: 'auto' | 'json' | 'xml';

  static override defaultTag = 'oembed-preview';
  static override styles = [tokens, skeletonLines, rows, oembedPreviewStyles];
  static override properties: PropertyDeclarations = {
    url: {},
    maxwidth: { type: Number },
    maxheight: { type: Number },
    width: { type: Number },
    height: { type: Number },
    activation: {},
    jsonld: { type: Boolean },
    uploadDate: { attribute: 'upload-date' },
  };

  /** The page to embed (with `endpoint`, or looked up in the provider list). */
  declare url?: string;

  /** Largest width, in CSS pixels, asked of the provider and given to the preview. */
  declare maxwidth?: number;

  /** Largest height, in CSS pixels, asked of the provider and given to a photo or video. */
  declare maxheight?: number;

  /** With `height`: the ratio of the media box, reserved before the answer arrives and kept once it has. */
  declare width?: number;

  /** With `width`: see `width`. */
  declare height?: number;

  /** `click` (default): video and rich embeds load when the play button is pressed; `visible`: when scrolled into view. */
  activation: 'click' | 'visible' = 'click';

  /**
   * Writes what the preview shows as schema.org JSON-LD into the light DOM, for search engines: a `VideoObject`
   * for a video (so a video behind a facade stays in the index), else an `ImageObject` or `CreativeWork`. Loaded
   * on demand; valid under a strict CSP with Trusted Types.
   */
  jsonld = false;

  /** The video's upload date (ISO 8601), for `jsonld`: oEmbed answers carry none. */
  declare uploadDate?: string;

  #jsonLd?: HTMLScriptElement;

  /** The frame of the activated embed, and the embed it belongs to; `byConsent`: loaded by remembered consent. */
  #frame?: EmbedFrame & { embed: OEmbedFrame; byConsent: boolean };
  #visibility?: IntersectionObserver;
  /** The reader ticked "Always load from {provider}". */
  #remember = false;
  /** The embed whose provider's consent is watched, its identity once known, whether granted, how to stop watching. */
  #consent?: { embed: OEmbedFrame; provider?: string; granted: boolean; stop?: () => void };

  /**
   * `src`; else `url` with its endpoint (none: looked up in the provider list). `format` names the response
   * format here: `json` (default; also for `auto`) or `xml`.
   */
  #request(): OEmbedRequest | undefined {
    const query: OEmbedQuery = {
      format: this.format === 'xml' ? 'xml' : 'json',
      maxwidth: this.maxwidth || undefined,
      maxheight: this.maxheight || undefined,
    };
    if (this.src) return { src: new URL(this.src, document.baseURI).href, ...query };
    const page = safeHttpUrl(this.url, document.baseURI);
    return page ? { page, endpoint: resolveEndpoint(this.endpoint, 'oembed'), ...query } : undefined;
  }

  /** Where the answer comes from (the endpoint or proxy, or `src`): what the proxy's image URLs are relative to. */
  #requestBase(): string | undefined {
    if (isServer) return undefined;
    const request = this.#request();
    return request && ('src' in request ? request.src : request.endpoint);
  }

  protected override sourceKey(): string | undefined {
    try {
      return JSON.stringify(this.#request());
    } catch {
      return undefined; // an unparsable src
    }
  }

  protected override load(signal: AbortSignal, reload: boolean): Promise<OEmbed> {
    return loadOEmbed(this.#request()!, { signal, reload });
  }

  protected override renderData(embed: OEmbed) {
    // A server-rendered card has no script to size it before hydration: its sizes go in a `style` attribute
    // (server-rendered shadow DOM carries inline <style> anyway), so hydration moves nothing.
    let style: string | undefined;
    if (isServer) {
      const { ratio, height, cap } = this.#cardSize(embed);
      // Spelled as the browser serializes what updated() sets, so hydration leaves the attribute as it is.
      const declarations = [
        ratio && `--_oembed-ratio: ${ratio};`,
        height && `--_oembed-height: ${height};`,
        cap < Infinity && `max-inline-size: min(100%, ${cap}px);`,
      ];
      style = declarations.filter(Boolean).join(' ');
    }
    const handlers = {
      activate: this.#play,
      prepare: this.#prepare,
      remember: this.#rememberChoice,
      // A server has no page to tell the setting or the proxy by: the thumbnail as the answer gives it.
      thumbnailSrc: isServer ? embed.thumbnail?.url : imageSrc(embed.thumbnail?.url, { base: this.#requestBase() }),
      // Any player of a provider the reader consented to says how to take the consent back.
      revoke: this.#frame && this.#consent?.granted ? this.#revoke : undefined,
    };
    return renderEmbed(embed, this.#frame?.frame, handlers, style || undefined, this.hasAttribute('dir'));
  }

  /**
   * The media box keeps the stated ratio, else the embed's (a sizeless video's poster has its shape), or takes
   * a height given alone (`auto` ratio); the card (a skeleton's too) stays within maxwidth and, for a photo or
   * video, maxheight. `null`: unset.
   */
  #cardSize(embed: OEmbed | null): { ratio: string | null; height: string | null; cap: number } {
    const { width, height, thumbnail } = (embed ?? {}) as Partial<OEmbedFrame>;
    const ratio =
      this.#statedRatio() ??
      (width && height ? width / height : embed?.type == 'video' && thumbnail ? thumbnail.width / thumbnail.height : 0);
    const fromHeight = ratio && embed?.type !== 'rich' && this.maxheight ? this.maxheight * ratio : Infinity;
    return {
      ratio: ratio ? String(ratio) : height ? 'auto' : null,
      height: !ratio && height ? `${height}px` : null,
      cap: Math.min(this.maxwidth || Infinity, fromHeight),
    };
  }

  protected override renderLoading() {
    return renderSkeleton(!!this.#statedRatio() || isVideoPage(this.url ?? this.src));
  }

  /** The media box's ratio the page states with `width` and `height`. */
  #statedRatio(): number | undefined {
    return this.width! > 0 && this.height! > 0 ? this.width! / this.height! : undefined;
  }

  /** The play button: the frame, playing where the player can, with the keyboard focus in it. */
  readonly #play = () => {
    const page = this.data?.pageUrl;
    void this.#activate(true);
    // Stored once the provider's identity is known; the frame does not wait for it.
    if (this.#remember && page) void loadConsent().then(({ rememberConsent }) => rememberConsent(page), () => {});
  };

  readonly #rememberChoice = (checked: boolean) => (this.#remember = checked);

  /** Takes back the consent that loaded this frame: this preview, and every one of the provider, shows its facade. */
  readonly #revoke = () => {
    const provider = this.#consent?.provider;
    if (provider) void loadConsent().then(({ revokeConsent }) => revokeConsent(provider), () => {});
  };

  /**
   * Warms up on hover or focus: loads the frame machinery. Nothing is asked of the provider (not even a
   * preconnect, which would give it the reader's address) before the reader's click.
   */
  readonly #prepare = () => void loadFrameModule().catch(() => {});

  /** Follows the reader's consent to `embed`'s provider: a grant loads its player near the viewport, a revocation unloads it. */
  #watchConsent(embed: OEmbedFrame): void {
    this.#consent?.stop?.();
    const state: { embed: OEmbedFrame; provider?: string; granted: boolean; stop?: () => void } = { embed, granted: false };
    this.#consent = state;
    if (!embed.pageUrl) return;
    const page = embed.pageUrl;
    void loadConsent().then(({ watchConsent }) => {
      if (this.#consent !== state) return;
      state.stop = watchConsent(page, ({ provider, granted }) => {
        Object.assign(state, { provider, granted });
        if (!granted && this.#frame?.byConsent) this.#closeFrame();
        this.requestUpdate();
      });
    }, () => {});
  }

  /**
   * Replaces the facade with the embed's frame; `focus` moves the keyboard into it and asks the player to play
   * (after a button press); `byConsent`: loaded by the reader's remembered consent, with the control to revoke it.
   */
  async #activate(focus: boolean, byConsent = false): Promise<void> {
    const embed = this.data;
    if (!isFrameEmbed(embed) || this.#frame) return;
    // A frame without a height of its own starts at the facade's, until its content reports one.
    const startHeight = this.renderRoot.querySelector('.media')?.clientHeight;
    let module;
    try {
      module = await loadFrameModule();
    } catch (error) {
      return this.fail(error);
    }
    const { createEmbedFrame, focusFrame } = module;
    // The data may have changed, or another activation won, while the module loaded.
    if (embed !== this.data || this.#frame || !this.isConnected) return;
    const active = (this.#frame = { embed, byConsent, ...createEmbedFrame(embed, this, startHeight, focus) });
    this.requestUpdate();
    await this.updateComplete;
    // Unless the frame was closed meanwhile.
    if (focus && this.#frame === active) focusFrame(active.frame);
  }

  #writeJsonLd(embed: OEmbed | null): void {
    if (!this.jsonld || !embed) {
      this.#jsonLd?.remove();
      this.#jsonLd = undefined;
      return;
    }
    const uploadDate = this.uploadDate;
    void loadChunk(import('./json-ld.js')).then(({ writeJsonLd, embedJsonLd }) => {
      if (this.jsonld && this.data === embed) this.#jsonLd = writeJsonLd(this, embedJsonLd(embed, uploadDate), this.#jsonLd);
    }, () => {}); // structured data is extra: a missing chunk costs only it
  }

  #closeFrame(): void {
    this.#frame?.stop();
    this.#frame = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: watch the consent again (updated() does).
    if (isFrameEmbed(this.data)) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A frame taken out of the page is unloaded anyway: back to the facade, and nothing left listening.
    this.#closeFrame();
    this.#consent?.stop?.();
    this.#consent = undefined;
    this.#visibility?.disconnect();
    this.#visibility = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.#frame && this.#frame.embed !== this.data) this.#closeFrame();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const embed = this.state === 'ready' ? this.data : null;
    // Sizes reach CSS through CSSOM, which a strict `style-src` allows (a `style` attribute it would block);
    // the skeleton's too, so a stated ratio or maxwidth holds before the answer arrives.
    const card = this.renderRoot.querySelector<HTMLElement>('.card');
    if (card) {
      const { ratio, height, cap } = this.#cardSize(embed);
      card.style.setProperty('--_oembed-ratio', ratio);
      card.style.setProperty('--_oembed-height', height);
      card.style.maxInlineSize = cap < Infinity ? `min(100%, ${cap}px)` : '';
    }
    this.#writeJsonLd(embed);
    if (isFrameEmbed(embed) && this.#consent?.embed !== embed && this.isConnected) this.#watchConsent(embed);
    // activation="visible", or the reader's consent to this provider: watch for the facade to come into view
    // (near it, for consent, as lazy loading does), and only while it is shown.
    const consented = isFrameEmbed(embed) && this.#consent?.embed === embed && this.#consent.granted;
    const margin = consented ? NEAR_VIEWPORT : '0px';
    if (this.#visibility && this.#visibility.rootMargin.split(' ')[0] !== margin) {
      this.#visibility.disconnect();
      this.#visibility = undefined;
    }
    if ((this.activation === 'visible' || consented) && isFrameEmbed(embed) && !this.#frame && this.isConnected) {
      this.#visibility ??= new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) void this.#activate(false, consented);
        },
        { rootMargin: margin },
      );
      this.#visibility.observe(this);
    } else {
      this.#visibility?.disconnect();
      this.#visibility = undefined;
    }
  }
}
