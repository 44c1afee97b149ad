import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import type { OEmbed } from '../../src/shared/oembed-model.js';
import { part, reach, requestCount, resetCore, resetRequestLog } from '../helpers.js';
import { LOADING, PAGES, PLAYER_PATH, activate, endpointFor, preview } from './support.js';

describe('<oembed-preview> facade', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  it('loads nothing of the player before the click, then the player once, in the frame', async () => {
    const el = await preview('video');
    await aTimeout(200);
    expect(await requestCount(PLAYER_PATH)).to.equal(0);
    const frame = await activate(el);
    await waitUntil(async () => (await requestCount(PLAYER_PATH)) === 1, 'the player loads inside the frame', LOADING);
    expect(frame.getAttribute('sandbox')).to.be.a('string').and.not.contain('allow-same-origin');
    expect(part(el, 'play')).to.equal(null);
    expect(part(el, 'thumbnail')).to.equal(null);
  });

  it('asks the frame only for features this browser knows (Chromium warns "Unrecognized feature" for others)', async () => {
    const el = await preview('video');
    const frame = await activate(el);
    const asked = frame.allow.split(';').map((feature) => feature.trim()).filter(Boolean);
    expect(asked).to.include('fullscreen');
    // Permissions Policy's feature list (Chromium: document.featurePolicy; Firefox has none to ask).
    const known = (document as Document & { featurePolicy?: { features(): string[] } }).featurePolicy?.features();
    if (known) expect(asked.filter((feature) => !known.includes(feature))).to.deep.equal([]);
  });

  it('moves focus into the frame after a click', async () => {
    const el = await preview('video');
    const frame = await activate(el);
    await waitUntil(() => el.shadowRoot!.activeElement === frame, 'focus moves into the frame', LOADING);
  });

  for (const key of ['Enter', 'Space']) {
    it(`activates from the keyboard (${key}) and moves focus into the frame`, async () => {
      const el = await preview('video');
      part<HTMLButtonElement>(el, 'play')!.focus();
      await sendKeys({ press: key === 'Space' ? ' ' : key });
      await waitUntil(() => part(el, 'frame'), 'the frame replaces the facade', LOADING);
      const frame = part<HTMLIFrameElement>(el, 'frame')!;
      await waitUntil(() => el.shadowRoot!.activeElement === frame, 'focus moves into the frame', LOADING);
      await waitUntil(async () => (await requestCount(PLAYER_PATH)) === 1, 'the player loads', LOADING);
    });
  }

  it('keeps the provider’s aspect ratio for a video, before and after activation', async () => {
    const el = await preview('video');
    const ratio = (element: Element) => element.getBoundingClientRect().width / element.getBoundingClientRect().height;
    const media = part(el, 'play')!.parentElement!;
    expect(ratio(media)).to.be.closeTo(480 / 270, 0.02);
    const frame = await activate(el);
    expect(frame.getBoundingClientRect().width).to.be.closeTo(media.getBoundingClientRect().width, 1);
    expect(ratio(frame)).to.be.closeTo(480 / 270, 0.02);
  });

  it('sizes a rich frame to its content as it grows', async () => {
    const el = await preview('rich');
    const frame = await activate(el);
    // Declared 120 px high; the poll's script adds five options after load.
    await waitUntil(() => Number(frame.height) > 200, `frame height still ${frame.height}`, LOADING);
    expect(frame.getBoundingClientRect().height).to.equal(Number(frame.height));
  });

  it('activation="visible": loads the frame once scrolled into view, without a click', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div style="block-size: 3000px"></div>
      <oembed-preview url=${PAGES.video} endpoint=${endpointFor('video')} activation="visible" loading="eager"></oembed-preview>
    </div>`);
    const el = wrapper.querySelector('oembed-preview')!;
    await reach(el, 'ready');
    await aTimeout(200);
    expect(part(el, 'frame')).to.equal(null);
    expect(await requestCount(PLAYER_PATH)).to.equal(0);
    el.scrollIntoView();
    await waitUntil(() => part(el, 'frame'), 'the frame loads when visible', LOADING);
    await waitUntil(async () => (await requestCount(PLAYER_PATH)) === 1, 'the player loads', LOADING);
    // Not focused: the visitor did not ask for it.
    expect(el.shadowRoot!.activeElement).to.equal(null);
    window.scrollTo(0, 0);
  });

  it('asks nothing of the provider on hover or focus: no preconnect (it would give the provider the reader’s address)', async () => {
    const origin = 'http://127.0.0.1:9';
    const data: OEmbed = {
      type: 'video',
      title: 'Do not preconnect',
      width: 480,
      height: 270,
      untrustedHtml: `<iframe src="${origin}/player/1" width="480" height="270"></iframe>`,
    };
    const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview .data=${data}></oembed-preview>`);
    part<HTMLButtonElement>(el, 'play')!.focus();
    part(el, 'play')!.parentElement!.dispatchEvent(new PointerEvent('pointerenter'));
    await aTimeout(200);
    expect(document.head.querySelectorAll(`link[rel="preconnect"], link[rel="dns-prefetch"]`)).to.have.length(0);
    expect(part(el, 'frame'), 'hover and focus only warm up').to.equal(null);
  });

  it('goes back to the facade when removed, and a new response replaces the frame', async () => {
    const el = await preview('video');
    await activate(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(part(el, 'frame')).to.equal(null);
    expect(part(el, 'play')).to.not.equal(null);

    await activate(el);
    el.url = PAGES.rich;
    el.endpoint = endpointFor('rich');
    await reach(el, 'ready');
    await waitUntil(() => el.data?.type === 'rich' && part(el, 'play'), 'the new facade', LOADING);
    expect(part(el, 'frame')).to.equal(null);
  });
});
