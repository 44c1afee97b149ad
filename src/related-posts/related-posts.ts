import { nothing, type PropertyDeclarations } from 'lit';
import { msg } from '../core/localization.js';
import { documentUrl, resolveEndpoint } from '../core/config.js';
import { uiLocale } from '../core/intl.js';
import { PostEmbedsElement } from '../core/post-embeds-element.js';
import { postCardStyles } from '../post-card/post-card.styles.js';
import { rows } from '../styles/rows.js';
import { skeletonLines } from '../styles/skeleton-lines.js';
import { tokens } from '../styles/tokens.js';
import { loadFromSource, loadFromWordPress } from './load-related.js';
import type { FormatName, RelatedPostsData } from '../core/model.js';
import { relatedPostsStyles } from './related-posts.styles.js';
import {
  renderAdjacent,
  renderRelatedList,
  renderRelatedSkeleton,
  type RelatedPostsLayout,
  type RelatedPostsOptions,
} from './related-posts.template.js';

const DEFAULT_LIMIT = 3;
/** WordPress answers at most 100 posts per request. */
const MAX_LIMIT = 100;

/**
 * Posts related to one post, or the previous/next pair, from a WordPress site, a JSON Feed, an RSS or Atom feed,
 * Ghost or YARPP.
 *
 * Sources: `src` pointing at a collection (a WordPress posts query, YARPP's `/yarpp/v1/related/{id}`, a JSON
 * Feed, Ghost posts, the native model), where `post-id` names the current post to leave out; or `src`
 * pointing at one post, whose Jetpack `jetpack-related-posts` are shown (with Jetpack's own display date). Or
 * `endpoint` with `post-id`: the post's Jetpack related posts when it has them, read in full by one query of the
 * site's posts (`include=…`, so their dates, authors and reading times are written like every card's), else the
 * newest posts sharing its categories (then its tags), in its language. Posts of a WordPress query fetched with `_embed` are kept in the shared cache, so a
 * `<post-card>` of one of them makes no request.
 *
 * `layout="adjacent"` shows the posts published just before and after the current one instead (with
 * `endpoint` + `post-id`, or within a `src` collection + `post-id`). `.data` is then a `RelatedPostsData`
 * with `previous` and `next`.
 *
 * An empty result renders nothing (no heading either); `load` still fires, with `detail.data.posts` empty.
 *
 * @tag related-posts
 * @summary Related posts, or previous/next links, for any post source.
 *
 * @fires loadstart - A fetch started.
 * @fires {RelatedPostsLoadDetail} load - The posts were loaded and rendered; `detail.data` is a `RelatedPostsData` (a `PostCollection`).
 * @fires {PostEmbedsErrorDetail} error - Loading failed; `detail.error` is a `PostEmbedsError`.
 * @fires loadend - After `load` or `error`.
 *
 * @slot - Fallback content (for example a list of links), shown until the posts are ready and in the error state.
 * @slot heading - Replaces the default heading (its element and level are yours).
 *
 * @csspart heading - The default `<h2>` heading.
 * @csspart list - The `<ul>` of posts.
 * @csspart item - Each `<li>`.
 * @csspart card - The card inside an item.
 * @csspart link - The link to a post (a card's title link, or a previous/next link).
 * @csspart title - A post's title.
 * @csspart image - A card's image.
 * @csspart date - A card's date.
 * @csspart excerpt - A card's excerpt (the grid and list cards follow `<post-card>`'s parts).
 * @csspart meta - A card's line with author, date and reading time.
 * @csspart author - A card's author.
 * @csspart avatar - A card's author avatar.
 * @csspart terms - A card's categories and tags.
 * @csspart reading-time - A card's reading time.
 * @csspart previous - The link to the previous post (`layout="adjacent"`).
 * @csspart next - The link to the next post (`layout="adjacent"`).
 * @csspart error - The error message box.
 * @csspart retry - The retry button in the error state.
 *
 * @cssproperty [--related-posts-gap=var(--pe-space)] - Space between the heading and the items, and between items.
 * @cssproperty [--related-posts-heading-size=1.25em] - Font size of the default heading.
 * @cssproperty [--related-posts-heading-color=var(--pe-color-text)] - Color of the default heading.
 * @cssproperty [--related-posts-label-color=var(--pe-color-muted)] - Color of the "Previous post" / "Next post" labels.
 * @cssproperty [--related-posts-border=1px solid var(--pe-color-border)] - Rules above and below the previous/next pair.
 *
 * The cards take the `--post-card-*` properties of `<post-card>`:
 * @cssproperty [--post-card-padding=var(--pe-space)] - Cards: Inner padding.
 * @cssproperty [--post-card-gap=calc(var(--pe-space) * 0.75)] - Cards: Space between the card's lines.
 * @cssproperty [--post-card-background=var(--pe-color-surface)] - Cards: Card background.
 * @cssproperty [--post-card-border=1px solid var(--pe-color-border)] - Cards: Card border.
 * @cssproperty [--post-card-radius=var(--pe-radius)] - Cards: Corner radius.
 * @cssproperty [--post-card-shadow=var(--pe-shadow)] - Cards: Card shadow.
 * @cssproperty [--post-card-title-size=1.2em] - Cards: Title font size.
 * @cssproperty [--post-card-image-aspect-ratio=16 / 9] - Cards: Image box ratio in the vertical layout.
 * @cssproperty [--post-card-image-size=38%] - Cards: Image width in the horizontal layout.
 * @cssproperty [--post-card-excerpt-lines=3] - Cards: Lines of excerpt shown before it is cut.
 * @cssproperty [--post-card-title-lines=2] - Cards: Lines of title shown before it is cut.
 */
