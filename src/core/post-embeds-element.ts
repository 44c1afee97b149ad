import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { PostEmbedsError, isAbortError } from '../shared/errors.js';
import type { PostEmbedsEventMap } from './events.js';
import { LOCALE_READY_EVENT, followDocumentLocale, getLocale, msg, str } from './localization.js';
import { attributesFromProperties } from './ssr-render-info.js';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

/** How far outside the viewport a lazy element starts fetching. */
const LAZY_ROOT_MARGIN = '400px';

/**
 * The shared life cycle of post-embeds elements, modelled on `<img>`:
 * attributes name a source → (when near the viewport, for `loading="lazy"`) `loadstart` → the subclass's
 * `load()` → `load` or `error` → `loadend`. States are exposed as CSS custom states (`:state(loading)`,
 * `:state(ready)`, `:state(error)`); light-DOM children are shown before the element upgrades, while it has
 * no source, and in the error state. From the moment it has a source until its data arrives, it shows the
 * skeleton, sized like the ready element.
 *
 * Subclasses say what identifies their source (`sourceKey()`), how to load it (`load()`), and how to
 * render the result (`renderData()`) and the skeleton (`renderLoading()`).
 *
 * @cssstate loading - A fetch is running; the skeleton shows.
 * @cssstate ready - The data is shown.
 * @cssstate error - Loading failed; the error message shows with the fallback content inside it, and a retry button where
 *   trying again can help (the network, a timeout, a server error).
 *
 * @cssproperty [--pe-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif] - Shared token: font family.
 * @cssproperty [--pe-font-size=1rem] - Shared token: base font size.
 * @cssproperty [--pe-color-text=light-dark(#1c1e21, #e8eaed)] - Shared token: text color.
 * @cssproperty [--pe-color-muted=light-dark(#5f6670, #a0a7b1)] - Shared token: secondary text (dates, labels).
 * @cssproperty [--pe-color-accent=light-dark(#0b57d0, #8ab4f8)] - Shared token: links and the focus ring.
 * @cssproperty [--pe-color-surface=light-dark(#ffffff, #1f2124)] - Shared token: card and block background.
 * @cssproperty [--pe-color-border=light-dark(#dde1e6, #3c4043)] - Shared token: borders and rules.
 * @cssproperty [--pe-radius=12px] - Shared token: corner radius.
 * @cssproperty [--pe-space=1rem] - Shared token: the spacing unit.
 * @cssproperty [--pe-shadow=0 1px 2px rgb(0 0 0 / 0.06), 0 4px 12px rgb(0 0 0 / 0.06)] - Shared token: card shadow (darker on a dark scheme).
 */
export abstract class PostEmbedsElement<T, F extends string = string> extends LitElement {
  /** The tag `define()` uses when called without one. */
  static defaultTag: string;

  /**
   * Registers the element as `tag` (default: its documented tag name) in `registry`. Registering the same
   * class under the same tag again does nothing; a tag already taken by another class is left alone, with a
   * console warning unless that class is this element from another copy of post-embeds (post-embeds.min.js
   * and the autoloader's chunks on one page: the first to register a tag wins, silently).
   */
  static define(tag = this.defaultTag, registry: CustomElementRegistry = customElements): void {
    const self = this as unknown as CustomElementConstructor;
    const existing = registry.get(tag);
    if (existing) {
      if (existing !== self && !(existing.prototype instanceof this) && (existing as Partial<typeof PostEmbedsElement>).defaultTag !== this.defaultTag) {
        console.warn(`post-embeds: <${tag}> is taken by another class`);
      }
      return;
    }
    // A constructor can be registered only once per registry: a second tag name gets a subclass.
    const taken = registry.getName?.(self);
    registry.define(tag, taken ? class extends (self as typeof HTMLElement) {} : self);
  }

  // Declared as static properties rather than decorators: the same reactive properties, fewer bytes shipped.
  static override properties: PropertyDeclarations = {
    src: {},
    endpoint: {},
    format: {},
    loading: {},
  };

  /** URL of the exact resource to fetch. */
  declare src?: string;

  /** Base URL the request is built from (falls back to `configure()` and `<meta>`). */
  declare endpoint?: string;

  /**
   * `auto` (default: detected from the body) or an adapter name: `wordpress`, `jsonfeed`, `rss`, `atom` (either reads
   * RSS 2.0, RSS 1.0 and Atom), `ghost`, `native`; `oembed`, `csl` where the element reads those.
   */
  format: F | 'auto' = 'auto';

  /** `lazy` (default): fetch when near the viewport; `eager`: fetch at once. */
  loading: 'lazy' | 'eager' = 'lazy';

