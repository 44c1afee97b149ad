import { expect, fixture, html } from '@open-wc/testing';
import type { OEmbedPreviewElement } from '../../src/oembed-preview/oembed-preview.js';
import { api, part, reach, resetCore } from '../helpers.js';
import { PAGES, activate, endpointFor, preview } from './support.js';

const rect = (element: Element) => element.getBoundingClientRect();
const centreX = (element: Element) => rect(element).left + rect(element).width / 2;

describe('<oembed-preview> layout, direction, theming and accessibility', () => {
  beforeEach(() => resetCore());

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`${dir}: the facade's caption starts at the ${dir === 'rtl' ? 'right' : 'left'}, the play button stays centred`, async () => {
      const el = await preview('video', { dir });
      const card = part(el, 'card')!;
      expect(getComputedStyle(card).direction).to.equal(dir);
      const title = part(el, 'title')!;
      const author = part(el, 'author')!;
      const provider = part(el, 'provider')!;
      if (dir === 'rtl') {
        expect(rect(card).right - rect(title).right).to.be.within(0, 20);
        expect(rect(author).left).to.be.greaterThan(rect(provider).left, 'author first, on the right');
        // An English sentence (no translation) still reads left to right: "by" before the name.
        const text = [...author.childNodes].find((node): node is Text => node instanceof Text && node.data.includes('by'))!;
        const span = (start: number, end: number) => {
          const range = document.createRange();
          range.setStart(text, start);
          range.setEnd(text, end);
          return range.getBoundingClientRect();
        };
        expect(text.data.startsWith('by ')).to.equal(true);
        expect(span(0, 2).left).to.be.lessThan(span(4, 10).left);
      } else {
        expect(rect(title).left - rect(card).left).to.be.within(0, 20);
        expect(rect(author).left).to.be.lessThan(rect(provider).left);
      }
      const play = part(el, 'play')!;
      expect(centreX(play)).to.be.closeTo(centreX(play.parentElement!), 1);
    });

    it(`${dir}: a link card puts its thumbnail at the start edge`, async () => {
      const data = {
        type: 'link' as const,
        title: 'A link with a thumbnail',
        pageUrl: 'https://florin.blog/',
        thumbnail: { url: api('uploads/2025/12/open-models-network-480x270.svg'), width: 480, height: 270 },
      };
      const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} style="inline-size: 600px">
        <oembed-preview .data=${data}></oembed-preview>
      </div>`);
      const el = wrapper.querySelector('oembed-preview')!;
      await el.updateComplete;
      const thumbnail = rect(part(el, 'thumbnail')!);
      const title = rect(part(el, 'title')!);
      if (dir === 'rtl') expect(thumbnail.left).to.be.greaterThan(title.right);
      else expect(thumbnail.right).to.be.lessThan(title.left);
    });
  }

  it('gives the sandboxed frame the page’s language and direction', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
      <oembed-preview url=${PAGES.rich} endpoint=${endpointFor('rich')} loading="eager"></oembed-preview>
    </div>`);
    const el = wrapper.querySelector('oembed-preview')!;
    await reach(el, 'ready');
    const frame = await activate(el);
    expect(frame.srcdoc).to.match(/^<html lang="ar" dir="rtl">/);
  });

  it('keeps within maxwidth, and a video within maxheight', async () => {
    const el = await fixture<OEmbedPreviewElement>(html`<oembed-preview
      url=${PAGES.video} endpoint=${endpointFor('video')} maxwidth="400" maxheight="180" loading="eager"
    ></oembed-preview>`);
    await reach(el, 'ready');
    // The provider answered 320×180 (fit into 400×180); the card keeps to it.
    expect(el.data).to.include({ width: 320, height: 180 });
    expect(rect(part(el, 'card')!).width).to.be.at.most(320);
    expect(rect(part(el, 'play')!.parentElement!).height).to.be.at.most(180);
  });

  it('takes --pe-* tokens, and --oembed-preview-* properties over them', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--pe-radius: 3px; --pe-color-surface: rgb(1, 2, 3)">
      <oembed-preview url=${PAGES.link} endpoint=${endpointFor('link')} loading="eager"></oembed-preview>
      <oembed-preview
        style="--oembed-preview-radius: 7px; --oembed-preview-background: rgb(4, 5, 6)"
        url=${PAGES.link} endpoint=${endpointFor('link')} loading="eager"
      ></oembed-preview>
    </div>`);
    const [tokens, own] = [...wrapper.querySelectorAll('oembed-preview')];
    await Promise.all([reach(tokens, 'ready'), reach(own, 'ready')]);
    const style = (el: Element) => getComputedStyle(part(el, 'card')!);
    expect([style(tokens).borderTopLeftRadius, style(tokens).backgroundColor]).to.deep.equal(['3px', 'rgb(1, 2, 3)']);
    expect([style(own).borderTopLeftRadius, style(own).backgroundColor]).to.deep.equal(['7px', 'rgb(4, 5, 6)']);
  });

  for (const type of ['video', 'rich', 'photo', 'link'] as const) {
    it(`passes axe: ${type}`, async () => {
      const el = await preview(type);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe with an active frame, and in the error state', async () => {
    const el = await preview('video');
    await activate(el);
    await expect(el).to.be.accessible();
    const failed = await fixture<OEmbedPreviewElement>(html`<oembed-preview src=${api('oembed/status/500')} loading="eager"></oembed-preview>`);
    await reach(failed, 'error');
    await expect(failed).to.be.accessible();
  });
});
