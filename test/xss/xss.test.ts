/**
 * The XSS suite: every vector of the corpus (vectors.json, provenance in SOURCES.md) in every string and URL
 * field of every source format and element, fetched through the real fetch layer and adapters from the fixture
 * API's echo route, rendered in this page and in the strict-CSP + Trusted Types page. After each vector:
 * no canary call (any execution), and no unsafe markup in the DOM or any shadow root (see inspect.ts).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { PostEmbedsElement } from '../../src/core/post-embeds-element.js';
import { strictPage } from '../csp/strict-page.js';
import { vectorsOfRun, type Run, type Vector } from './corpus.js';
import { hostileDocuments, serveDocuments } from './documents.js';
import { findUnsafe, imagesSettled, installCanary } from './inspect.js';

type Element_ = PostEmbedsElement<unknown>;

interface Mounted {
  element: Element_;
  /** Light-DOM nodes the test wrote: the page author's, not the library's output. */
  given?: Element[];
}

interface Target {
  name: string;
  /** How many hostile fields this element gets, from the documents' field counts. */
  fields: (documentFields: Record<string, number>) => number;
  mount: (doc: Document, url: (name: string) => string, payload: string) => Mounted;
}

function create(doc: Document, tag: string, attributes: Record<string, string>): Element_ {
  const element = doc.createElement(tag) as Element_;
  element.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Each source read by the elements that read it. */
const fromDocument = (tag: string, document: string, attributes: Record<string, string> = {}): Target => ({
  name: `${tag} ← ${document}`,
  fields: (counts) => counts[document],
  mount: (doc, url) => ({ element: create(doc, tag, { src: url(document), ...attributes }) }),
});

/** Attributes an author writes, set to the vector (the element's own data stays benign). */
const fromAttributes = (tag: string, names: string[], attributes: (url: (name: string) => string) => Record<string, string>): Target => ({
  name: `${tag} attributes ${names.join(', ')}`,
  fields: () => names.length,
  mount: (doc, url, payload) => ({
    element: create(doc, tag, { ...attributes(url), ...Object.fromEntries(names.map((name) => [name, payload])) }),
  }),
});

const SOURCE_DATA = ['headline', 'publisher', 'section', 'author', 'published', 'accessed', 'type'];

const TARGETS: Target[] = [
  fromDocument('post-card', 'wordpress', { format: 'wordpress' }),
  fromDocument('related-posts', 'wordpressList', { format: 'wordpress', layout: 'grid' }),
  fromDocument('post-card', 'jsonfeed', { format: 'jsonfeed', layout: 'horizontal' }),
  fromDocument('related-posts', 'jsonfeed', { format: 'jsonfeed', layout: 'adjacent' }),
  fromDocument('post-card', 'rss', { layout: 'horizontal' }),
  fromDocument('related-posts', 'rss', { format: 'rss', layout: 'grid' }),
  fromDocument('post-card', 'atom', { format: 'atom' }),
  fromDocument('related-posts', 'atom', { layout: 'adjacent' }),
  fromDocument('post-card', 'ghost', { format: 'ghost', layout: 'compact' }),
  fromDocument('related-posts', 'ghost', { format: 'ghost' }),
  fromDocument('post-card', 'native', { format: 'native' }),
  fromDocument('related-posts', 'native', { format: 'native' }),
  ...['photo', 'video', 'rich', 'link'].flatMap((kind) => [
    fromDocument('oembed-preview', `oembed-${kind}`),
    fromDocument('oembed-preview', `oembed-xml-${kind}`, { format: 'xml' }),
  ]),
  fromDocument('source-citation', 'csl', { jsonld: '', 'citation-style': 'apa' }),
  {
    name: 'source-citation ← /meta',
    fields: (counts) => counts.meta,
    mount: (doc, url) => {
      const element = create(doc, 'source-citation', { endpoint: url('meta'), jsonld: '', 'citation-style': 'mla' });
      const link = doc.createElement('a');
      link.href = 'https://127.0.0.1:9/page';
      link.textContent = 'Label';
      element.append(link);
      return { element, given: [link] };
    },
  },
  fromAttributes('source-citation', ['href', 'headline', 'publisher', 'section', 'author', 'published', 'accessed', 'heading'], () => ({
    jsonld: '',
    'citation-style': 'chicago',
  })),
  {
    name: 'source-citation light-DOM <a href> text and data-*',
    fields: () => 2 + SOURCE_DATA.length,
    mount: (doc, _url, payload) => {
      const element = create(doc, 'source-citation', { jsonld: '' });
      const link = doc.createElement('a');
      link.setAttribute('href', payload);
      link.textContent = payload;
      for (const name of SOURCE_DATA) link.dataset[name] = payload;
      element.append(link);
      return { element, given: [link] };
    },
  },
  fromAttributes('post-card', ['post-id', 'layout', 'heading-level'], (url) => ({ endpoint: url('wordpress') })),
  fromAttributes('related-posts', ['post-id', 'limit', 'layout', 'heading'], (url) => ({ endpoint: url('wordpressList') })),
  fromAttributes('oembed-preview', ['url', 'maxwidth', 'maxheight'], (url) => ({ endpoint: url('oembed-link') })),
];

interface Page {
  doc: Document;
  canary: string[];
  /** Script and Trusted Types violations the page reported (strict page only). */
  violations: () => string[];
  /** Whether to click the facades of video and rich embeds. */
  activate: boolean;
}

/**
 * An eager element with a source is `loading` from its first update on; one still `idle` then has refused its
 * source (an `url` attribute that is no http(s) URL) and renders nothing.
 */
const settled = (element: Element_) => element.state !== 'loading';

/** Renders `vector` in every target on `page`; returns what was found unsafe. */
async function feed(page: Page, vector: Vector): Promise<string[]> {
  const { docs } = await hostileDocuments(vector.payload);
  const url = await serveDocuments(docs);
  const container = page.doc.createElement('div');
  const mounted = TARGETS.map((target) => ({ target, ...target.mount(page.doc, url, vector.payload) }));
  container.append(...mounted.map(({ element }) => element));
  page.doc.body.append(container);
  try {
    await Promise.all(mounted.map(({ element }) => element.updateComplete));
    try {
      await waitUntil(() => mounted.every(({ element }) => settled(element)), 'every element settled', { timeout: 60000 });
    } catch {
      return mounted.filter(({ element }) => !settled(element)).map(({ target, element }) => `${target.name}: still ${element.state}`);
    }
    await Promise.all(mounted.map(({ element }) => element.updateComplete));
    // Click-to-load embeds (page without CSP): the click builds the frame, which must be one made on purpose.
    // On the strict page the facades stay: the provider's HTML would run in its sandbox by design, and Chromium
    // reports what the inherited policy blocks there as the page's own violations, which must stay at zero.
    if (page.activate) {
      for (const { element } of mounted) element.shadowRoot!.querySelector<HTMLElement>('[part~="play"]')?.click();
    }
    await imagesSettled(container);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    // The elements' own attributes and the light DOM the test wrote are the page author's input.
    const given = new Set(mounted.flatMap(({ element, given = [] }) => [element, ...given]));
    return [...findUnsafe(container, given), ...page.canary.splice(0).map((call) => `executed: ${call}`), ...page.violations()];
  } finally {
    container.remove();
  }
}

async function fieldsPerVector(): Promise<number> {
  const { fields } = await hostileDocuments('x');
  return TARGETS.reduce((sum, target) => sum + target.fields(fields), 0);
}

/** Feeds the run's vectors on `page`, one test per group of vectors so a failure names its vectors. */
function suite(mode: string, page: () => Page, run: () => Run, groups: number) {
  for (let group = 0; group < groups; group++) {
    it(`${mode}: vector group ${group + 1} of ${groups}: no execution, no unsafe markup`, async function () {
      const { vectors } = run();
      const mine = vectors.filter((_, index) => index % groups === group);
      // A generous bound per vector: the full corpus (XSS_FULL=1) puts 85 vectors in a group.
      this.timeout(60000 + mine.length * 20000);
      const findings: string[] = [];
      for (const vector of mine) {
        for (const finding of await feed(page(), vector)) findings.push(`${vector.id} (${vector.title}): ${finding}`);
      }
      executions[mode] = (executions[mode] ?? 0) + findings.filter((finding) => finding.includes('executed:')).length;
      expect(findings, `seed ${run().seed}`).to.deep.equal([]);
    });
  }
}

const executions: Record<string, number> = {};
const GROUPS = 4;

describe('XSS corpus through every field of every element', function () {
  let run: Run;
  let fields: number;
  before(async () => {
    run = await vectorsOfRun();
    fields = await fieldsPerVector();
  });

  after(() => {
    const modes = Object.keys(executions);
    // The figures of the run, for the issue's note: vectors × fields × CSP modes (this browser).
    console.log(
      `XSS suite: ${run.vectors.length} of ${run.total} vectors (${run.full ? 'full corpus' : `sample, seed ${run.seed}`}) × ` +
        `${fields} fields in ${TARGETS.length} elements × ${modes.length} CSP modes; executions: ${Object.values(executions).reduce((a, b) => a + b, 0)}`,
    );
  });

  describe('a page without CSP', () => {
    const page: Page = { doc: document, canary: installCanary(window), violations: () => [], activate: true };
    suite('no CSP', () => page, () => run, GROUPS);
  });

  describe('the strict-CSP + Trusted Types page', () => {
    let page: Page;
    let frame: HTMLIFrameElement;
    before(async () => {
      const strict = await strictPage();
      frame = strict.frame;
      const violations: string[] = [];
      strict.doc.addEventListener('securitypolicyviolation', (event) => {
        // A blocked inline script or handler is an attempted execution; a Trusted Types report, a string sink.
        if (!/script-src|trusted-types/.test(event.violatedDirective)) return;
        violations.push(`${event.violatedDirective} ${event.blockedURI} in ${event.documentURI} ${event.sample}`);
      });
      page = { doc: strict.doc, canary: installCanary(strict.win), violations: () => violations.splice(0), activate: false };
    });
    after(() => frame.remove());
    suite('strict CSP', () => page, () => run, GROUPS);
  });
});