export class RelatedPostsElement extends PostEmbedsElement<RelatedPostsData, FormatName> {
  static override defaultTag = 'related-posts';
  static override styles = [tokens, skeletonLines, rows, postCardStyles, relatedPostsStyles];
  static override properties: PropertyDeclarations = {
    postId: { attribute: 'post-id' },
    limit: { type: Number },
    layout: {},
    heading: {},
  };

  /** With `endpoint`: the WordPress post id. With a collection `src`: the current post's `id`, left out. */
  declare postId?: string;

  /** Most posts shown (default 3). */
  limit = DEFAULT_LIMIT;

  /** `list` (default), `grid` (columns when the block is wide enough) or `adjacent` (previous/next). */
  layout: RelatedPostsLayout = 'list';

  /** Text of the heading (default: localized "Related posts"; none for `adjacent`). */
  declare heading?: string;

  protected override sourceKey(): string | undefined {
    const request = this.#request();
    return request && `${request.url} ${this.format} ${this.postId ?? ''} ${this.#limit()} ${this.#mode()}`;
  }

  protected override load(signal: AbortSignal, reload: boolean): Promise<RelatedPostsData> {
    const request = this.#request()!;
    const options = { mode: this.#mode(), limit: this.#limit(), signal, reload };
    return request.endpoint
      ? loadFromWordPress(request.endpoint, this.postId!, options)
      : loadFromSource(request.url, this.format, this.postId || undefined, options);
  }

  /** `src`, else `endpoint` + `post-id`; `undefined` when neither is complete. */
  #request(): { url: string; endpoint?: string } | undefined {
    if (this.src) {
      const url = documentUrl(this.src);
      return url ? { url } : undefined;
    }
    const endpoint = resolveEndpoint(this.endpoint);
    return endpoint && this.postId ? { url: endpoint, endpoint } : undefined;
  }

  #mode(): 'related' | 'adjacent' {
    return this.layout === 'adjacent' ? 'adjacent' : 'related';
  }

  /** A whole number from 1 to 100; anything else means the default. */
  #limit(): number {
    const limit = Math.floor(this.limit);
    return limit >= 1 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT;
  }

  #options(): RelatedPostsOptions {
    const adjacent = this.layout === 'adjacent';
    return {
      layout: adjacent || this.layout === 'grid' ? this.layout : 'list',
      heading: this.heading || (adjacent ? undefined : msg('Related posts', { id: 'pe.related.heading' })),
      locale: uiLocale(this),
      ownDir: this.hasAttribute('dir'),
    };
  }

  protected override renderData(data: RelatedPostsData) {
    const options = this.#options();
    if (options.layout === 'adjacent') {
      return data.previous || data.next ? renderAdjacent(data.previous, data.next, options) : nothing;
    }
    return data.posts.length ? renderRelatedList(data.posts, options) : nothing;
  }

  protected override renderLoading() {
    return renderRelatedSkeleton(this.#limit(), this.#options());
  }
}
