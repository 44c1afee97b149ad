import { expect, waitUntil } from '@open-wc/testing';
import { api } from '../helpers.js';
import { cdnPage } from './cdn-page.js';

const TAGS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];
const WAIT = { timeout: 8000 };
const BODY = `<post-card loading="eager" src="${api('wp-json/wp/v2/posts/42?_embed')}"><a href="/hello">Hello</a></post-card>
  <source-citation loading="eager" href="https://example.com/a" publisher="Example"></source-citation>
  <oembed-preview loading="eager" url="https://video.example/watch/open-models-explainer" endpoint="${api('oembed/video')}"></oembed-preview>
  <related-posts loading="eager" src="${api('wp-json/wp/v2/posts?per_page=3&_embed')}"></related-posts>`;

type Shown = HTMLElement & { state: string };

/** Every element shows its content. */
const allShown = (doc: Document) =>
  TAGS.every((tag) => {
    const element = doc.querySelector(tag) as Shown;
    return element.state === 'ready';
  });

describe('dist/post-embeds.min.js', () => {
  it('is one file: all four elements render in English without any other script', async () => {
    const page = await cdnPage({ body: BODY });
    await waitUntil(() => TAGS.every((tag) => page.win.customElements.get(tag)), 'all four registered', WAIT);
    await waitUntil(() => allShown(page.doc), 'all four shown', WAIT);
    const scripts = page.win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((name) => name.endsWith('.js') && !name.endsWith('/record.js'))
      // <oembed-preview> asks for the reader's consent chunk once a player's answer has arrived (after its first
      // render), while the others may still be loading: on demand, not part of the page's first load.
      .filter((name) => !/\/chunks\/consent-watch-[\w-]{8}\.min\.js$/.test(name));
    expect(scripts).to.deep.equal(['/cdn/post-embeds.min.js']);
    expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
    page.frame.remove();
  });

  it('after the autoloader has registered some tags, defines the others, each once, silently', async () => {
    const page = await cdnPage({ scripts: ['autoloader.min.js'], body: BODY });
    await waitUntil(() => page.win.customElements.get('post-card'), 'the autoloader registered <post-card>', WAIT);
    const first = page.win.customElements.get('post-card');
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = '/cdn/post-embeds.min.js';
    page.doc.head.append(script);
    await waitUntil(() => TAGS.every((tag) => page.win.customElements.get(tag)), 'all four registered', WAIT);
    expect(page.win.customElements.get('post-card')).to.equal(first);
    await waitUntil(() => allShown(page.doc), 'all four shown', WAIT);
    expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
    page.frame.remove();
  });
});
