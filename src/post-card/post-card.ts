import { isServer, type PropertyDeclarations, type PropertyValues } from 'lit';
import { loadChunk } from '../core/chunks.js';
import { documentUrl, resolveEndpoint } from '../core/config.js';
import { directionForLanguage } from '../shared/direction.js';
import { wordpressPostUrl, wordpressUrl } from '../core/endpoints.js';
import { batched } from '../core/fetch/batch-queue.js';
import { fetchResource } from '../core/fetch/cache.js';
import { derive } from '../core/fetch/derive.js';
import { toPost } from '../core/adapters/index.js';
import { uiLocale } from '../core/intl.js';
import type { FormatName, Post } from '../core/model.js';
import { PostEmbedsElement } from '../core/post-embeds-element.js';
import { rows } from '../styles/rows.js';
import { skeletonLines } from '../styles/skeleton-lines.js';
import { tokens } from '../styles/tokens.js';
import { postCardStyles } from './post-card.styles.js';
import { renderPostCard, renderPostCardSkeleton, type PostCardLayout } from './post-card.template.js';

/**
 * One post as a card: image, title linking to the post, excerpt, author, date, terms and reading time.
 *
 * @tag post-card
 * @summary A post card from a WordPress site, a JSON Feed, an RSS or Atom feed, Ghost or the native model.
 *
 * @fires loadstart - A fetch started.
 * @fires {PostCardLoadDetail} load - The post was loaded and rendered; `detail.data` is the normalized `Post`.
 * @fires {PostEmbedsErrorDetail} error - Loading failed; `detail.error` is a `PostEmbedsError`.
 * @fires loadend - After `load` or `error`.
 *
 * @slot - Fallback content (for example a plain link), shown until the card is ready and in the error state.
 *
 * @csspart card - The `<article>`.
 * @csspart image - The featured image.
 * @csspart title - The heading.
 * @csspart link - The link to the post, inside the heading.
 * @csspart excerpt - The excerpt paragraph.
 * @csspart meta - The line with author, date and reading time.
 * @csspart author - The author's name (and avatar).
 * @csspart avatar - The author's avatar.
 * @csspart date - The `<time datetime>` of publication.
 * @csspart terms - The list of categories and tags.
 * @csspart reading-time - The estimated reading time.
 * @csspart error - The error message box, with the fallback content inside.
 * @csspart retry - The retry button in the error state (for failures a retry can mend: network, timeout, server error).
 *
 * @cssproperty [--post-card-padding=var(--pe-space)] - Inner padding.
 * @cssproperty [--post-card-gap=calc(var(--pe-space) * 0.75)] - Space between the card's lines.
 * @cssproperty [--post-card-background=var(--pe-color-surface)] - Card background.
 * @cssproperty [--post-card-border=1px solid var(--pe-color-border)] - Card border.
 * @cssproperty [--post-card-radius=var(--pe-radius)] - Corner radius.
 * @cssproperty [--post-card-shadow=var(--pe-shadow)] - Card shadow.
 * @cssproperty [--post-card-title-size=1.2em] - Title font size.
 * @cssproperty [--post-card-image-aspect-ratio=16 / 9] - Image box ratio in the vertical layout.
 * @cssproperty [--post-card-image-size=38%] - Image width in the horizontal layout.
 * @cssproperty [--post-card-excerpt-lines=3] - Lines of excerpt reserved; with the title's, the lines both share (a one-line title leaves the excerpt one more).
 * @cssproperty [--post-card-title-lines=2] - Lines of title reserved (the skeleton reserves as many); without an excerpt (compact), the lines shown before it is cut.
 */
export class PostCardElement extends PostEmbedsElement<Post, FormatName> {
  static override defaultTag = 'post-card';
  static override styles = [tokens, skeletonLines, rows, postCardStyles];
  static override properties: PropertyDeclarations = {
    postId: { attribute: 'post-id' },
    slug: {},
    layout: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    jsonld: { type: Boolean },
  };

  /**
   * With `endpoint`: the WordPress post id. With a feed `src`: the item's `id` (JSON Feed), `guid` (RSS) or `id`
   * (Atom), or its link (default: the first item).
   */
  declare postId?: string;

  /** With `endpoint`: the WordPress post slug. */
  declare slug?: string;

  /** `vertical` (default), `horizontal` or `compact`. */
  layout: PostCardLayout = 'vertical';

  /** Level of the title heading, 1–6 (default 3). */
  headingLevel = 3;

  /**
   * Writes the post as schema.org JSON-LD (`BlogPosting`) into the light DOM, for search engines (loaded on
   * demand; valid under a strict CSP with Trusted Types).
   */
  jsonld = false;

  #jsonLd?: HTMLScriptElement;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (isServer) return;
    const post = this.jsonld && this.state === 'ready' ? this.data : null;
    if (!post) {
      this.#jsonLd?.remove();
      this.#jsonLd = undefined;
      return;
    }
    void loadChunk(import('./json-ld.js')).then(({ writeJsonLd, postJsonLd }) => {
      if (this.jsonld && this.data === post) this.#jsonLd = writeJsonLd(this, postJsonLd(post), this.#jsonLd);
    }, () => {}); // structured data is extra: a missing chunk costs only it
  }

  protected override sourceKey(): string | undefined {
    const request = this.#request();
    return request && `${request.url} ${this.format} ${this.postId ?? ''} ${this.slug ?? ''}`;
  }

  protected override async load(signal: AbortSignal, reload: boolean): Promise<Post> {
    const request = this.#request()!;
    const resource = await fetchResource(request.url, { signal, reload, batch: batched });
    // The promise is what is kept: cards on one response share one read, even while its reader loads.
    return derive(resource, `post ${request.format} ${this.postId ?? ''} ${this.slug ?? ''}`, () =>
      toPost(resource.body, { format: request.format, url: resource.url, id: this.postId, slug: this.slug }),
    );
  }

  #request(): { url: string; format: FormatName } | undefined {
    if (this.src) {
      const url = documentUrl(this.src);
      return url ? { url, format: this.format } : undefined;
    }
    const endpoint = resolveEndpoint(this.endpoint);
    if (!endpoint) return undefined;
    if (this.postId) {
      return { url: wordpressPostUrl(endpoint, this.postId), format: 'wordpress' };
    }
    if (this.slug) {
      return { url: wordpressUrl(endpoint, 'wp/v2/posts', { slug: this.slug, _embed: true }), format: 'wordpress' };
    }
    return undefined;
  }

  protected override renderData(post: Post) {
    const ownDir = this.hasAttribute('dir');
    return renderPostCard(post, {
      layout: this.layout,
      headingLevel: this.headingLevel,
      locale: uiLocale(this),
      lang: post.language,
      dir: ownDir ? undefined : directionForLanguage(post.language),
      firstScreen: this.inViewport,
    });
  }

  protected override renderLoading() {
    return renderPostCardSkeleton(this.layout);
  }
}
