/**
 * Visual baselines: what a person sees of each element × layout, left to right (an English page, English
 * posts) and right to left (an Arabic page, Arabic posts), on a light and a dark page, ready, loading
 * (the skeleton, motion reduced) and in error. Then the mixed cases, ready: an English post on an Arabic page
 * and an Arabic post on an English page, each element, in a 390 px and a 1280 px viewport (a phone's full width,
 * a desktop's 760 px content column), light and dark. Fonts are named explicitly (DejaVu Sans, Noto Sans Arabic:
 * Debian's fonts-dejavu-core and fonts-noto-core, installed by .ci/run) so a fresh machine renders alike.
 * Images are transparent (their boxes stay, on the media box's own colour): their pixels are the data's, and
 * would make the baselines ten times larger.
 */
import { fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import { setLocale } from '../../src/core/localization.js';
import type { LoadState, PostEmbedsElement } from '../../src/core/post-embeds-element.js';
import { api, reach, resetCore, wpRoot } from '../helpers.js';
import { resetPage, setPageScheme, type Scheme } from '../page/support.js';

type Dir = 'ltr' | 'rtl';

const HANG = api('faults/hang');
const MISSING = api('faults/status/404');
const BBC = 'https://www.bbc.com/news/articles/c86v52gv726o';
const FLORIN_AR = 'https://florin.blog/ar/chinese-open-source-ai-models-ar/';
const FALLBACK = html`<a href="https://florin.blog/">Florin.blog</a>`;

/** The post each direction shows: an English one, an Arabic one. */
const POST: Record<Dir, string> = { ltr: '42', rtl: '52' };

interface Case {
  name: string;
  /** The element in a state; `undefined` where the state looks like another case's (one error per element). */
  render: (state: LoadState, dir: Dir) => TemplateResult | undefined;
  width?: number;
}

const source = (state: LoadState, ready: string) => (state === 'loading' ? HANG : state === 'error' ? MISSING : ready);

const CASES: Case[] = [
  ...(['vertical', 'horizontal', 'compact'] as const).map((layout) => ({
    name: `post-card-${layout}`,
    width: layout === 'vertical' ? 360 : 560,
    render: (state: LoadState, dir: Dir) =>
      state === 'error' && layout !== 'vertical'
        ? undefined
        : html`<post-card src=${source(state, `${wpRoot}/wp/v2/posts/${POST[dir]}?_embed`)} layout=${layout} loading="eager"
            >${FALLBACK}</post-card
          >`,
  })),
  ...(['list', 'grid', 'adjacent'] as const).map((layout) => ({
    name: `related-posts-${layout}`,
    width: layout === 'list' ? 400 : 640,
    render: (state: LoadState, dir: Dir) =>
      state === 'ready'
        ? html`<related-posts endpoint=${wpRoot} post-id=${POST[dir]} layout=${layout} loading="eager"></related-posts>`
        : state === 'error' && layout !== 'list'
          ? undefined
          : html`<related-posts src=${source(state, '')} layout=${layout} loading="eager">${FALLBACK}</related-posts>`,
  })),
  {
    name: 'source-citation',
    width: 560,
    render: (state: LoadState, dir: Dir) =>
      state === 'ready'
        ? html`<source-citation loading="eager" citation-style="apa">
            <a href=${BBC} data-publisher="BBC News" data-headline="US companies turn to Chinese open-source AI to cut costs"
              data-published="2025-12-01">BBC News</a>
            <a href=${FLORIN_AR} data-publisher="Florin.blog" data-author="Admin" data-published="2025-12-04"
              data-headline=${dir === 'rtl' ? 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر تفوز؟' : 'Are open models winning?'}
              >Florin.blog</a
            >
          </source-citation>`
        : html`<source-citation loading="eager" src=${source(state, '')}><a href=${BBC}>BBC News</a></source-citation>`,
  },
  ...(['video', 'link', 'photo'] as const).map((type) => ({
    name: `oembed-preview-${type}`,
    width: 480,
    render: (state: LoadState) =>
      state === 'error' && type !== 'video'
        ? undefined
        : html`<oembed-preview
            src=${source(state, `${api(`oembed/${type}`)}?url=${encodeURIComponent(`https://${type}.example/x`)}`)}
            loading="eager"
            >${FALLBACK}</oembed-preview
          >`,
  })),
];

/** A page in one language showing data in the other. */
interface Mix {
  /** The page's language and direction. */
  page: 'en' | 'ar';
  dir: Dir;
  /** A post in the other language. */
  post: string;
  /** A link card's page in the other language (through the fixture's stand-in for the proxy). */
  link: string;
  headline: string;
}

const MIXES: Mix[] = [
  {
    page: 'ar',
    dir: 'rtl',
    post: '42',
    link: 'https://florin.blog/category/technology/',
    headline: 'Are open models winning?',
  },
  {
    page: 'en',
    dir: 'ltr',
    post: '52',
    link: 'https://florin.blog/ar/category/technology-ar/',
    headline: 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر تفوز؟',
  },
];

const MIXED_CASES: Array<{ name: string; render: (mix: Mix) => TemplateResult }> = [
  ...(['vertical', 'horizontal', 'compact'] as const).map((layout) => ({
    name: `post-card-${layout}`,
    render: (mix: Mix) => html`<post-card endpoint=${wpRoot} post-id=${mix.post} layout=${layout} loading="eager"></post-card>`,
  })),
  ...(['list', 'grid', 'adjacent'] as const).map((layout) => ({
    name: `related-posts-${layout}`,
    render: (mix: Mix) => html`<related-posts endpoint=${wpRoot} post-id=${mix.post} layout=${layout} loading="eager"></related-posts>`,
  })),
  {
    name: 'source-citation',
    render: (mix: Mix) => html`<source-citation loading="eager" citation-style="apa">
      <a href=${BBC} data-publisher="BBC News" data-headline="US companies turn to Chinese open-source AI to cut costs" data-published="2025-12-01"
        >BBC News</a
      >
      <a href=${FLORIN_AR} data-publisher="Florin.blog" data-author="Daniel Okafor" data-published="2025-12-04" data-headline=${mix.headline}
        >Florin.blog</a
      >
    </source-citation>`,
  },
  {
    name: 'oembed-preview-link',
    render: (mix: Mix) => html`<oembed-preview url=${mix.link} endpoint=${api('proxy/oembed')} loading="eager"></oembed-preview>`,
  },
];

/** Waits until every image in the element's shadow tree has loaded (or failed). */
async function imagesLoaded(el: Element): Promise<void> {
  const images = [...el.shadowRoot!.querySelectorAll('img')];
  await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
}

describe('visual baselines', () => {
  const hideImages = document.createElement('style');
  hideImages.textContent = '::part(image), ::part(avatar), ::part(thumbnail), ::part(photo) { opacity: 0 }';

  before(async () => {
    document.head.append(hideImages);
    await setViewport({ width: 800, height: 900 });
    // The skeleton's pulse is still under reduced motion: the screenshot does not depend on timing.
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  after(async () => {
    hideImages.remove();
    resetPage();
    await setLocale('en');
  });

  for (const mix of MIXES) {
    describe(`mixed: ${mix.page} page`, () => {
      before(async () => {
        document.documentElement.lang = mix.page;
        await setLocale(mix.page);
      });

      after(() => setViewport({ width: 800, height: 900 }));

      for (const width of [390, 1280]) {
        for (const scheme of ['light', 'dark'] as Scheme[]) {
          for (const item of MIXED_CASES) {
            const name = `mixed-${item.name}-${mix.page}-page-${width}-${scheme}`;
            it(name, async () => {
              resetCore();
              setPageScheme(scheme);
              await setViewport({ width, height: 900 });
              const host = await fixture<HTMLElement>(html`<div
                dir=${mix.dir}
                style="box-sizing: border-box; inline-size: min(100%, 760px); padding: 16px; font: 16px/1.5 'DejaVu Sans', 'Noto Sans Arabic', sans-serif;
                  --pe-font-family: 'DejaVu Sans', 'Noto Sans Arabic', sans-serif"
              >
                ${item.render(mix)}
              </div>`);
              const el = host.firstElementChild as PostEmbedsElement<unknown>;
              await reach(el, 'ready', 10000);
              await imagesLoaded(el);
              await visualDiff(host, name);
            });
          }
        }
      }
    });
  }

  for (const dir of ['ltr', 'rtl'] as const) {
    describe(dir, () => {
      before(async () => {
        document.documentElement.lang = dir === 'rtl' ? 'ar' : 'en';
        await setLocale(dir === 'rtl' ? 'ar' : 'en');
      });

      for (const scheme of ['light', 'dark'] as Scheme[]) {
        for (const item of CASES) {
          for (const state of ['ready', 'loading', 'error'] as LoadState[]) {
            const template = item.render(state, dir);
            if (!template) continue;
            const name = `${item.name}-${state}-${dir}-${scheme}`;
            it(name, async () => {
              resetCore();
              setPageScheme(scheme);
              const host = await fixture<HTMLElement>(html`<div
                dir=${dir}
                style="inline-size: ${item.width ?? 480}px; padding: 16px; font: 16px/1.5 'DejaVu Sans', 'Noto Sans Arabic', sans-serif;
                  --pe-font-family: 'DejaVu Sans', 'Noto Sans Arabic', sans-serif"
              >
                ${template}
              </div>`);
              const el = host.firstElementChild as PostEmbedsElement<unknown>;
              await reach(el, state, 10000);
              await imagesLoaded(el);
              await visualDiff(host, name);
            });
          }
        }
      }
    });
  }
});
