/**
 * Shared by the `<oembed-preview>` tests: fixture oEmbed endpoints (test/fixture-api/routes/oembed.mjs) and a
 * helper that renders an element and waits until it settles.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/oembed-preview.js';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import { api, part, reach } from '../helpers.js';

/**
 * For waits on frames and players: they load documents, which takes longer than `waitUntil`'s default second
 * when both browsers run every test file at once.
 */
export const LOADING = { timeout: 5000 };

/** Pages the fixture providers embed (any URL works; the providers only require one). */
export const PAGES = {
  photo: 'https://photos.example/peat-bog',
  video: 'https://video.example/watch/open-models-explainer',
  rich: 'https://polls.example/open-models',
  hostile: 'https://hostile.example/embed',
  link: 'https://florin.blog/category/technology/',
  wordpress: 'https://florin.blog/chinese-open-source-ai-models-cheap-deployable/',
} as const;

export type FixtureType = keyof typeof PAGES;

/** The fixture endpoint of a type (WordPress's own endpoint for `wordpress`). */
export const endpointFor = (type: FixtureType) => api(type === 'wordpress' ? 'wp-json/oembed/1.0/embed' : `oembed/${type}`);

/** The fixture video's player page: it must not load before the facade is activated. */
export const PLAYER_PATH = '/api/oembed/player/';

export const WORDPRESS_TITLE = 'Are Chinese open-source AI models ‘winning’ by being cheap and deployable?';

/** An eager `<oembed-preview>` for a fixture type, ready. */
export async function preview(type: FixtureType, { format = 'json', dir = 'ltr' } = {}): Promise<OEmbedPreviewElement> {
  const host = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 640px">
    <oembed-preview url=${PAGES[type]} endpoint=${endpointFor(type)} format=${format} loading="eager"></oembed-preview>
  </div>`);
  const el = host.querySelector('oembed-preview')!;
  await reach(el, 'ready');
  return el;
}

/** Presses the facade's play button and waits for the frame. */
export async function activate(el: OEmbedPreviewElement): Promise<HTMLIFrameElement> {
  part<HTMLButtonElement>(el, 'play')!.click();
  await waitUntil(() => part(el, 'frame'), 'the frame replaces the facade', LOADING);
  return part<HTMLIFrameElement>(el, 'frame')!;
}

/** The first message a frame (or a frame inside it) posts with `data.type === type`. */
export function messageOfType<T>(type: string): Promise<T> {
  return new Promise((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.data?.type !== type) return;
      window.removeEventListener('message', onMessage);
      resolve(event.data as T);
    });
  });
}
