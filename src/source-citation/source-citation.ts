import { nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg } from '../core/localization.js';
import type { Citation } from '../core/citation-model.js';
import type { FormatName } from '../core/model.js';
import { documentUrl, resolveEndpoint } from '../core/config.js';
import { nearestLanguage } from '../core/nearest-language.js';
import { loadChunk } from '../core/chunks.js';
import { PostEmbedsElement } from '../core/post-embeds-element.js';
import { tokens } from '../styles/tokens.js';
import { copyText } from './clipboard.js';
import { declaredSources } from './declared-sources.js';
import type { CitationFormatter, CitationStyle } from './format/index.js';
import { citationText, type CitationSegment } from './format/segments.js';
import { loadCslCitations, loadDeclaredCitations } from './load-citations.js';
import { sourceCitationStyles } from './source-citation.styles.js';
import { renderSourceList, renderSourceListSkeleton } from './source-citation.template.js';
import { loadStyles, readyFormatter } from './styles-loader.js';

/**
 * A "Sources" block: the sources an article cites, formatted in a citation style, each with a copy button,
 * and the whole list exportable as BibTeX, RIS or CSL-JSON.
 *
 * Sources, in this order of precedence:
 * - `src`: a CSL-JSON document (one item or an array), as Zotero or Crossref export it.
 * - The element's own attributes, for one source: `href`, `headline`, `publisher` (the site or newspaper:
 *   "BBC News"), `section`, `author` (several separated by `;`), `published` and `accessed` (ISO 8601 dates),
 *   `type` (see below).
 * - Otherwise one source per light-DOM link `<a href>`: its text is the label, and `data-headline`,
 *   `data-publisher`, `data-section`, `data-author`, `data-published`, `data-accessed` and `data-type` (a CSL
 *   type such as `article-newspaper`) give the rest. The links are also the no-JavaScript fallback; the
 *   list follows them as they change.
 *
 * With `endpoint` (else the page's oEmbed endpoint, `configure({ oembedEndpoint })` or `<meta
 * name="post-embeds:oembed-endpoint">`, when it is on the page's own origin), the missing fields of each linked source are filled from the
 * post-embeds proxy's page metadata: `endpoint` is the proxy's root or its `/oembed` route, and each source
 * asks `…/meta?url=<href>`. What the page states always wins; a source whose metadata fails keeps what it has.
 *
 * Links to sources carry `rel="noreferrer"`: the cited site is not told which page the reader came from.
 * Only `http:` and `https:` addresses are linked; a source with any other is listed unlinked.
 *
 * `loading="lazy"` (the default) formats the sources, and makes any request, when the block nears the viewport.
 *
 * @tag source-citation
 * @summary A "Sources" block in plain, APA, MLA or Chicago style, copyable and exportable.
 *
 * @attr {string} href - The one source's address (without light-DOM links or `src`).
 * @attr {string} headline - The source's title.
 * @attr {string} publisher - The site or newspaper ("BBC News").
 * @attr {string} section - The section of the publisher ("Technology").
 * @attr {string} author - The author, several separated by `;`.
 * @attr {string} published - Publication date, ISO 8601.
 * @attr {string} accessed - Date of access, ISO 8601.
 * @attr {'article-newspaper' | 'article-magazine' | 'webpage' | 'post-weblog' | 'report' | 'book'} type - The CSL type of the source.
 *
 * @fires loadstart - Loading the sources started.
 * @fires {SourceCitationLoadDetail} load - The sources are ready; `detail.data` is the `Citation[]`.
 * @fires {PostEmbedsErrorDetail} error - Loading failed (a `src` that is missing or not CSL-JSON); `detail.error` is a `PostEmbedsError`.
 * @fires loadend - After `load` or `error`.
 *
 * @slot - The sources as links (see above), shown as they are until the block is ready and in the error state.
 * @slot heading - Replaces the default heading (its element and level are yours).
 *
 * @csspart heading - The default `<h2>` heading.
 * @csspart list - The `<ul>` of sources.
 * @csspart item - Each `<li>`.
 * @csspart citation - The `<cite>` holding one formatted citation.
 * @csspart link - The link to a source, inside its citation.
 * @csspart copy - The button that copies a citation's plain text.
 * @csspart export - The group of export buttons (BibTeX, RIS, CSL-JSON).
 * @csspart error - The error message box.
 * @csspart retry - The retry button in the error state.
 *
 * @cssproperty [--source-citation-padding=var(--pe-space)] - Inner padding of the block.
 * @cssproperty [--source-citation-gap=calc(var(--pe-space) * 0.75)] - Space between the heading, the sources and the export buttons.
 * @cssproperty [--source-citation-background=var(--pe-color-surface)] - Block background.
 * @cssproperty [--source-citation-border=1px solid var(--pe-color-border)] - Block border.
 * @cssproperty [--source-citation-radius=var(--pe-radius)] - Corner radius.
 * @cssproperty [--source-citation-heading-size=1.125em] - Font size of the default heading.
 * @cssproperty [--source-citation-button-color=var(--pe-color-accent)] - Color of the copy and export buttons.
 */
