/**
 * Hostile text costs linear time and bounded layout (CONTRACT.md, security invariant 6): fetched titles and
 * names are cut before layout sees them, whatever the format, and every pass over fetched text is linear.
 *
 * Linearity is checked as a property: for adversarial inputs (fast-check picks the repeated unit) the cost of
 * an input eight times longer is measured against the shorter one's in the same run; linear code takes about
 * 8×, a quadratic pass 64× (the bound, 24×, leaves room for a loaded machine). No wall-clock threshold: only
 * the ratio is asserted.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/post-card.js';
import '../../src/related-posts.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';
import type { RelatedPostsElement } from '../../src/related-posts/related-posts.js';
import { htmlToText } from '../../src/core/html-to-text.js';
import { countWords } from '../../src/core/reading-time.js';
import { truncateText } from '../../src/shared/text.js';
import { api, fresh, reach, resetCore } from '../helpers.js';
import { fixtureBody, serve } from '../related-posts/support.js';

/** The time one run of `run()` takes, in ms: runs repeated until 30 ms have passed, so the timer's coarse steps do not matter. */
function cost(run: () => unknown): number {
  const start = performance.now();
  let runs = 0;
  do {
    run();
    runs++;
  } while (performance.now() - start < 30);
  return (performance.now() - start) / runs;
}

/**
 * How much longer `f` takes on `unit` repeated to 8n characters than to n (about 8 when linear, 64 when
 * quadratic): the median of five rounds, each timing both inputs back to back, so a busy moment of the machine
 * (a garbage collection, another process) weighs on one round only.
 */
function growth(f: (input: string) => unknown, unit: string, n: number): number {
  const short = unit.repeat(Math.ceil(n / unit.length));
  const long = short.repeat(8);
  const ratios = Array.from({ length: 5 }, () => cost(() => f(long)) / cost(() => f(short))).sort((a, b) => a - b);
  return ratios[2];
}

/** Repeated units that made some pass of ours rescan the rest of its input from every occurrence. */
const adversarialUnit = fc.constantFrom('<a', '<a ', '<b x=', '<a onx', '!', ', ', '<style', '&#', '<a\t', 'x');

const passes: Record<string, (input: string) => unknown> = {
  'HTML to text': htmlToText,
  'word count': countWords,
  'cutting to a title': (input) => truncateText(input, 300),
};

describe('fetched text costs linear time', () => {
  for (const [name, pass] of Object.entries(passes)) {
    it(`${name}: eight times the input costs about eight times the time, never 64`, function () {
      this.timeout(60_000);
      // fast-check picks the units (with its seed in the report); each is asserted with its ratio in the message.
      for (const unit of fc.sample(adversarialUnit, 6)) {
        const ratio = growth(pass, unit, 50_000);
        expect(ratio, `${JSON.stringify(unit)} repeated: ${ratio.toFixed(1)}×`).to.be.lessThan(24);
      }
    });
  }
});

describe('fetched titles and names are cut before layout', () => {
  beforeEach(() => resetCore());

  it('a WordPress post whose title is 1 MB without a space renders a title of at most 300 characters, ending in an ellipsis', async function () {
    this.timeout(20_000);
    const post = await fixtureBody<Record<string, any>>('wp-json/wp/v2/posts/42?_embed');
    const url = fresh(api('wp-json/wp/v2/posts/42?_embed'));
    const long = '🙂'.repeat(10) + 'x'.repeat(1024 * 1024);
    const name = 'N'.repeat(5000);
    post.title = { rendered: long };
    if (post._embedded?.author?.[0]) post._embedded.author[0].name = name;
    serve({ [url]: post });
    const card = await fixture<PostCardElement>(html`<post-card style="inline-size: 320px" loading="eager" src=${url}></post-card>`);
    await reach(card, 'ready', 15_000);
    const title = card.shadowRoot!.querySelector('[part~="title"]')!.textContent!.trim();
    expect(title.length).to.be.within(200, 300);
    expect(title.endsWith('…')).to.equal(true);
    expect(title.startsWith('🙂'.repeat(10))).to.equal(true);
    const author = card.shadowRoot!.querySelector('[part~="author"]')?.textContent?.trim() ?? '';
    expect(author.length).to.be.at.most(100);
  });

  it('a JSON Feed item titled with 50,000 characters without a space shows a cut title in <related-posts>', async function () {
    this.timeout(20_000);
    const feed = await fixtureBody<Record<string, any>>('feed.json');
    const url = fresh(api('feed.json'));
    feed.items[0].title = 'y'.repeat(50_000);
    serve({ [url]: feed });
    const block = await fixture<RelatedPostsElement>(html`<related-posts style="inline-size: 600px" layout="grid" loading="eager" src=${url}></related-posts>`);
    await reach(block, 'ready', 15_000);
    const titles = [...block.shadowRoot!.querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim());
    expect(titles[0].length).to.be.at.most(300);
    expect(titles[0].endsWith('…')).to.equal(true);
  });

  it('a grapheme is never split: a title of family emoji is cut between two of them', () => {
    const family = '👨‍👩‍👧‍👦';
    const cut = truncateText(family.repeat(200), 300);
    expect(cut.endsWith('…')).to.equal(true);
    const kept = cut.slice(0, -1);
    expect(kept.length % family.length).to.equal(0);
    expect(kept.replaceAll(family, '')).to.equal('');
  });
});
