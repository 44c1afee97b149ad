import { expect, fixture, html } from '@open-wc/testing';
import '../../src/related-posts.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import { api, part, reach, resetCore, wpRoot } from '../helpers.js';
import { AR_POST, EN_POST, all, has, links, serve } from './support.js';

async function adjacent(postId: string, dir = 'ltr'): Promise<RelatedPostsElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: 640px">
    <related-posts layout="adjacent" endpoint=${wpRoot} post-id=${postId} loading="eager"></related-posts>
  </div>`);
  const el = wrapper.querySelector('related-posts')!;
  await reach(el, 'ready');
  return el;
}

const href = (el: Element | null) => (el as HTMLAnchorElement | null)?.href;
/** The text a screen reader reads: without the `aria-hidden` arrows. */
function spoken(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<related-posts layout="adjacent">', () => {
  beforeEach(() => resetCore());

  it('links the previous and next posts by date, in the post\'s language, inside a named <nav>', async () => {
    // Arabic post 52 was published between 42 and 43: it is not 42's next post.
    const el = await adjacent(EN_POST);
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Post navigation');
    const previous = part(el, 'previous')!;
    const next = part(el, 'next')!;
    expect(nav.contains(previous) && nav.contains(next)).to.equal(true);
    expect([href(previous), href(next)]).to.deep.equal(links(41, 43));
    expect(previous.getAttribute('rel')).to.equal('prev');
    expect(next.getAttribute('rel')).to.equal('next');
    expect(spoken(previous)).to.equal('Previous post Can India build a semiconductor industry? Why it starts with packaging, not fabs');
    expect(spoken(next)).to.match(/^Next post Caribbean cannabis industry/);
    expect(el.data!.previous!.id).to.equal('41');
    expect(el.data!.next!.id).to.equal('43');
    expect(el.data!.posts.map((post) => post.id)).to.deep.equal(['41', '43']);
    // No "Related posts" heading for a previous/next pair.
    expect(has(el, '[part~="heading"]')).to.equal(false);
  });

  it('asks WordPress for one post before and one after the date, in the post\'s language', async () => {
    const requested = serve();
    await adjacent(EN_POST);
    const queries = requested.slice(1).map((url) => Object.fromEntries(new URL(url).searchParams));
    expect(queries).to.have.deep.members([
      { before: '2025-12-03T07:40:00Z', order: 'desc', per_page: '1', lang: 'en', _embed: '' },
      { after: '2025-12-03T07:40:00Z', order: 'asc', per_page: '1', lang: 'en', _embed: '' },
    ]);
  });

  it('the first post has only a next link', async () => {
    const el = await adjacent('35');
    expect(has(el, '[part~="previous"]')).to.equal(false);
    expect(href(part(el, 'next'))).to.equal(links(37)[0]);
    expect(el.data!.previous).to.equal(undefined);
  });

  it('the last post has only a previous link, still at the inline start', async () => {
    const el = await adjacent('45');
    expect(has(el, '[part~="next"]')).to.equal(false);
    const previous = part(el, 'previous')!;
    expect(href(previous)).to.equal(links(43)[0]);
    const nav = el.shadowRoot!.querySelector('nav')!.getBoundingClientRect();
    expect(previous.getBoundingClientRect().left - nav.left).to.be.lessThan(1);
  });

  it('the first post alone at the end keeps its next link at the inline end', async () => {
    const el = await adjacent('35');
    const nav = el.shadowRoot!.querySelector('nav')!.getBoundingClientRect();
    expect(nav.right - part(el, 'next')!.getBoundingClientRect().right).to.be.lessThan(1);
  });

  it('an Arabic post gets Arabic neighbours, their titles marked lang="ar"', async () => {
    const el = await adjacent(AR_POST, 'rtl');
    expect([href(part(el, 'previous')), href(part(el, 'next'))]).to.deep.equal(links(51, 53));
    const title = part(el, 'previous')!.querySelector('[part~="title"]')!;
    expect(title.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(title).direction).to.equal('rtl');
  });

  describe('mirrors in right-to-left text', () => {
    function geometry(el: RelatedPostsElement) {
      const side = (name: 'previous' | 'next') => {
        const link = part(el, name)!;
        const arrow = link.querySelector('.arrow')!;
        const label = link.querySelector('.label')!;
        // The label's words, without the arrow: a range over its text node.
        const words = document.createRange();
        words.selectNodeContents([...label.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!);
        return {
          box: link.getBoundingClientRect(),
          arrow: arrow.getBoundingClientRect(),
          words: words.getBoundingClientRect(),
          transform: getComputedStyle(arrow).transform,
        };
      };
      return { previous: side('previous'), next: side('next') };
    }

    it('LTR: previous on the left with its arrow before the label, next on the right; arrows as drawn', async () => {
      const { previous, next } = geometry(await adjacent(EN_POST, 'ltr'));
      expect(previous.box.right).to.be.at.most(next.box.left);
      expect(previous.arrow.right).to.be.at.most(previous.words.left);
      expect(next.arrow.left).to.be.at.least(next.words.right);
      expect(previous.transform).to.equal('none');
      expect(next.transform).to.equal('none');
    });

    it('RTL (from an ancestor): previous on the right with its arrow at the outer edge, arrows flipped', async () => {
      const { previous, next } = geometry(await adjacent(EN_POST, 'rtl'));
      expect(previous.box.left).to.be.at.least(next.box.right);
      expect(previous.arrow.left).to.be.at.least(previous.words.right);
      expect(next.arrow.right).to.be.at.most(next.words.left);
      // scaleX(-1): "←" points right, away from the next link, as "→" does for next the other way.
      expect(previous.transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect(next.transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });
  });

  it('within a JSON Feed: the neighbours by date of the item named by post-id', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <related-posts layout="adjacent" src=${api('feed.json')} post-id="https://florin.blog/?p=42" loading="eager"></related-posts>
    </div>`);
    const el = wrapper.querySelector('related-posts')!;
    await reach(el, 'ready');
    expect([href(part(el, 'previous')), href(part(el, 'next'))]).to.deep.equal(links(41, 43));
  });

  it('a collection without post-id is a configuration error', async () => {
    const el = await fixture<RelatedPostsElement>(
      html`<related-posts layout="adjacent" src=${api('feed.json')} loading="eager"></related-posts>`,
    );
    await reach(el, 'error');
    expect(el.error!.code).to.equal('config');
  });

  it('while loading: a placeholder pair', async () => {
    const el = await fixture<RelatedPostsElement>(
      html`<related-posts layout="adjacent" src=${api('faults/hang?adjacent')} post-id="1" loading="eager"></related-posts>`,
    );
    await reach(el, 'loading');
    expect(all(el, '.neighbour')).to.have.length(2);
    el.remove();
  });

  it('passes axe', async () => {
    const el = await adjacent(EN_POST);
    await expect(el).to.be.accessible();
  });
});
