/**
 * The autoloader (`dist/autoloader.min.js`, or `import 'post-embeds/autoloader.js'`): registers each of the four
 * elements only once its tag appears in the page, so a page with only post cards loads only `<post-card>`.
 *
 * Like Shoelace's and Web Awesome's autoloaders, a `MutationObserver` on the document finds tags as they are
 * added. Content inside shadow roots is invisible to it, so each open shadow root found on the way is observed
 * too, including those of custom elements the page defines later (found once their tag is defined). A closed
 * shadow root cannot be seen from outside: pass it to `discover()` yourself.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  'post-card': () => import('./post-card.js'),
  'related-posts': () => import('./related-posts.js'),
  'source-citation': () => import('./source-citation.js'),
  'oembed-preview': () => import('./oembed-preview.js'),
};

/** Tags whose module is loading or loaded: each is imported once. */
const requested = new Set<string>();
/** Roots already observed. */
const observed = new WeakSet<Node>();
/** Custom elements not defined yet whose shadow roots may hold our tags once they are. */
const awaiting = new WeakSet<Element>();

const observer = new MutationObserver((mutations) => {
  for (const { addedNodes } of mutations) {
    for (const node of addedNodes) if (node instanceof Element) discover(node);
  }
});

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  loaders[tag]!().catch((error: unknown) => {
    // The element stays undefined and shows its light-DOM fallback; a later appearance tries again.
    requested.delete(tag);
    console.warn(`post-embeds: <${tag}> could not be loaded.`, error);
  });
}

/**
 * Registers the elements used in `root` (an element, a document or a shadow root) and in the open shadow
 * roots below it, and follows what is added to them later. The document is discovered on its own.
 */
export function discover(root: Element | Document | ShadowRoot): void {
  const elements = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
  for (const element of elements) {
    const tag = element.localName;
    if (Object.hasOwn(loaders, tag)) load(tag);
    if (element.shadowRoot) observe(element.shadowRoot);
    else if (tag.includes('-') && !customElements.get(tag) && !awaiting.has(element)) {
      awaiting.add(element);
      void customElements.whenDefined(tag).then(() => element.shadowRoot && observe(element.shadowRoot));
    }
  }
}

function observe(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer.observe(root, { childList: true, subtree: true });
  discover(root);
}

observe(document);
