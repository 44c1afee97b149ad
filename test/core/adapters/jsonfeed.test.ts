import { expect } from '@open-wc/testing';
import { toCollection, toPost } from '../../../src/core/adapters/index.js';
import { directionForLanguage } from '../../../src/shared/direction.js';
import { loadFixture } from '../../fixtures/load.js';
import { rejected } from '../thrown.js';

const url = 'https://florin.blog/ar/feed.json';

describe('JSON Feed adapter', () => {
  it('reads a 1.1 feed with its language, title and home page', async () => {
    const feed = await toCollection(await loadFixture('jsonfeed-ar.json'), { url });
    expect(feed).to.include({ title: 'فلورين.بلوغ', url: 'https://florin.blog/ar/', language: 'ar' });
    expect(directionForLanguage(feed.language)).to.equal('rtl');
  });

  it('reads an item: plain-text title and summary, image, dates, tags and its own authors', async () => {
    const post = await toPost(await loadFixture('jsonfeed-ar.json'), { url });
    expect(post).to.deep.include({
      id: 'https://florin.blog/?p=131',
      title: 'هل نماذج الذكاء الاصطناعي الصينية مفتوحة المصدر "تفوز" لكونها رخيصة وسهلة النشر؟',
      url: 'https://florin.blog/ar/2026/01/14/chinese-open-source-ai-models-ar/',
      excerpt: 'نماذج رخيصة التشغيل وسهلة التعديل.',
      published: '2026-01-14T10:00:00+02:00',
      modified: '2026-01-14T10:00:00+02:00',
      image: { url: 'https://florin.blog/wp-content/uploads/2026/01/open-models.jpg' },
      language: 'ar',
      terms: [
        { name: 'تقنية', taxonomy: 'tag' },
        { name: 'ذكاء اصطناعي', taxonomy: 'tag' },
      ],
      authors: [{ name: 'Florin Popescu', url: 'https://florin.blog/author/florin/', avatar: 'https://florin.blog/avatars/florin.png' }],
    });
  });

  it('never uses external_url as the link', async () => {
    const body = await loadFixture('jsonfeed-ar.json');
    delete body.items[0].url;
    expect((await toCollection(body, { url })).posts[0].url).to.equal(undefined);
  });

  it('gives items without authors the feed authors, with relative URLs resolved', async () => {
    const post = await toPost(await loadFixture('jsonfeed-ar.json'), { url, id: 'https://florin.blog/?p=140' });
    expect(post.authors).to.deep.equal([
      { name: 'فريق فلورين', url: 'https://florin.blog/ar/about/', avatar: 'https://florin.blog/wp-content/uploads/team.png' },
    ]);
  });

  it('makes an excerpt and a word count from content_html when there is no summary', async () => {
    const post = await toPost(await loadFixture('jsonfeed-ar.json'), { url, id: 'https://florin.blog/?p=140' });
    expect(post.excerpt).to.equal('التراخيص أولًا، ثم التصدير.');
    expect(post.wordCount).to.equal(4);
    expect(post.readingTime).to.equal(1);
  });

  it('lets an item state its own language', async () => {
    const posts = (await toCollection(await loadFixture('jsonfeed-ar.json'), { url })).posts;
    expect(posts.map((post) => post.language)).to.deep.equal(['ar', 'ar', 'en']);
  });

  it('titles an untitled micro-post by its text and drops an item with neither title nor link', async () => {
    const posts = (await toCollection(await loadFixture('jsonfeed-ar.json'), { url })).posts;
    expect(posts.map((post) => post.id)).to.deep.equal(['https://florin.blog/?p=131', 'https://florin.blog/?p=140', 'micro-1']);
    expect(posts[2].title).to.equal('ملاحظة قصيرة بلا عنوان عن المناخ.');
  });

  it('titles an untitled item on its own by its text, like a list does (a micro-post)', async () => {
    const body = await loadFixture('jsonfeed-ar.json');
    const post = await toPost(body, { url, id: 'micro-1' });
    expect(post.title).to.equal('ملاحظة قصيرة بلا عنوان عن المناخ.');
    expect(post.url).to.equal('https://florin.blog/ar/micro/1/');
    // With neither text nor link there is nothing to title it with.
    const bare = { ...body, items: [{ id: 'bare' }] };
    expect((await rejected(toPost(bare, { url, id: 'bare' }))).code).to.equal('unsupported');
  });

  it('decodes character references in its plain-text fields (WordPress writes them), never tags', async () => {
    const body = await loadFixture('jsonfeed-ar.json');
    body.items[0] = { ...body.items[0], title: 'FCC Says &#8216;Jokes&#8217; &amp; <b>More</b>', summary: 'Q&amp;A &lt;b&gt;', tags: ['R&amp;D'] };
    const post = await toPost(body, { url, id: body.items[0].id });
    expect(post.title).to.equal('FCC Says ‘Jokes’ & <b>More</b>');
    expect(post.excerpt).to.equal('Q&A <b>');
    expect(post.terms[0].name).to.equal('R&D');
  });

  it('reads JSON Feed 1.0, whose author is a single object', async () => {
    const body = await loadFixture('jsonfeed-1.0.json');
    const [first, second] = (await toCollection(body, { url: 'https://florin.blog/feed-1.0.json' })).posts;
    expect(first.authors).to.deep.equal([{ name: 'Florin Popescu', url: 'https://florin.blog/author/florin/', avatar: undefined }]);
    expect(second.authors).to.deep.equal([
      { name: 'Admin', url: 'https://florin.blog/author/admin/', avatar: 'https://florin.blog/avatars/admin.png' },
    ]);
    expect(second.excerpt).to.equal('Packaging plants are cheaper to build & quicker to staff than fabs.');
  });

  it('picks an item by id, and throws not-found for an unknown one', async () => {
    const body = await loadFixture('jsonfeed-1.0.json');
    expect((await toPost(body, { url, id: '117' })).title).to.equal('Can India build a semiconductor industry? Why it starts with packaging, not fabs');
    expect((await rejected(toPost(body, { url, id: '404' }))).code).to.equal('not-found');
  });

  it('keeps markup in plain-text fields as text and drops unsafe URLs', async () => {
    const body = await loadFixture('jsonfeed-1.0.json');
    Object.assign(body.items[0], {
      title: '<img src=x onerror=alert(1)>Title',
      url: 'javascript:alert(1)',
      image: 'data:image/svg+xml,<svg onload=alert(1)>',
      banner_image: 'https://florin.blog/banner.jpg',
      tags: ['ok', 7, null, { name: 'x' }],
      date_published: 'yesterday',
      author: { name: ['Eve'], url: 'vbscript:x' },
    });
    const post = await toPost(body, { url });
    expect(post).to.deep.include({
      title: '<img src=x onerror=alert(1)>Title',
      url: undefined,
      image: { url: 'https://florin.blog/banner.jpg' },
      published: undefined,
      terms: [
        { name: 'ok', taxonomy: 'tag' },
        { name: '7', taxonomy: 'tag' },
      ],
    });
    // A nameless author is not shown; the feed's author stands in.
    expect(post.authors.map((author) => author.name)).to.deep.equal(['Admin']);
  });
});
