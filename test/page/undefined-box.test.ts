/**
 * dist/post-embeds.css (source: src/styles/post-embeds.css) gives each element, before its script defines it,
 * the box it will have: measured on the same element before definition, in its skeleton (an answer that never
 * comes) and once ready. Every element is created undefined, with the stylesheet linked as the README's snippet
 * does; the element modules are imported only after the first measurement.
 */
import { expect } from '@open-wc/testing';
import type { PostEmbedsElement } from '../../src/core/post-embeds-element.js';
import { configure } from '../../src/core/config.js';
import { api, fresh, reach, resetCore, wpRoot } from '../helpers.js';

// (Not from ../oembed-preview/support.js, which registers the element.)
const LINK_PAGE = 'https://florin.blog/category/technology/';
const endpointFor = (type: 'video' | 'link') => api(`oembed/${type}`);
const YOUTUBE = 'https://www.youtube.com/watch?v=undefined-box';
const hang = () => fresh(api('faults/hang'));
/** Typed `attr()` (Chromium): the stated width and height are read as numbers. */
const typedAttr = CSS.supports('aspect-ratio', 'attr(width type(<number>)) / 1');

interface Case {
  name: string;
  width: number;
  tag: 'post-card' | 'related-posts' | 'oembed-preview';
  attributes: Record<string, string>;
  /** Attributes of the twin that reaches `ready` (the skeleton twin waits forever). */
  ready?: Record<string, string>;
  skip?: boolean;
}

const cases: Case[] = [
  ...[320, 220, 600].flatMap((width) =>
    (['vertical', 'horizontal', 'compact'] as const).map((layout) => ({
      name: `<post-card layout=${layout}> at ${width}px`,
      width,
      tag: 'post-card' as const,
      attributes: { layout, src: hang() },
      ready: { layout, endpoint: wpRoot, 'post-id': '42' },
    })),
  ),
  ...[320, 600, 800].flatMap((width) =>
    (['list', 'grid', 'adjacent'] as const).map((layout) => ({
      name: `<related-posts layout=${layout}> at ${width}px`,
      width,
      tag: 'related-posts' as const,
      attributes: { layout, src: hang() },
    })),
  ),
  { name: '<related-posts limit=2 layout=grid> at 800px', width: 800, tag: 'related-posts', attributes: { layout: 'grid', limit: '2', src: hang() } },
  { name: '<related-posts limit=5> at 320px', width: 320, tag: 'related-posts', attributes: { limit: '5', src: hang() } },
  ...[400, 250].flatMap((width) => [
    {
      name: `<oembed-preview> of a video page at ${width}px`,
      width,
      tag: 'oembed-preview' as const,
      attributes: { url: YOUTUBE, endpoint: hang() },
      ready: { url: YOUTUBE, endpoint: endpointFor('video') },
    },
    {
      name: `<oembed-preview> of another page at ${width}px`,
      width,
      tag: 'oembed-preview' as const,
      attributes: { url: LINK_PAGE, endpoint: hang() },
      ready: { url: LINK_PAGE, endpoint: endpointFor('link') },
    },
  ]),
  {
    name: '<oembed-preview src> (a complete request URL naming a video page)',
    width: 400,
    tag: 'oembed-preview',
    attributes: { src: `${hang()}&url=${encodeURIComponent(YOUTUBE)}` },
  },
  {
    name: '<oembed-preview width=4 height=3> (typed attr(): Chromium)',
    width: 400,
    tag: 'oembed-preview',
    attributes: { url: LINK_PAGE, endpoint: hang(), width: '4', height: '3' },
    ready: { url: LINK_PAGE, endpoint: endpointFor('video'), width: '4', height: '3' },
    skip: !typedAttr,
  },
];

const box = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  return { width, height };
};

/** Equal boxes, to layout's rounding (a fraction of a pixel). */
const expectSameBox = (actual: DOMRectReadOnly | { width: number; height: number }, expected: typeof actual, what: string, within = 0.5) => {
  expect(actual.width, `${what}: width`).to.be.closeTo(expected.width, within);
  expect(actual.height, `${what}: height`).to.be.closeTo(expected.height, within);
};

const create = (tag: string, attributes: Record<string, string>, width: number) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries({ ...attributes, loading: 'eager' })) element.setAttribute(name, value);
  element.innerHTML = `<a href="https://florin.blog/">A fallback link</a>`;
  const cell = document.createElement('div');
  // A grid cell, as pages lay out cards: the element stretches to the cell's width.
  cell.style.cssText = `display: grid; grid-template-columns: minmax(0, 1fr); inline-size: ${width}px; align-items: start`;
  cell.append(element);
  document.body.append(cell);
  return element as PostEmbedsElement<unknown>;
};

describe('post-embeds.css holds every box from the first paint', () => {
  const measured = new Map<Case, { skeleton: PostEmbedsElement<unknown>; ready?: PostEmbedsElement<unknown>; before: Record<string, ReturnType<typeof box>> }>();

  let hiddenHeight: number;

  before(async () => {
    resetCore();
    // The skeleton twins wait for an answer that never comes, without holding one of the browser's connections.
    configure({
      maxConcurrentPerOrigin: 100,
      fetch: (input, init) => (String(input).includes('/faults/hang') ? new Promise(() => {}) : fetch(input, init)),
    });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../../src/styles/post-embeds.css', import.meta.url).href;
    const loaded = new Promise((resolve) => {
      link.onload = resolve;
      link.onerror = resolve;
    });
    document.head.append(link);
    await loaded;
    for (const item of cases) {
      const skeleton = create(item.tag, item.attributes, item.width);
      const ready = item.ready && create(item.tag, item.ready, item.width);
      measured.set(item, { skeleton, ready, before: { skeleton: box(skeleton), ...(ready && { ready: box(ready) }) } });
    }
    hiddenHeight = create('post-card', { src: hang(), hidden: '' }, 320).getBoundingClientRect().height;
    for (const tag of ['post-card', 'related-posts', 'oembed-preview']) expect(customElements.get(tag), tag).to.equal(undefined);
    await Promise.all([import('../../src/post-card.js'), import('../../src/related-posts.js'), import('../../src/oembed-preview.js')]);
    for (const { skeleton, ready } of measured.values()) {
      await reach(skeleton, 'loading');
      if (ready) await reach(ready, 'ready');
    }
  });

  it('a hidden element stays hidden before definition', () => {
    expect(hiddenHeight).to.equal(0);
  });

  for (const item of cases) {
    (item.skip ? it.skip : it)(`${item.name}: the box before definition is the skeleton's${item.ready ? ' and the ready element’s' : ''}`, () => {
      const { skeleton, ready, before } = measured.get(item)!;
      expect(before.skeleton.height, 'a box at all').to.be.greaterThan(40);
      expectSameBox(before.skeleton, box(skeleton), 'skeleton');
      if (ready) expectSameBox(before.ready!, box(ready), 'ready', 1.5);
    });
  }
});