  readonly #internals = this.attachInternals();
  #state: LoadState = 'idle';
  #data: T | null = null;
  #dataFromProperty = false;
  #error: PostEmbedsError | null = null;
  #controller?: AbortController;
  #activeKey?: string;
  #observer?: IntersectionObserver;
  #nearViewport = false;
  #inViewport = false;
  /** A declarative shadow root from the server awaits hydration: its first render must match the server's. */
  #serverRendered = false;

  /**
   * Re-renders in the new language when `@lit/localize` (ours or the app's) switches locale. (It also reports
   * loading and failures: rendering then changes nothing, so the status is not worth checking.)
   */
  readonly #onLocaleStatus = () => this.requestUpdate();

  /** The normalized model being shown; set it to render without fetching (SSR, frameworks, tests). */
  get data(): T | null {
    return this.#data;
  }

  set data(value: T | null) {
    this.#abort();
    this.#data = value ?? null;
    this.#dataFromProperty = value != null;
    this.#error = null;
    this.#activeKey = undefined;
    this.#setState(value != null ? 'ready' : 'idle');
  }

  /**
   * Whether the element was inside the viewport (not only in the loading margin) when it started loading: its
   * images are then the page's first screen, loaded eagerly and at high priority (the largest contentful paint);
   * below, lazily. `false` for `loading="eager"` elements, which the page has not placed for us.
   */
  protected get inViewport(): boolean {
    return this.#inViewport;
  }

  /** The last error, or `null`. */
  get error(): PostEmbedsError | null {
    return this.#error;
  }

  /** Which of idle, loading, ready, error holds now. */
  get state(): LoadState {
    return this.#state;
  }

  /** Fetches again, bypassing the cache. */
  reload(): Promise<void> {
    // Nothing to fetch: data set by property, or no source named yet.
    return this.#dataFromProperty || this.sourceKey() === undefined ? Promise.resolve() : this.#run(true);
  }

  /**
   * A string naming everything the result depends on (`undefined`: nothing to load). A change of key
   * aborts the running load and starts another.
   */
  protected abstract sourceKey(): string | undefined;

  /** Loads and normalizes the data; `signal` aborts when the element is removed or its source changes. */
  protected abstract load(signal: AbortSignal, reload: boolean): Promise<T>;

  protected abstract renderData(data: T): TemplateResult | typeof nothing;

  protected abstract renderLoading(): TemplateResult;

