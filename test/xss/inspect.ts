/**
 * What the XSS suite looks for after the elements have rendered hostile data: a call to the page's canary
 * (any execution), and in the DOM (light and every shadow root) event-handler attributes, URLs that are not
 * http(s), style that loads or runs something, and elements that run or frame content which the library did
 * not create on purpose.
 */

const CANARY_NAMES = ['alert', 'confirm', 'prompt', 'print', '__xss'] as const;

/**
 * Replaces the page's `alert`, `confirm`, `prompt` and `print`, and defines `__xss`, with a recorder: the
 * vectors call `alert` in every spelling, so any script of theirs that runs in this window is counted.
 */
export function installCanary(win: Window): string[] {
  const calls: string[] = [];
  const target = win as unknown as Record<string, unknown>;
  for (const name of CANARY_NAMES) {
    target[name] = (...args: unknown[]) => {
      calls.push(`${name}(${args.map(String).join(', ')})`);
    };
  }
  return calls;
}

/** Attributes whose value the browser loads or navigates to. */
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'data', 'background', 'lowsrc', 'dynsrc', 'codebase', 'ping'];

/** Elements that run, frame or redirect content: none may come from data. */
const ACTIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'form', 'portal']);

/** CSS that loads or runs something. */
const ACTIVE_STYLE = /url\s*\(|expression\s*\(|javascript:|behavior\s*:|-moz-binding|@import/i;

const isHttp = (value: string, base: string) => {
  try {
    return /^https?:$/.test(new URL(value, base).protocol);
  } catch {
    return false;
  }
};

/** Candidate URLs of a `srcset` (each candidate's first token). */
const srcsetUrls = (value: string) =>
  value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);

/**
 * A frame the library makes on purpose: `<oembed-preview>`'s `part="frame"`, either sandboxed without
 * `allow-same-origin` (provider HTML in `srcdoc`), or a plain https player page without `srcdoc`.
 */
function isOwnFrame(element: Element, root: Node): boolean {
  if (element.localName !== 'iframe' || !element.part.contains('frame')) return false;
  if (hostOf(root)?.localName !== 'oembed-preview') return false;
  const sandbox = element.getAttribute('sandbox');
  if (sandbox !== null) return !/allow-same-origin/i.test(sandbox);
  return !element.hasAttribute('srcdoc') && /^https:/.test(element.getAttribute('src') ?? '');
}

/** `<source-citation jsonld>`'s schema.org script: one per block, in its light DOM, holding JSON and nothing else. */
function isOwnJsonLd(element: Element): boolean {
  if (element.localName !== 'script' || element.getAttribute('type') !== 'application/ld+json') return false;
  if (element.parentElement?.localName !== 'source-citation' || element.attributes.length !== 1) return false;
  try {
    JSON.parse(element.textContent!);
    return true;
  } catch {
    return false;
  }
}

/** The host of a shadow root (`instanceof` fails for the strict page's, which come from another window). */
const hostOf = (root: Node) => (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host : undefined);

/** Every element under `root`, shadow roots included, with the root it belongs to. */
function* walk(root: ParentNode, owner: Node = root as Node): Generator<[Element, Node]> {
  for (const element of root.querySelectorAll('*')) {
    yield [element, owner];
    if (element.shadowRoot) yield* walk(element.shadowRoot, element.shadowRoot);
  }
}

/**
 * What is unsafe under `root` (a container of elements, light DOM and shadow roots). `given` are the
 * nodes the test itself wrote (light-DOM sources): they are the page author's, not the library's output.
 */
export function findUnsafe(root: Element, given: ReadonlySet<Element> = new Set()): string[] {
  const found: string[] = [];
  for (const [element, owner] of walk(root)) {
    if (given.has(element)) continue;
    const where = `<${element.localName}${element.part.length ? ` part="${element.part.value}"` : ''}> in ${
      hostOf(owner) ? `${hostOf(owner)!.localName}'s shadow root` : 'light DOM'
    }`;
    const name = element.localName;
    if (ACTIVE_ELEMENTS.has(name) && !isOwnFrame(element, owner) && !isOwnJsonLd(element)) found.push(`${where}: element`);
    for (const { name: attribute, value } of element.attributes) {
      const lower = attribute.toLowerCase();
      if (lower.startsWith('on')) found.push(`${where}: ${attribute}=${JSON.stringify(value.slice(0, 60))}`);
      else if (URL_ATTRIBUTES.includes(lower) && !isHttp(value, element.baseURI)) {
        found.push(`${where}: ${attribute}=${JSON.stringify(value.slice(0, 60))}`);
      } else if ((lower === 'srcset' || lower === 'imagesrcset') && !srcsetUrls(value).every((url) => isHttp(url, element.baseURI))) {
        found.push(`${where}: ${attribute}=${JSON.stringify(value.slice(0, 60))}`);
      } else if (lower === 'style' && ACTIVE_STYLE.test(value)) found.push(`${where}: style=${JSON.stringify(value.slice(0, 60))}`);
      else if (lower === 'srcdoc' && !isOwnFrame(element, owner)) found.push(`${where}: srcdoc`);
    }
  }
  return found;
}

/**
 * Resolves once every eager image under `root` (shadow roots included) has loaded or failed, so that an
 * `onerror` a vector slipped in would have run; at most `timeout` ms. The library's own lazy images are
 * not waited for: off screen they never load, and they carry no handler.
 */
export async function imagesSettled(root: Element, timeout = 3000): Promise<void> {
  const pending = [...walk(root)]
    .map(([element]) => element)
    .filter((element): element is HTMLImageElement => element.localName === 'img' && !(element as HTMLImageElement).complete)
    .filter((image) => image.loading !== 'lazy');
  const settled = pending.map((image) => new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
  }));
  await Promise.race([Promise.all(settled), new Promise((resolve) => setTimeout(resolve, timeout))]);
}
