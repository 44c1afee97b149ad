import { expect, fixture, html } from '@open-wc/testing';
import '../../src/post-card.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import { reach, resetCore, wpRoot } from '../helpers.js';

const image = (card: PostCardElement) => card.shadowRoot!.querySelector<HTMLImageElement>('[part~="image"]')!;

describe('<post-card> images: the first screen first', () => {
  beforeEach(() => resetCore());

  it('a lazy card in the viewport loads its image eagerly at high priority; one scrolled into the loading margin, lazily', async () => {
    const host = await fixture<HTMLElement>(html`<div style="inline-size: 320px">
      <post-card endpoint=${wpRoot} post-id="42"></post-card>
      <post-card style="position: fixed; inset-block-start: calc(100vh + 100px); inline-size: 320px" endpoint=${wpRoot} post-id="41"></post-card>
    </div>`);
    const [first, below] = [...host.querySelectorAll<PostCardElement>('post-card')];
    await reach(first, 'ready');
    expect(image(first).loading).to.equal('eager');
    expect(image(first).getAttribute('fetchpriority')).to.equal('high');
    // 100 px below the viewport: within the 400 px loading margin, so it loads, but its image is not the first screen.
    await reach(below, 'ready');
    expect(image(below).loading).to.equal('lazy');
    expect(image(below).getAttribute('fetchpriority')).to.equal('auto');
  });
});
