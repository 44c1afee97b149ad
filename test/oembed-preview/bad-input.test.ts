import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import type { OEmbed } from '../../src/shared/oembed-model.js';
import { MAX_FRAME_HEIGHT } from '../../src/oembed-preview/frame/resize.js';
import { api, expectErrorState, fresh, part, partText, reach, recordEvents, resetCore, resetRequestLog } from '../helpers.js';
import { LOADING, PAGES, activate, messageOfType, preview } from './support.js';

interface HostileResults {
  parentWrite: string;
  topDocument: string;
  cookie: string;
  localStorage: string;
  secretInDom: string;
  topNavigation: string;
}

describe('<oembed-preview> bad input', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  describe('a hostile rich embed', () => {
    it('shows its fields as text and drops its script, data: and javascript: URLs', async () => {
      const el = await preview('hostile');
      const root = el.shadowRoot!;
      expect(partText(el, 'title')).to.equal('<img src=x onerror="parent.x=1">A perfectly normal embed');
      expect(partText(el, 'provider')).to.contain('Hostile <b>Embeds</b>');
      expect(root.querySelector('script, [onerror], b')).to.equal(null);
      // The author and provider URLs and the thumbnail were javascript:/data: URLs: no link, no image.
      expect(part(el, 'author')!.localName).to.equal('span');
      expect(part(el, 'provider')!.localName).to.equal('span');
      expect(part(el, 'thumbnail')).to.equal(null);
      for (const node of root.querySelectorAll('[href], [src]')) {
        expect(node.getAttribute('href') ?? node.getAttribute('src')).to.match(/^https?:/);
      }
    });

    it('cannot touch the page: parent, top.document, cookies, storage, navigation, height', async () => {
      const page = window as unknown as { x: number };
      page.x = 0;
      document.cookie = 'oembed-preview-test=page-only; path=/';
      const href = location.href;
      const el = await preview('hostile');
      const report = messageOfType<{ results: HostileResults }>('post-embeds-fixture:hostile');
      const frame = await activate(el);
      const { results } = await report;
      expect(page.x, 'parent.x = 1 did not reach the page').to.equal(0);
      expect(results.parentWrite).to.match(/^blocked/);
      expect(results.topDocument).to.match(/^blocked/);
      expect(results.cookie).to.match(/^blocked/);
      expect(results.localStorage).to.match(/^blocked/);
      expect(results.secretInDom).to.equal('false');
      expect(results.topNavigation).to.match(/^blocked/);
      expect(location.href).to.equal(href);
      // The forged heights (wrong secret, none, 1e9) came first; the real reporter's follows the content.
      await waitUntil(() => frame.height !== '150', 'the real height arrives', LOADING);
      await nextFrame();
      expect(Number(frame.height)).to.be.below(MAX_FRAME_HEIGHT).and.below(300);
    });

    it('ignores height messages that do not come from the frame with its secret', async () => {
      const el = await preview('rich');
      const frame = await activate(el);
      await waitUntil(() => Number(frame.height) > 200, 'the poll reports its height', LOADING);
      await aTimeout(100);
      const height = frame.height;
      for (const message of [
        { type: 'post-embeds:height', height: 3000 },
        { type: 'post-embeds:height', secret: '0123456789abcdef0123456789abcdef', height: 3000 },
        { message: 'height', value: 3000, secret: 'abc' },
      ]) {
        window.postMessage(message, '*');
      }
      await aTimeout(100);
      await nextFrame();
      expect(frame.height).to.equal(height);
    });
  });

  describe('failures', () => {
    async function failing(src: string, format = 'json') {
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview src=${src} format=${format} loading="eager"
        ><a href=${PAGES.video}>Watch the video</a></oembed-preview
      >`);
      return expectErrorState(el, 'Watch the video');
    }

    for (const status of [404, 401, 501]) {
      it(`an HTTP ${status} from the provider`, async () => {
        const error = await failing(api(`oembed/status/${status}`));
        expect([error.code, error.status]).to.deep.equal(['http', status]);
      });
    }

    it('malformed JSON', async () => {
      expect((await failing(fresh(api('oembed/malformed')))).code).to.equal('malformed');
    });

    it('malformed XML', async () => {
      expect((await failing(fresh(api('oembed/malformed?format=xml')), 'xml')).code).to.equal('malformed');
    });

    it('XML with entity declarations (billion laughs), refused unparsed', async () => {
      expect((await failing(api('oembed/entity-bomb'), 'xml')).code).to.equal('unsupported');
    });

    it('a response missing its required fields, with no page to link to', async () => {
      expect((await failing(api('oembed/variant/video-without-html'))).code).to.equal('unsupported');
    });

    it('retry loads again', async () => {
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview src=${api('oembed/status/503')} loading="eager"></oembed-preview>`);
      await reach(el, 'error');
      const again = oneEvent(el, 'loadstart');
      part<HTMLButtonElement>(el, 'retry')!.click();
      await again;
      await reach(el, 'error');
    });

    it('an element without url or src stays idle, showing its fallback', async () => {
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview loading="eager"><a href=${PAGES.link}>A link</a></oembed-preview>`);
      await aTimeout(50);
      expect(el.state).to.equal('idle');
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
    });

    it('a javascript: url is not requested', async () => {
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview url="javascript:alert(1)" endpoint=${api('oembed/link')} loading="eager"></oembed-preview>`);
      await aTimeout(50);
      expect(el.state).to.equal('idle');
    });
  });

  describe('events and states', () => {
    it('fires loadstart, load, loadend in order without bubbling, with the model, and sets :state(ready)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const bubbled: string[] = [];
      wrapper.addEventListener('load', () => bubbled.push('load'));
      const el = document.createElement('oembed-preview');
      const seen = recordEvents(el);
      el.loading = 'eager';
      el.url = PAGES.link;
      el.endpoint = api('oembed/link');
      const loaded = oneEvent(el, 'load');
      wrapper.append(el);
      const event = (await loaded) as CustomEvent<{ data: OEmbed }>;
      await waitUntil(() => seen.length === 3);
      expect(seen).to.deep.equal(['loadstart', 'load', 'loadend']);
      expect(event.bubbles).to.equal(false);
      expect(bubbled).to.deep.equal([]);
      expect(event.detail.data).to.include({ type: 'link', title: 'Technology – Florin.blog' });
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(el.matches(':state(loading)')).to.equal(false);
    });

    it('renders .data without any request', async () => {
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview></oembed-preview>`);
      el.data = { type: 'link', title: 'Set by a framework', pageUrl: 'https://example.com/' };
      await el.updateComplete;
      expect(partText(el, 'title')).to.equal('Set by a framework');
      expect(el.state).to.equal('ready');
    });
  });
});
