import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/post-card.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import { api, fresh, reach, requestCount, resetCore, resetRequestLog, wpRoot } from '../helpers.js';

const height = (element: Element) => element.getBoundingClientRect().height;

describe('<post-card> reserves its box before the data arrives', () => {
  beforeEach(async () => {
    resetCore();
    await resetRequestLog();
  });

  for (const layout of ['vertical', 'horizontal', 'compact'] as const) {
    for (const width of [320, 220]) {
      it(`${layout}, ${width}px: the skeleton is as tall as the ready card, and the fallback adds nothing`, async () => {
        const host = await fixture<HTMLElement>(html`<div style="display: flex; align-items: start; gap: 8px">
          <post-card style="inline-size: ${width}px" layout=${layout} loading="eager" src=${fresh(api('faults/hang'))}
            ><a href="https://florin.blog/">A fallback link</a></post-card
          >
          <post-card style="inline-size: ${width}px" layout=${layout} loading="eager" endpoint=${wpRoot} post-id="42"
            ><a href="https://florin.blog/">A fallback link</a></post-card
          >
        </div>`);
        const [waiting, ready] = [...host.querySelectorAll<PostCardElement>('post-card')];
        await reach(ready, 'ready');
        await reach(waiting, 'loading');
        expect(height(waiting)).to.be.greaterThan(50);
        expect(height(waiting)).to.be.closeTo(height(ready), 2);
        // The light-DOM fallback is not rendered on top of the skeleton.
        expect(height(waiting.querySelector('a')!)).to.equal(0);
      });
    }
  }

  it('a card whose title, meta and terms run long keeps the box (lines clamped, one meta and terms line)', async () => {
    const host = await fixture<HTMLElement>(html`<div style="display: flex; align-items: start; gap: 8px">
      <post-card style="inline-size: 240px" loading="eager" src=${fresh(api('faults/hang'))}></post-card>
      <post-card style="inline-size: 240px"></post-card>
    </div>`);
    const [waiting, card] = [...host.querySelectorAll<PostCardElement>('post-card')];
    card.data = {
      id: '1',
      title: 'A title long enough to need three or four lines in a narrow card, and then some more words',
      url: 'https://florin.blog/long/',
      excerpt: 'Short.',
      published: '2025-12-02T09:30:00Z',
      readingTime: 12,
      authors: [{ name: 'An author whose name is far too long for one line of a card' }],
      terms: ['Technology', 'Open models', 'Economics', 'Policy', 'Climate'].map((name) => ({ name, taxonomy: 'post_tag' })),
      image: { url: api('uploads/2025/12/open-models-network.svg'), width: 1200, height: 675 },
    };
    await card.updateComplete;
    await reach(waiting, 'loading');
    expect(height(card)).to.be.closeTo(height(waiting), 2);
  });

  it('lazy cards far below the viewport wait: their reserved boxes keep them out of the loading margin', async () => {
    const ids = [42, 41, 43, 35, 37, 45, 52, 51, 53, 50, 54, 39];
    const host = await fixture<HTMLElement>(html`<div style="inline-size: 320px">
      ${ids.map((id) => html`<post-card endpoint=${wpRoot} post-id=${id}><a href="https://florin.blog/?p=${id}">Post</a></post-card>`)}
    </div>`);
    const cards = [...host.querySelectorAll<PostCardElement>('post-card')];
    await reach(cards[0], 'ready');
    // A viewport of the test runner holds a few 400 px cards, plus the 400 px margin: never all twelve.
    await waitUntil(() => cards.every((card) => card.state === 'idle' || card.state === 'ready'));
    expect(cards.at(-1)!.state).to.equal('idle');
    expect(await requestCount('/api/wp-json/wp/v2/posts')).to.be.lessThan(ids.length);
  });
});
