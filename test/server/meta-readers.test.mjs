/**
 * `/meta`'s readers, one source each, on small pages written for the test (each failed on main before issue 23):
 * what a citation shows of a page that states its author, date, publisher or image only in that one way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHtmlHead } from '../../dist/server/html-head.js';
import { metadataFromPage } from '../../dist/server/metadata.js';

async function meta(html, url = 'https://news.example/2024/story') {
  const head = await readHtmlHead(new Response(html, { headers: { 'content-type': 'text/html' } }), 1024 * 1024);
  return metadataFromPage({ url: new URL(url), headers: new Headers(), links: head.links, head });
}

describe('/meta readers', () => {
  it('cleans "By" off a byline meta', async () => {
    assert.deepEqual((await meta('<meta name="author" content="By Ada Quill">')).authors, ['Ada Quill']);
  });
  it('splits "and" between two authors', async () => {
    assert.deepEqual((await meta('<meta name="author" content="Ada Quill and Bo Tran">')).authors, ['Ada Quill', 'Bo Tran']);
  });
  it('reads a JSON-LD article inside @graph, with an author array of objects and a publisher object', async () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Harbour Daily' }, { '@type': ['NewsArticle'], headline: 'Tide tables', datePublished: '2024-03-01T08:00:00+01:00', author: [{ '@type': 'Person', name: 'Ada Quill' }, { '@type': 'Person', name: 'Bo Tran' }], publisher: { '@type': 'Organization', name: 'Harbour Daily' }, image: [{ '@type': 'ImageObject', url: '/tide.jpg' }] }] };
    const result = await meta(`<script type="application/ld+json">${JSON.stringify([ld])}</script>`);
    assert.deepEqual(result.authors, ['Ada Quill', 'Bo Tran']);
    assert.equal(result.published, '2024-03-01T07:00:00.000Z');
    assert.equal(result.siteName, 'Harbour Daily');
    assert.equal(result.image.url, 'https://news.example/tide.jpg');
  });
  it('reads microdata: datePublished on <time>, an author item, an image', async () => {
    const result = await meta('<body><article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Tide tables</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ada Quill</span></span><time itemprop="datePublished" datetime="2024-03-01">1 March</time><img itemprop="image" src="/tide.jpg"></article>');
    assert.deepEqual(result.authors, ['Ada Quill']);
    assert.equal(result.published, '2024-03-01');
    assert.equal(result.image.url, 'https://news.example/tide.jpg');
  });
  it('reads an h-entry: p-name, p-author h-card, dt-published, u-photo', async () => {
    const result = await meta('<body><div class="h-entry"><h1 class="p-name">Tide tables</h1><a class="p-author h-card" href="/ada"><span class="p-name">Ada Quill</span></a><time class="dt-published" datetime="2024-03-01T08:00:00Z">1 March</time><img class="u-photo" src="/tide.jpg"></div>');
    assert.equal(result.title, 'Tide tables');
    assert.deepEqual(result.authors, ['Ada Quill']);
    assert.equal(result.published, '2024-03-01T08:00:00.000Z');
    assert.equal(result.image.url, 'https://news.example/tide.jpg');
  });
  it('reads Dublin Core and publishers\' metas', async () => {
    assert.deepEqual((await meta('<meta name="DC.creator" content="Ada Quill"><meta name="DC.date" content="2024-03-01">')).authors, ['Ada Quill']);
    assert.equal((await meta('<meta name="DC.date" content="2024-03-01">')).published, '2024-03-01');
    assert.equal((await meta('<meta name="parsely-pub-date" content="2024-03-01T08:00:00Z">')).published, '2024-03-01T08:00:00.000Z');
    assert.equal((await meta('<meta name="sailthru.date" content="Fri, 01 Mar 2024 08:00:00 -0500">')).published, '2024-03-01T13:00:00.000Z');
    assert.deepEqual((await meta('<meta name="parsely-author" content="Ada Quill">')).authors, ['Ada Quill']);
  });
  it('reads the article\'s <time datetime>, rel=author and link rel=image_src', async () => {
    const result = await meta('<link rel="image_src" href="/tide.jpg"><body><nav><time datetime="2020-01-01">old</time></nav><article><a rel="author" href="/ada">Ada Quill</a><time datetime="2024-03-01T08:00:00+00:00">1 March</time></article>');
    assert.equal(result.published, '2024-03-01T08:00:00.000Z');
    assert.deepEqual(result.authors, ['Ada Quill']);
    assert.equal(result.image.url, 'https://news.example/tide.jpg');
  });
  it('splits the <title>\'s site suffix into title and publisher', async () => {
    const result = await meta('<title>Tide tables | Harbour Daily</title><meta name="application-name" content="Harbour Daily">');
    assert.equal(result.title, 'Tide tables');
    assert.equal(result.siteName, 'Harbour Daily');
    const byHost = await meta('<title>Bob Dylan - Wikipedia</title>', 'https://en.wikipedia.org/wiki/Bob_Dylan');
    assert.deepEqual([byHost.title, byHost.siteName], ['Bob Dylan', 'Wikipedia']);
    assert.equal((await meta('<title>Notes - on tides</title>')).title, 'Notes - on tides');
  });
  it('stays about the page when the page advertises a feed (the feed is never read as the page)', async () => {
    const result = await meta('<title>Tide tables | Harbour Daily</title><link rel="alternate" type="application/rss+xml" title="Harbour Daily feed" href="/feed/"><link rel="alternate" type="application/atom+xml" href="/feed/atom/"><meta property="og:title" content="Tide tables">');
    assert.equal(result.title, 'Tide tables');
    assert.equal(result.siteName, 'Harbour Daily');
    assert.equal(result.canonicalUrl, undefined);
  });
  it('reads a byline and a date from the classes themes give them, and not a comment form\'s', async () => {
    const result = await meta('<body><p class="comment-form-author"><label>Name</label></p><div class="td-post-author-name">By Ada Quill</div><span class="post-timestamp">2016-04-08T20:30:39+00:00</span><span class="comment-date">2020-01-01</span>');
    assert.deepEqual(result.authors, ['Ada Quill']);
    assert.equal(result.published, '2016-04-08T20:30:39.000Z');
  });
});