  override render() {
    switch (this.#state) {
      case 'loading':
        return this.renderLoading();
      case 'ready':
        return this.renderData(this.#data!);
      case 'error':
        // The fallback (the page's own link) sits in the error box, the reader's way on; "Try again" only where
        // trying again can help.
        return html`<div part="error" role="alert">
          <span>${errorMessage(this.#error!)}</span>
          <slot></slot>
          ${isTransient(this.#error!)
            ? html`<button part="retry" type="button" @click=${() => this.reload()}>${msg('Try again', { id: 'pe.retry' })}</button>`
            : nothing}
        </div>`;
      default:
        // With a source, waiting (for the viewport): the skeleton already holds the ready box, so nothing
        // moves when data arrives and lazy loading observes the card's real size. Without one, and when
        // hydrating the fallback a server rendered: the fallback.
        return this.#activeKey != null && (this.hasUpdated || !this.#serverRendered)
          ? this.renderLoading()
          : html`<slot></slot>`;
    }
  }

  override connectedCallback(): void {
    this.#serverRendered ||= !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    window.addEventListener(LOCALE_READY_EVENT, this.#onLocaleStatus);
    followDocumentLocale();
    // Reconnected after a removal: an aborted load starts again (see willUpdate).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_READY_EVENT, this.#onLocaleStatus);
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#nearViewport = false;
    // A card moved in the DOM (removed and inserted again in the same task) keeps its request; one still out
    // of the document a task later was removed: its request is aborted (it starts again if it returns) and
    // the response it shows is no longer held in the cache.
    setTimeout(() => {
      if (this.isConnected) return;
      this.#abort();
      if (this.#state === 'loading') this.#setState('idle');
    });
  }

  /**
   * Starts a load when there is a source and nothing shown for it: `idle` with a key means a new source,
   * a load aborted by a removal, or a lazy element still waiting for the viewport.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (isServer) attributesFromProperties(this, changed);
    if (this.#dataFromProperty || !this.isConnected) return;
    const key = this.sourceKey();
    if (key !== this.#activeKey) {
      // What was loading or shown belongs to the old source.
      this.#activeKey = key;
      this.#abort();
      if (key === undefined) this.#data = null;
      this.#setState('idle');
    }
    if (key === undefined || this.#state !== 'idle') return;
    if (this.loading === 'eager' || this.#nearViewport) {
      // Server-rendered: hydrate the idle state the server sent first, then load (else the first client
      // render is a skeleton where the server's markup has the fallback, and hydration fails).
      if (this.#serverRendered && !this.hasUpdated) void this.updateComplete.then(() => this.requestUpdate());
      else void this.#run(false);
    } else {
      this.#observer ??= new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          this.#observer?.disconnect();
          this.#observer = undefined;
          this.#nearViewport = true;
          // The entry's box is already measured: no layout of our own to tell the first screen from the margin.
          const { top, bottom } = entries.at(-1)!.boundingClientRect;
          this.#inViewport = bottom > 0 && top < innerHeight;
          this.requestUpdate();
        },
        { rootMargin: LAZY_ROOT_MARGIN },
      );
      this.#observer.observe(this);
    }
  }

  async #run(reload: boolean): Promise<void> {
    this.#abort();
    const { signal } = (this.#controller = new AbortController());
    this.#error = null;
    this.#setState('loading');
    this.#emit('loadstart');
    try {
      const data = await this.load(signal, reload);
      if (signal.aborted) return;
      this.#data = data;
      this.#setState('ready');
      this.#emit('load', { data });
    } catch (caught) {
      if (signal.aborted || isAbortError(caught)) return;
      const error = (this.#error = toPostEmbedsError(caught));
      this.#setState('error');
      this.#emit('error', { error });
    }
    this.#emit('loadend');
  }

  /** The error state for a failure outside `load()`, such as a chunk a click needs (`error` fires alone). */
  protected fail(caught: unknown): void {
    this.#abort();
    const error = (this.#error = toPostEmbedsError(caught));
    this.#setState('error');
    this.#emit('error', { error });
  }

  #abort(): void {
    this.#controller?.abort();
    this.#controller = undefined;
  }

  #setState(state: LoadState): void {
    // Browsers without custom states still get the state property and the rendering.
    const states = this.#internals.states;
    states?.delete(this.#state);
    if (state !== 'idle') states?.add(state);
    this.#state = state;
    this.requestUpdate();
  }

  #emit(type: 'loadstart' | 'load' | 'error' | 'loadend', detail?: object): void {
    // Like <img>, these events do not bubble.
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}

// Typed listeners: merged into the class, so each element's `load` carries its own model.
export interface PostEmbedsElement<T, F extends string = string> {
  addEventListener<K extends keyof PostEmbedsEventMap<T>>(
    type: K,
    listener: (this: this, event: PostEmbedsEventMap<T>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof PostEmbedsEventMap<T>>(
    type: K,
    listener: (this: this, event: PostEmbedsEventMap<T>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** What a skeleton says to screen readers, where sighted readers see its shapes. */
export const renderLoadingText = (): TemplateResult =>
  html`<span class="pe-visually-hidden">${msg('Loading…', { id: 'pe.loading' })}</span>`;

/** A block's default heading; a page's own `slot="heading"` replaces it as a whole (its element, its level). */
export const renderHeadingSlot = (text: string | undefined): TemplateResult =>
  html`<slot name="heading">${text ? html`<h2 part="heading" class="heading">${text}</h2>` : nothing}</slot>`;

/** Whether the same request may succeed later: the network, a timeout, a server's failure or its "too many requests". */
const isTransient = ({ code, status = 0 }: PostEmbedsError) =>
  code == 'network' || code == 'timeout' || (code == 'http' && (status >= 500 || status == 408 || status == 429));

function toPostEmbedsError(caught: unknown): PostEmbedsError {
  if (caught instanceof PostEmbedsError) return caught;
  const message = caught instanceof Error ? caught.message : String(caught);
  return new PostEmbedsError('unsupported', message, { cause: caught });
}

/**
 * The localized sentence the error state shows for an error code, its status in the sentence's digits
 * (`toLocaleString` rather than core/intl.js: every element's first render carries this).
 */
function errorMessage(error: PostEmbedsError): string {
  const gone = error.code === 'http' && (error.status === 404 || error.status === 410);
  switch (gone ? 'not-found' : error.code) {
    case 'http':
      return msg(str`The server answered with an error (${error.status!.toLocaleString(getLocale(), { useGrouping: false })}).`, { id: 'pe.error.http' });
    case 'not-found':
      return msg('This content could not be found.', { id: 'pe.error.notFound' });
    case 'timeout':
      return msg('The server took too long to answer.', { id: 'pe.error.timeout' });
    case 'network':
      return msg('The content could not be loaded. Check your connection.', { id: 'pe.error.network' });
    case 'too-large':
      return msg('The response is too large to show.', { id: 'pe.error.tooLarge' });
    case 'config':
      return msg('This embed is not set up correctly.', { id: 'pe.error.config' });
    default:
      return msg('The response could not be read.', { id: 'pe.error.invalid' });
  }
}
