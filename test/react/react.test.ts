import { expect, waitUntil } from '@open-wc/testing';
import { createElement, type ComponentProps } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { OEmbedPreview, PostCard, RelatedPosts, SourceCitation } from '../../src/react.js';
import type { Post } from '../../src/core/model.js';
import type { PostEmbedsElement } from '../../src/core/post-embeds-element.js';
import { api, part, reach, resetCore, wpRoot } from '../helpers.js';
import { endpointFor, PAGES } from '../oembed-preview/support.js';
import { ZOTERO_CSL } from '../source-citation/support.js';

// An integration suite: Chromium alone runs it (it checks React's handling, not the browsers').
const inChromium = navigator.userAgent.includes('Chrome/');

(inChromium ? describe : describe.skip)('post-embeds/react (React 19)', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    resetCore();
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  /** Renders `element` synchronously and returns the custom element it produced. */
  function render<E extends Element>(element: ReturnType<typeof createElement>, tag: string): E {
    flushSync(() => root.render(element));
    return container.querySelector<E>(tag)!;
  }

  it('<PostCard> passes props as properties and calls onLoadStart, onLoad (with the Post), onLoadEnd', async () => {
    const seen: string[] = [];
    let loaded: Post | undefined;
    const props: ComponentProps<typeof PostCard> = {
      endpoint: wpRoot,
      postId: '42',
      loading: 'eager',
      layout: 'horizontal',
      headingLevel: 2,
      onLoadStart: () => seen.push('loadstart'),
      onLoad: (event) => {
        seen.push('load');
        loaded = event.detail.data;
      },
      onLoadEnd: () => seen.push('loadend'),
    };
    const el = render<PostEmbedsElement<Post> & { layout: string; headingLevel: number }>(createElement(PostCard, props), 'post-card');
    expect(el.layout).to.equal('horizontal');
    expect(el.headingLevel).to.equal(2);
    await reach(el, 'ready', 10000);
    expect(seen).to.deep.equal(['loadstart', 'load', 'loadend']);
    expect(loaded!.id).to.equal('42');
    expect(part(el, 'title')!.localName).to.equal('h2');
  });

  it('<PostCard data={post}> renders the model without a request; onError reports a PostEmbedsError', async () => {
    const post: Post = { id: '1', title: 'From React', url: 'https://example.com/post', authors: [], terms: [] };
    const el = render<PostEmbedsElement<Post>>(createElement(PostCard, { data: post }), 'post-card');
    await el.updateComplete;
    expect(part(el, 'title')!.textContent!.trim()).to.equal('From React');

    let code: string | undefined;
    const failing = render<PostEmbedsElement<Post>>(
      createElement(PostCard, { src: api('missing-route.json'), loading: 'eager', onError: (event) => (code = event.detail.error.code) }),
      'post-card',
    );
    await waitUntil(() => code, 'onError was called', { timeout: 10000 });
    expect(failing.error!.code).to.equal(code);
  });

  it('<RelatedPosts>, <SourceCitation> and <OEmbedPreview> load and call onLoad with their models', async () => {
    const cases = [
      { component: RelatedPosts, tag: 'related-posts', props: { endpoint: wpRoot, postId: '42', limit: 2 } },
      { component: SourceCitation, tag: 'source-citation', props: { src: ZOTERO_CSL, citationStyle: 'plain' } },
      { component: OEmbedPreview, tag: 'oembed-preview', props: { url: PAGES.video, endpoint: endpointFor('video') } },
    ] as const;
    for (const { component, tag, props } of cases) {
      let data: unknown;
      const el = render<PostEmbedsElement<unknown>>(
        createElement(component as typeof PostCard, { ...props, loading: 'eager', onLoad: (event: CustomEvent<{ data: unknown }>) => (data = event.detail.data) } as never),
        tag,
      );
      await reach(el, 'ready', 10000);
      expect(data, tag).to.equal(el.data);
    }
  });
});
