/**
 * Shared by the real-world corpus tests (test/fixtures/real/, SOURCES.md): the recorded responses, served
 * by web-test-runner at `/real/<kind>/<file>` (test/fixtures/recorded.mjs), and the checks every render passes.
 */
import { expect } from '@open-wc/testing';

/**
 * Recorded responses name real images and players: this page may load none of them (tests never reach the
 * internet). A CSP `<meta>` blocks every image, frame and media load that is not from this origin.
 */
export function blockThirdPartyLoads(): void {
  if (document.querySelector('meta[data-real-corpus]')) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "img-src 'self' data:; media-src 'self'; frame-src 'self'; font-src 'self'";
  meta.dataset.realCorpus = '';
  document.head.append(meta);
}

/** The served URL of a recorded file; `query` is passed on (the corpus answers whatever the query). */
export const recorded = (kind: string, file: string, query = '') => new URL(`/real/${kind}/${file}${query}`, location.href).href;

/** A recorded body, as text, exactly as the element receives it. */
export async function recordedText(kind: string, file: string): Promise<string> {
  return (await fetch(recorded(kind, file))).text();
}

/**
 * Decodes character references the way HTML does in text (a `<textarea>`'s content is RCDATA: references
 * are decoded, tags stay text). Independent of the library's own decoding, for expected values.
 */
export function decodeReferences(text: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = text.replace(/<\/textarea/gi, '&lt;/textarea');
  return area.value;
}

/** What a reader must never see in a render: markup, undecoded references and the marks of missing values. */
const LEAKS: Array<[string, RegExp]> = [
  ['a raw tag', /<\/?[a-z][\w-]*(\s[^<>]*)?\/?>/i],
  ['an undecoded character reference', /&(#\d+|#x[\da-f]+|[a-z]{2,8});/i],
  ['"undefined"', /\bundefined\b/],
  ['"NaN"', /\bNaN\b/],
  ['"Invalid Date"', /Invalid Date/],
];

/** The visible text and the attributes a reader meets (alt, aria-label, title, datetime) of a rendered element. */
export function renderedText(el: Element): string {
  const root = el.shadowRoot!;
  const attributes = [...root.querySelectorAll('[alt],[aria-label],[title],[datetime]')].flatMap((node) =>
    ['alt', 'aria-label', 'title', 'datetime'].map((name) => node.getAttribute(name) ?? ''),
  );
  return [root.textContent ?? '', ...attributes].join('\n');
}

/**
 * Fails when the render of `el` shows any of the leaks above that the data's own text does not hold: `source`
 * is that text, decoded independently (a title may really read "The return of <i> and <b>").
 */
export function expectCleanRender(el: Element, label: string, source = ''): void {
  const text = renderedText(el);
  for (const [what, pattern] of LEAKS) {
    const leak = [...text.matchAll(new RegExp(pattern, 'gi'))].map(([match]) => match).find((match) => !source.includes(match));
    expect(leak, `${label}: the render shows ${what}`).to.equal(undefined);
  }
}
