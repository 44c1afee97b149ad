import { expect, fixture, html } from '@open-wc/testing';
import '../../src/oembed-preview.js';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import { api, fresh, part, reach, resetCore } from '../helpers.js';
import { PAGES, endpointFor } from './support.js';

const height = (element: Element) => element.getBoundingClientRect().height;
const YOUTUBE = 'https://www.youtube.com/watch?v=reserved-box';

/** A preview whose answer never comes (`waiting`) beside one of the fixture's answers (`ready`), as wide. */
async function pair(url: string, type: 'video' | 'link', attributes: { width?: number; height?: number } = {}) {
  const host = await fixture<HTMLElement>(html`<div style="display: flex; align-items: start; gap: 8px">
    <oembed-preview style="inline-size: 400px; flex: none" url=${url} endpoint=${fresh(api('faults/hang'))} loading="eager"
      width=${attributes.width ?? ''} height=${attributes.height ?? ''}><a href=${url}>A fallback link</a></oembed-preview>
    <oembed-preview style="inline-size: 400px; flex: none" url=${url} endpoint=${endpointFor(type)} loading="eager"
      width=${attributes.width ?? ''} height=${attributes.height ?? ''}><a href=${url}>A fallback link</a></oembed-preview>
  </div>`);
  const [waiting, ready] = [...host.querySelectorAll<OEmbedPreviewElement>('oembed-preview')];
  await reach(ready, 'ready');
  await reach(waiting, 'loading');
  return { waiting, ready };
}

describe('<oembed-preview> reserves its box before the answer arrives', () => {
  beforeEach(() => resetCore());

  it("a video provider's page: a 16:9 media box and the caption, as tall as the ready facade", async () => {
    const { waiting, ready } = await pair(YOUTUBE, 'video');
    expect(height(waiting)).to.be.closeTo(height(ready), 2);
    const media = waiting.shadowRoot!.querySelector('.media')!.getBoundingClientRect();
    expect(media.width / media.height).to.be.closeTo(16 / 9, 0.02);
    expect(height(waiting.querySelector('a')!), 'the fallback is not rendered on top').to.equal(0);
  });

  it("another page: the link card's box", async () => {
    const { waiting, ready } = await pair(PAGES.link, 'link');
    expect(part(ready, 'card')!.classList.contains('link')).to.equal(true);
    expect(height(waiting)).to.be.closeTo(height(ready), 2);
  });

  it('width and height attributes state the media box: reserved at that ratio, kept once the answer (16:9) arrives', async () => {
    const { waiting, ready } = await pair(PAGES.link, 'video', { width: 4, height: 3 });
    for (const el of [waiting, ready]) {
      const media = el.shadowRoot!.querySelector('.media')!.getBoundingClientRect();
      expect(media.width / media.height).to.be.closeTo(4 / 3, 0.02);
    }
    expect(height(waiting)).to.be.closeTo(height(ready), 2);
  });
});
