/**
 * The elements take the page's colour scheme, not the OS's, and every piece of their text passes WCAG AA
 * (axe's colour-contrast rule among the rest) on light and dark pages, with the OS light or dark, in each
 * state.
 */
import { expect } from '@open-wc/testing';
import type { LoadState } from '../../src/core/post-embeds-element.js';
import { part, resetCore } from '../helpers.js';
import { activate, preview } from '../oembed-preview/support.js';
import { CASES, renderCase, resetPage, setOsScheme, setPageScheme, type Scheme } from './support.js';

const SCHEMES: Scheme[] = ['light', 'dark'];
const STATES: LoadState[] = ['ready', 'loading', 'error'];

/** Relative luminance of a computed `rgb()` colour (WCAG 2). */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('colour scheme and contrast on any page', () => {
  after(async () => {
    resetPage();
    await setOsScheme('light');
  });

  describe('the page decides, not the OS', () => {
    afterEach(async () => {
      resetPage();
      await setOsScheme('light');
    });

    it('a page that declares nothing stays light on a dark OS', async function () {
      if (!(await setOsScheme('dark'))) this.skip();
      setPageScheme('light');
      resetCore();
      const el = await renderCase(CASES[0], 'ready');
      expect(luminance(getComputedStyle(part(el, 'card')!).backgroundColor)).to.be.greaterThan(0.8);
      expect(luminance(getComputedStyle(part(el, 'title')!).color)).to.be.lessThan(0.1);
    });

    it('a page that opts into dark gets dark cards on a light OS', async () => {
      setPageScheme('dark');
      const el = await renderCase(CASES[0], 'ready');
      expect(luminance(getComputedStyle(part(el, 'card')!).backgroundColor)).to.be.lessThan(0.1);
      expect(luminance(getComputedStyle(part(el, 'title')!).color)).to.be.greaterThan(0.7);
    });

    it('`color-scheme: light dark` follows the OS', async function () {
      if (!(await setOsScheme('dark'))) this.skip();
      document.documentElement.style.colorScheme = 'light dark';
      const el = await renderCase(CASES[0], 'ready');
      expect(luminance(getComputedStyle(part(el, 'card')!).backgroundColor)).to.be.lessThan(0.1);
    });

    it('a designer forces either scheme with one declaration on the element', async function () {
      if (!(await setOsScheme('dark'))) this.skip();
      setPageScheme('dark');
      const el = await renderCase(CASES[0], 'ready');
      el.style.colorScheme = 'light';
      expect(luminance(getComputedStyle(part(el, 'card')!).backgroundColor)).to.be.greaterThan(0.8);
    });
  });

  describe("a rich embed's frame takes the card's scheme (no opaque backdrop of the other one)", () => {
    afterEach(resetPage);

    for (const scheme of SCHEMES) {
      it(`on a ${scheme} page`, async () => {
        setPageScheme(scheme);
        const el = await preview('rich');
        const frame = await activate(el);
        expect(getComputedStyle(frame).colorScheme).to.equal(scheme);
        expect(frame.srcdoc).to.contain(`<meta name="color-scheme" content="${scheme}">`);
      });
    }
  });

  for (const os of SCHEMES) {
    for (const page of SCHEMES) {
      describe(`axe: ${page} page, ${os} OS`, () => {
        before(async function () {
          if (!(await setOsScheme(os))) this.skip();
          setPageScheme(page);
        });

        for (const item of CASES) {
          for (const state of STATES) {
            it(`${item.name}, ${state}`, async () => {
              const el = await renderCase(item, state);
              await expect(el).to.be.accessible();
            });
          }
        }
      });
    }
  }
});
