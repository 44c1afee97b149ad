import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import { configure } from '../../src/core/config.js';
import { api, part, partText, reach, requestCount, resetCore, resetRequestLog } from '../helpers.js';
import { LOADING, PAGES, WORDPRESS_TITLE, activate, endpointFor, preview } from './support.js';

const FORMATS = ['json', 'xml'] as const;

describe('<oembed-preview> types', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  describe('requests', () => {
    it('asks endpoint?url=…&format=…&maxwidth=…&maxheight=…, and the photo comes sized to fit', async () => {
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview
        url=${PAGES.photo} endpoint=${endpointFor('photo')} maxwidth="800" maxheight="600" loading="eager"
      ></oembed-preview>`);
      await reach(el, 'ready');
      const query = `url=${encodeURIComponent(PAGES.photo)}&format=json&maxwidth=800&maxheight=600`;
      expect(await requestCount(`/api/oembed/photo?${query}`)).to.equal(1);
      const photo = part<HTMLImageElement>(el, 'photo')!;
      expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal(['800', '450']);
    });

    it('fetches a complete request URL given as src', async () => {
      const src = api(`oembed/link?url=${encodeURIComponent(PAGES.link)}`);
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview src=${src} loading="eager"></oembed-preview>`);
      await reach(el, 'ready');
      expect(el.data?.type).to.equal('link');
      expect(await requestCount('/api/oembed/link?')).to.equal(1);
    });

    it('takes the page default from configure({ oembedEndpoint }), and its own endpoint over it', async () => {
      configure({ oembedEndpoint: endpointFor('link') });
      const byDefault = await fixture<OEmbedPreviewElement>(html`<oembed-preview url=${PAGES.link} loading="eager"></oembed-preview>`);
      await reach(byDefault, 'ready');
      expect(byDefault.data?.type).to.equal('link');
      const own = await fixture<OEmbedPreviewElement>(html`<oembed-preview
        url=${PAGES.photo} endpoint=${endpointFor('photo')} loading="eager"
      ></oembed-preview>`);
      await reach(own, 'ready');
      expect(own.data?.type).to.equal('photo');
    });

    it('takes the page default from <meta name="post-embeds:oembed-endpoint">', async () => {
      const meta = Object.assign(document.createElement('meta'), { name: 'post-embeds:oembed-endpoint', content: endpointFor('link') });
      document.head.append(meta);
      try {
        const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview url=${PAGES.link} loading="eager"></oembed-preview>`);
        await reach(el, 'ready');
        expect(el.data?.type).to.equal('link');
      } finally {
        meta.remove();
      }
    });

    it("without an endpoint, finds the provider in the oembed.com list (the transport is the test's, no internet)", async () => {
      const asked: string[] = [];
      configure({
        fetch: async (input) => {
          asked.push(String(input));
          const body = {
            version: '1.0',
            type: 'video',
            title: 'A YouTube video',
            provider_name: 'YouTube',
            provider_url: 'https://www.youtube.com/',
            width: 200,
            height: 113,
            html: '<iframe width="200" height="113" src="https://www.youtube.com/embed/M7lc1UVf-VE?feature=oembed"></iframe>',
          };
          return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
        },
      });
      const page = 'https://www.youtube.com/watch?v=M7lc1UVf-VE';
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview url=${page} loading="eager"></oembed-preview>`);
      await reach(el, 'ready');
      expect(asked).to.have.length(1);
      const request = new URL(asked[0]);
      expect(request.origin + request.pathname).to.equal('https://www.youtube.com/oembed');
      expect(request.searchParams.get('url')).to.equal(page);
      expect(partText(el, 'title')).to.equal('A YouTube video');
    });

    it('without an endpoint and no known provider: a configuration error, and no request', async () => {
      let requests = 0;
      configure({ fetch: async () => (requests++, new Response('{}')) });
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview url="https://unknown.example/page" loading="eager"></oembed-preview>`);
      await reach(el, 'error');
      expect(el.error?.code).to.equal('config');
      expect(requests).to.equal(0);
    });

    it('honours cache_age: a response that may not be cached is asked again, others are not', async () => {
      const asked: string[] = [];
      configure({
        fetch: async (input) => {
          asked.push(String(input));
          const cacheAge = String(input).includes('fresh') ? 0 : 3600;
          return new Response(JSON.stringify({ version: '1.0', type: 'link', title: 'Cached?', cache_age: cacheAge }));
        },
      });
      const render = async (page: string) => {
        const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview url=${page} endpoint="https://oembed.example/" loading="eager"></oembed-preview>`);
        await reach(el, 'ready');
        // `cache_age: 0` expires the entry on the next task.
        await new Promise((resolve) => setTimeout(resolve, 10));
      };
      for (const page of ['https://a.example/fresh', 'https://a.example/fresh', 'https://a.example/kept', 'https://a.example/kept']) {
        await render(page);
      }
      expect(asked.filter((url) => url.includes('fresh'))).to.have.length(2);
      expect(asked.filter((url) => url.includes('kept'))).to.have.length(1);
    });
  });

  for (const format of FORMATS) {
    describe(`each type, ${format.toUpperCase()}`, () => {
      beforeEach(() => resetCore());

      it('photo: an <img part="photo"> with its size and the title as alt text', async () => {
        const el = await preview('photo', { format });
        const photo = part<HTMLImageElement>(el, 'photo')!;
        expect(photo.src).to.equal(api('uploads/2025/03/peat-bog-morning-1600x900.svg'));
        expect([photo.getAttribute('width'), photo.getAttribute('height')]).to.deep.equal(['1600', '900']);
        expect(photo.alt).to.equal('Morning mist over a raised peat bog');
        expect(partText(el, 'author')).to.equal('by \u2068Daniel Okafor\u2069');
        expect(part<HTMLAnchorElement>(el, 'author')!.href).to.equal('https://photos.example/daniel-okafor/');
        expect(partText(el, 'provider')).to.equal('on \u2068Lumen Photos\u2069');
        expect(part(el, 'frame')).to.equal(null);
      });

      it('video: a facade (thumbnail, title, author, provider, play button) and no frame', async () => {
        const el = await preview('video', { format });
        expect(part(el, 'frame')).to.equal(null);
        expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
        expect(part<HTMLImageElement>(el, 'thumbnail')!.src).to.equal(api('uploads/2025/12/open-models-network-480x270.svg'));
        const title = part<HTMLAnchorElement>(el, 'title')!;
        expect(title.textContent).to.equal('Open models in production: a ten-minute explainer');
        expect(title.href).to.equal(PAGES.video);
        expect(partText(el, 'author')).to.contain('Admin');
        expect(partText(el, 'provider')).to.contain('Streamline Video');
        const play = part<HTMLButtonElement>(el, 'play')!;
        expect(play.localName).to.equal('button');
        expect(play.getAttribute('aria-label')).to.equal('Play: Open models in production: a ten-minute explainer');
      });

      it('rich: a facade with a "Load embed" button, then the sandboxed frame', async () => {
        const el = await preview('rich', { format });
        const play = part<HTMLButtonElement>(el, 'play')!;
        expect(play.textContent!.trim()).to.equal('Load embed');
        const frame = await activate(el);
        expect(frame.getAttribute('sandbox')).to.be.a('string').and.not.contain('allow-same-origin');
        expect(frame.srcdoc).to.contain('Reader poll');
      });

      it('link: a card linking to the page', async () => {
        const el = await preview('link', { format });
        expect(part(el, 'card')!.classList.contains('link')).to.equal(true);
        expect(part<HTMLAnchorElement>(el, 'title')!.href).to.equal(PAGES.link);
        expect(partText(el, 'title')).to.equal('Technology – Florin.blog');
        expect(part(el, 'play')).to.equal(null);
        expect(part(el, 'thumbnail')).to.equal(null);
      });

      it("WordPress's post embed: the title's character references decoded, the post framed and sized", async () => {
        const el = await preview('wordpress', { format });
        expect(partText(el, 'title')).to.equal(WORDPRESS_TITLE);
        const frame = await activate(el);
        // The embed page itself, sandboxed, with our secret instead of the response's.
        const src = new URL(frame.src);
        expect(src.pathname).to.match(/\/oembed\/wp-embed\/42$/);
        expect(src.hash).to.match(/^#\?secret=[0-9a-f]{32}$/);
        expect(frame.getAttribute('sandbox')).to.be.a('string').and.not.contain('allow-same-origin');
        // The embed page reports its height; the frame follows it (it starts at the declared 338).
        await waitUntil(() => frame.height !== '338', 'the embed page reports its height', LOADING);
        expect(Number(frame.height)).to.be.within(200, 1000);
        expect(frame.getBoundingClientRect().height).to.equal(Number(frame.height));
      });
    });
  }

  describe('responses that are not usable as their type', () => {
    it('become a link card to the requested page', async () => {
      const page = 'https://video.example/watch/broken';
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview
        url=${page} endpoint=${api('oembed/variant/video-without-html')} loading="eager"
      ></oembed-preview>`);
      await reach(el, 'ready');
      expect(el.data?.type).to.equal('link');
      expect(part<HTMLAnchorElement>(el, 'title')!.href).to.equal(page);
      expect(partText(el, 'title')).to.equal('A player with no markup');
    });

    it('are an error when no page URL is known', async () => {
      const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview src=${api('oembed/variant/unknown-type')} loading="eager"></oembed-preview>`);
      await reach(el, 'error');
      expect(el.error?.code).to.equal('unsupported');
    });
  });
});

