/**
 * Responses without usable sizes, as X, SoundCloud, Reddit, TikTok and Tumblr send them (issue 10, classes
 * 1–2): the player is kept, the facade and frame take the container's width, and the height comes from a
 * numeric height, else the poster's shape, else the facade's, until the frame's content reports its own.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import { api, part, partText, reach, resetCore } from '../helpers.js';
import { LOADING, activate } from './support.js';

const rect = (element: Element) => element.getBoundingClientRect();
const PAGE = 'https://provider.example/a-page';

/** A ready element, 600 px wide, for a fixture variant. */
async function variant(name: string): Promise<OEmbedPreviewElement> {
  const host = await fixture<HTMLElement>(html`<div style="inline-size: 600px">
    <oembed-preview url=${PAGE} endpoint=${api(`oembed/variant/${name}`)} loading="eager"></oembed-preview>
  </div>`);
  const el = host.querySelector('oembed-preview')!;
  await reach(el, 'ready');
  return el;
}

/** The `height` the frame has when it enters the shadow tree (a mutation observer runs before any message). */
function firstFrameHeight(el: OEmbedPreviewElement): Promise<number> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const frame = part<HTMLIFrameElement>(el, 'frame');
      if (!frame) return;
      observer.disconnect();
      resolve(Number(frame.height));
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

describe('<oembed-preview> without sizes', () => {
  afterEach(resetCore);

  it('rich without sizes: a facade across the container, then a frame that starts at its height and follows its content', async () => {
    const el = await variant('rich-without-size');
    expect(el.data?.type).to.equal('rich');
    const media = part(el, 'play')!.parentElement!;
    expect(rect(media).width).to.be.closeTo(598, 2);
    const facadeHeight = rect(media).height;
    expect(facadeHeight).to.be.greaterThan(100);
    // Read as the frame is inserted: its content's height message may arrive before `activate()` sees the frame.
    const startHeight = firstFrameHeight(el);
    const frame = await activate(el);
    expect(rect(frame).width).to.be.closeTo(598, 2);
    expect(await startHeight).to.be.closeTo(facadeHeight, 1);
    // `<p>Hello</p>` is one line: its height message shrinks the frame to it.
    await waitUntil(() => Number(frame.height) < facadeHeight - 50, 'the frame takes its content height', LOADING);
    expect(rect(frame).height).to.equal(Number(frame.height));
  });

  it('a height without a width (SoundCloud): a box of that height across the container', async () => {
    const el = await variant('rich-height-only');
    const media = part(el, 'play')!.parentElement!;
    expect(rect(media).height).to.be.closeTo(400, 1);
    expect(rect(media).width).to.be.closeTo(598, 2);
  });

  it('a video without sizes (TikTok): its poster gives the shape', async () => {
    const el = await variant('video-without-size');
    expect(el.data?.type).to.equal('video');
    const media = part(el, 'play')!.parentElement!;
    expect(rect(media).height / rect(media).width).to.be.closeTo(1024 / 576, 0.02);
  });

  it('an untitled post (X) is named after its author, and its provider named once', async () => {
    const el = await variant('post-without-title');
    expect(partText(el, 'title')).to.equal('Post by \u2068Pepephone\u2069');
    expect(part(el, 'author')).to.equal(null);
    // Once in the caption (the facade's "Always load from Twitter" names it as a choice, apart).
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent!.match(/Twitter/g)).to.have.length(1);
  });

  it('a photo without sizes shows at its natural size', async () => {
    const el = await variant('photo-without-size');
    const photo = part<HTMLImageElement>(el, 'photo')!;
    expect(photo.hasAttribute('width') || photo.hasAttribute('height')).to.equal(false);
    await waitUntil(() => photo.complete && photo.naturalWidth > 0, 'the photo loads', LOADING);
    expect(rect(photo).width).to.be.closeTo(320, 1);
    expect(rect(photo).height).to.be.closeTo(180, 1);
  });
});