export class SourceCitationElement extends PostEmbedsElement<Citation[], FormatName> {
  static override defaultTag = 'source-citation';
  static override styles = [tokens, sourceCitationStyles];
  // The source's own fields (`href`, `headline`…) are read as attributes, like the links' `data-*`: the
  // light-DOM observer sees both change.
  static override properties: PropertyDeclarations = {
    citationStyle: { attribute: 'citation-style' },
    heading: {},
    jsonld: { type: Boolean },
    formatter: { attribute: false },
  };

  /** `plain` (default: "BBC News (Technology): https://…"), `apa`, `mla` or `chicago`. */
  citationStyle: CitationStyle = 'plain';

  /** Text of the heading (default: localized "Sources"). */
  declare heading?: string;

  /** Also describe the sources to search engines, as schema.org JSON-LD in the light DOM. */
  jsonld = false;

  /**
   * Formats each citation instead of the built-in styles: `(citation, style, locale) => segments`, where
   * `style` is `citation-style` and `locale` the block's language. Return `[{ text }]` for a plain string,
   * or segments with roles (`title`, `url`…) to get isolation and the link. See `CitationFormatter`.
   */
  declare formatter?: CitationFormatter;

  /** The formatter on screen: the style asked for once it has loaded, the previous one meanwhile. */
  #format = readyFormatter('plain')!;
  #copied?: Citation;
  #announcement = '';
  #jsonLd?: HTMLScriptElement;
  /**
   * Attributes and light-DOM links are sources: any change to them (added, edited, removed) may change the list.
   * Made on connection, not in the constructor: server rendering constructs elements where no DOM exists.
   */
  #lightDom?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#lightDom ??= new MutationObserver(() => this.requestUpdate());
    this.#lightDom.observe(this, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lightDom?.disconnect();
  }

  protected override sourceKey(): string | undefined {
    const csl = documentUrl(this.src);
    if (csl) return `csl ${csl}`;
    const sources = declaredSources(this);
    return sources.length ? JSON.stringify([this.#metadataEndpoint(), sources]) : undefined;
  }

  protected override async load(signal: AbortSignal, reload: boolean): Promise<Citation[]> {
    const csl = documentUrl(this.src);
    const options = { signal, reload };
    const citations = csl
      ? loadCslCitations(csl, options)
      : loadDeclaredCitations(declaredSources(this), this.#metadataEndpoint(), options);
    // The first render should already be in the right style: its chunk loads beside the data.
    const [data] = await Promise.all([citations, this.formatter ?? readyFormatter(this.citationStyle) ?? loadStyles()]);
    return data;
  }

  /**
   * Its own `endpoint`; else the page's oEmbed endpoint only when that is on the page's origin (a proxy the site
   * serves): a provider's endpoint elsewhere has no `/meta`, and asking it would only log 404s.
   */
  #metadataEndpoint(): string | undefined {
    const endpoint = resolveEndpoint(this.endpoint, 'oembed');
    return this.endpoint?.trim() || !endpoint || endpoint.startsWith(location.origin + '/') ? endpoint : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const ready = this.formatter ?? readyFormatter(this.citationStyle);
    if (ready) this.#format = ready;
    // Failing before the data is ready, load() reports it.
    else void loadStyles().then(() => this.requestUpdate(), (error) => this.state == 'ready' && this.fail(error));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const data = this.jsonld && this.state === 'ready' ? this.data : null;
    if (!data?.length) {
      this.#jsonLd?.remove();
      this.#jsonLd = undefined;
      return;
    }
    void loadChunk(import('./json-ld.js')).then(({ writeJsonLd }) => {
      if (this.jsonld && this.data === data) this.#jsonLd = writeJsonLd(this, data, this.#jsonLd);
    }, (error) => this.fail(error));
  }

  #heading(): string {
    return this.heading || msg('Sources', { id: 'pe.citation.heading' });
  }

  #segments(citation: Citation): CitationSegment[] {
    return this.#format(citation, this.citationStyle, nearestLanguage(this));
  }

  async #copy(citation: Citation): Promise<void> {
    const copied = await copyText(citationText(this.#segments(citation)), this.shadowRoot!);
    this.#copied = copied ? citation : undefined;
    this.#announcement = copied ? msg('Copied', { id: 'pe.citation.copied' }) : msg('Copy failed', { id: 'pe.citation.copyFailed' });
    this.requestUpdate();
  }

  protected override renderData(citations: Citation[]) {
    if (!citations.length) return nothing;
    return renderSourceList(citations, {
      heading: this.#heading(),
      format: (citation) => this.#segments(citation),
      copied: this.#copied,
      announcement: this.#announcement,
      onCopy: (citation) => void this.#copy(citation),
      onExport: (format) =>
        void loadChunk(import('./download.js')).then(
          (module) => module.downloadCitations(format, citations),
          (error) => this.fail(error),
        ),
    });
  }

  protected override renderLoading() {
    return renderSourceListSkeleton(this.#heading());
  }
}
