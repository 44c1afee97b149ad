/**
 * Every width: no element overflows its container from 280 px to 1440 px, left to right and right to left,
 * in any state; `horizontal` falls back to `vertical` in a narrow container; `compact` keeps its own height
 * in grids and flex rows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LoadState } from '../../src/core/post-embeds-element.js';
import { part, reach, resetCore, wpRoot } from '../helpers.js';
import { CASES, renderCase } from './support.js';
import type { PostCardElement } from '../../src/post-card/post-card.js';

const WIDTHS = [280, 320, 390, 600, 1024, 1440];
const STATES: LoadState[] = ['ready', 'error'];

/**
 * Elements (the host, its wrapper, and every element in its shadow tree) whose content spills out of their box.
 * A box that clips or scrolls its own overflow on purpose (a one-line title cut with an ellipsis, the terms row
 * that scrolls sideways) holds its content: only the host and its wrapper are checked whatever they do.
 */
function overflowing(host: Element): string[] {
  const holdsOwnOverflow = (box: Element) => getComputedStyle(box).overflowX !== 'visible';
  const boxes = [host.parentElement!, host, ...[...host.shadowRoot!.querySelectorAll('*')].filter((box) => !holdsOwnOverflow(box))];
  return boxes
    .filter((box) => box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).display !== 'inline')
    .map((box) => `${box.localName}.${box.getAttribute('class') ?? ''}[part=${box.getAttribute('part') ?? ''}] ${box.scrollWidth} > ${box.clientWidth}`);
}

describe('every width', () => {
  beforeEach(resetCore);

  for (const dir of ['ltr', 'rtl'] as const) {
    for (const item of CASES) {
      for (const state of STATES) {
        it(`${item.name}, ${state}, ${dir}: no horizontal overflow from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px`, async () => {
          const el = await renderCase(item, state, WIDTHS[0], dir);
          const found: string[] = [];
          for (const width of WIDTHS) {
            el.parentElement!.style.inlineSize = `${width}px`;
            await el.updateComplete;
            found.push(...overflowing(el).map((box) => `${width}px: ${box}`));
          }
          expect(found).to.deep.equal([]);
        });
      }
    }
  }

  describe('horizontal', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`stacks the image above the text below 28rem of container width, side by side from there (${dir})`, async () => {
        // An English post, and an Arabic one (the card takes the direction of its data).
        const host = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 390px">
          <post-card endpoint=${wpRoot} post-id=${dir === 'ltr' ? '42' : '52'} layout="horizontal" loading="eager"></post-card>
        </div>`);
        const el = host.querySelector<PostCardElement>('post-card')!;
        await reach(el, 'ready', 8000);
        const image = () => part(el, 'image')!.parentElement!.getBoundingClientRect();
        const title = () => part(el, 'title')!.getBoundingClientRect();
        // Narrow: full width, above the title.
        expect(image().width).to.be.closeTo(388, 3);
        expect(image().bottom).to.be.at.most(title().top);
        // 28rem = 448 px: side by side, the image at the inline start.
        host.style.inlineSize = '448px';
        await el.updateComplete;
        expect(image().width).to.be.lessThan(250);
        expect(image().top).to.be.at.most(title().top);
        if (dir === 'ltr') expect(image().right).to.be.at.most(title().left);
        else expect(image().left).to.be.at.least(title().right);
      });
    }
  });

  describe('compact keeps its own height', () => {
    for (const container of ['display: grid; grid-template-columns: 1fr 1fr', 'display: flex']) {
      it(`beside a taller card (${container})`, async () => {
        const host = await fixture<HTMLElement>(html`<div style="${container}; inline-size: 800px">
          <post-card endpoint=${wpRoot} post-id="42" loading="eager"></post-card>
          <post-card endpoint=${wpRoot} post-id="42" layout="compact" loading="eager"></post-card>
        </div>`);
        const [tall, compact] = host.querySelectorAll<PostCardElement>('post-card');
        await reach(tall, 'ready', 8000);
        await reach(compact, 'ready', 8000);
        const tallHeight = part(tall, 'card')!.getBoundingClientRect().height;
        const card = part(compact, 'card')!.getBoundingClientRect();
        const body = compact.shadowRoot!.querySelector('.body')!.getBoundingClientRect();
        const image = part(compact, 'image')!.getBoundingClientRect();
        expect(card.height).to.be.lessThan(tallHeight / 2);
        // No empty box below the content: the card ends just after its tallest child.
        expect(card.bottom - Math.max(body.bottom, image.bottom)).to.be.lessThan(20);
      });
    }
  });
});
