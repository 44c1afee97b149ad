// Server rendering as Astro's `@astrojs/lit` (4.3) drives it: the host makes a `LitElementRenderer` for the tag,
// sets the attributes it was given, and calls `renderShadow()` with a render info of its own, which has no
// event-target or slot stacks. `@lit-labs/ssr` then used to throw `Cannot read properties of undefined (reading
// 'length')` at the first `<slot>` of a shadow template (every element in its fallback state, the heading slot
// of `<related-posts>` and `<source-citation>`). Node, on the package's dist/ (`npm run build` first).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';

await import('../../dist/index.js');
const { serverRenderInfo } = await import('../../dist/core/ssr-render-info.js');
await serverRenderInfo;

/** What the host does for `<tag …attributes>…children</tag>`: the element's markup with its shadow root. */
function renderAsHost(tag, attributes = {}, properties = {}, children = '') {
  const renderer = new LitElementRenderer(tag);
  for (const [name, value] of Object.entries(attributes)) renderer.setAttribute(name, value);
  for (const [name, value] of Object.entries(properties)) renderer.setProperty(name, value);
  renderer.connectedCallback();
  let html = `<${tag}${[...renderer.renderAttributes()].join('')}><template shadowrootmode="open">`;
  html += flatten(renderer.renderShadow({ elementRenderers: [LitElementRenderer], customElementInstanceStack: [renderer], customElementHostStack: [renderer], deferHydration: false }));
  return `${html}</template>${children}</${tag}>`;
}

/** A render result as text: `@lit-labs/ssr` 3 yields strings, 4 also thunks and nested iterables. */
function flatten(result) {
  if (result == null) return '';
  if (typeof result === 'string') return result;
  if (typeof result === 'function') return flatten(result());
  let text = '';
  for (const chunk of result) text += flatten(chunk);
  return text;
}

const post = { id: '42', title: 'A post', url: 'https://blog.example/a-post', authors: [], terms: [] };

describe('elements rendered by a host that calls LitElementRenderer itself (Astro with @astrojs/lit)', () => {
  for (const [tag, attributes] of [
    ['post-card', { endpoint: 'https://blog.example/wp-json', 'post-id': '42' }],
    ['related-posts', { endpoint: 'https://blog.example/wp-json', 'post-id': '42' }],
    ['source-citation', { href: 'https://blog.example/a-post' }],
    ['oembed-preview', { url: 'https://video.example/watch/1', endpoint: 'https://blog.example/oembed' }],
  ]) {
    it(`<${tag}> with attributes renders its fallback slot around the light-DOM children`, () => {
      const html = renderAsHost(tag, attributes, {}, '<a href="https://blog.example/a-post">The post</a>');
      assert.match(html, /<template shadowrootmode="open">[\s\S]*<slot><\/slot>[\s\S]*<\/template><a href/);
    });
  }

  it('attributes the host hands over as properties (as @astrojs/lit does) stay in the markup, for the browser', () => {
    const renderer = new LitElementRenderer('post-card');
    renderer.setAttribute('post-id', '42');
    for (const [name, value] of Object.entries({ endpoint: 'https://blog.example/wp-json', loading: 'eager', layout: 'horizontal' })) {
      renderer.setProperty(name, value);
    }
    renderer.connectedCallback();
    const attributes = flatten(renderer.renderAttributes());
    for (const expected of ['post-id="42"', 'endpoint="https://blog.example/wp-json"', 'loading="eager"', 'layout="horizontal"']) {
      assert.ok(attributes.includes(expected), `${expected} in ${attributes}`);
    }
    // A default (format="auto") is not written.
    assert.ok(!attributes.includes('format='), attributes);
  });

  it('<related-posts> and <source-citation> with .data render their heading slot and items', () => {
    const related = renderAsHost('related-posts', { heading: 'More' }, { data: { posts: [post] } });
    assert.match(related, /<slot name="heading">[\s\S]*More[\s\S]*<\/slot>/);
    assert.match(related, /A post/);
    const sources = renderAsHost('source-citation', { heading: 'Sources' }, { data: [{ url: 'https://blog.example/a-post', title: 'A post', publisher: 'Blog' }] });
    assert.match(sources, /<slot name="heading">[\s\S]*Sources[\s\S]*<\/slot>/);
    assert.match(sources, /Blog/);
  });
});
