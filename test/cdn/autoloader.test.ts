import { expect, waitUntil } from '@open-wc/testing';
import { api } from '../helpers.js';
import { cdnPage } from './cdn-page.js';

const TAGS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];
const WAIT = { timeout: 8000 };
const POST = `<post-card loading="eager" src="${api('wp-json/wp/v2/posts/42?_embed')}"><a href="/hello">Hello</a></post-card>`;

/** The tags the page has registered. */
const defined = (win: Window) => TAGS.filter((tag) => win.customElements.get(tag));

describe('dist/autoloader.min.js', () => {
  it('on a page with only <post-card>, loads and registers only post-card and the shared chunk', async () => {
    const page = await cdnPage({ scripts: ['autoloader.min.js'], body: POST });
    const card = page.doc.querySelector('post-card') as HTMLElement & { state: string };
    await waitUntil(() => card.state === 'ready', 'the card renders', WAIT);
    expect(defined(page.win)).to.deep.equal(['post-card']);
    expect(page.chunks().sort()).to.deep.equal(['post-card', 'shared']);
    expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
    page.frame.remove();
  });

  it('loads an element whose tag is added later, then only its own chunk', async () => {
    const page = await cdnPage({ scripts: ['autoloader.min.js'], body: POST });
    await waitUntil(() => page.win.customElements.get('post-card'), 'post-card registered', WAIT);
    expect(page.win.customElements.get('oembed-preview')).to.equal(undefined);
    page.doc.body.append(page.doc.createElement('oembed-preview'));
    await waitUntil(() => page.win.customElements.get('oembed-preview'), 'oembed-preview registered', WAIT);
    expect(page.chunks().sort()).to.deep.equal(['oembed-preview', 'post-card', 'shared']);
    page.frame.remove();
  });

  it('finds tags in a shadow root the page attaches later, and in the shadow roots of elements defined later', async () => {
    const page = await cdnPage({ scripts: ['autoloader.min.js'] });
    const host = page.doc.createElement('div');
    page.doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    // Added to a shadow root the observer has not seen yet: the host itself is found through the document.
    await new Promise((resolve) => setTimeout(resolve, 50));
    shadow.append(page.doc.createElement('related-posts'));
    await waitUntil(() => page.win.customElements.get('related-posts'), 'related-posts registered', WAIT);

    // An app's own element, upgraded after it is in the page, that renders a <source-citation> in its shadow root.
    page.doc.body.append(page.doc.createElement('app-article'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const win = page.win;
    win.customElements.define(
      'app-article',
      class extends win.HTMLElement {
        connectedCallback() {
          const root = this.attachShadow({ mode: 'open' });
          setTimeout(() => root.append(win.document.createElement('source-citation')));
        }
      },
    );
    await waitUntil(() => page.win.customElements.get('source-citation'), 'source-citation registered', WAIT);
    expect(page.win.customElements.get('post-card')).to.equal(undefined);
    page.frame.remove();
  });

  it('with post-embeds.min.js on the same page, loads every file once and registers each element once', async () => {
    const body = `${POST}<source-citation href="https://example.com/a" publisher="Example"></source-citation>`;
    const page = await cdnPage({ scripts: ['autoloader.min.js', 'post-embeds.min.js'], body });
    await waitUntil(() => defined(page.win).length === 4, 'all four registered', WAIT);
    const card = page.doc.querySelector('post-card') as HTMLElement & { state: string };
    await waitUntil(() => card.state === 'ready', 'the card renders', WAIT);
    const files = page.win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js'));
    expect(files.length).to.be.greaterThan(2);
    expect(new Set(files).size, files.join('\n')).to.equal(files.length);
    // A second registration under the same tag by another class would warn.
    expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
    page.frame.remove();
  });

  it('ignores other elements, even one named like an object property (<constructor>)', async () => {
    const page = await cdnPage({ scripts: ['autoloader.min.js'], body: `<constructor></constructor>${POST}` });
    await waitUntil(() => page.win.customElements.get('post-card'), 'post-card registered', WAIT);
    page.doc.body.append(page.doc.createElement('constructor'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
    page.frame.remove();
  });

  it('leaves an element whose chunk is missing undefined, showing its fallback, with one warning and nothing uncaught', async () => {
    const page = await cdnPage({ scripts: ['autoloader.min.js'], without: ['post-card'], body: POST });
    await waitUntil(() => page.win.recorded.warnings.length > 0, 'a warning', WAIT);
    expect(page.win.customElements.get('post-card')).to.equal(undefined);
    expect(page.doc.querySelector('post-card a')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(page.win.recorded.warnings).to.have.length(1);
    expect(page.win.recorded.warnings[0]).to.contain('<post-card>').and.match(/chunks\/post-card-[\w-]{8}\.min\.js/);
    expect(page.win.recorded.uncaught).to.deep.equal([]);
    page.frame.remove();
  });
});
