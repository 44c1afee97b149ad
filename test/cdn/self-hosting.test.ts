import { expect, waitUntil } from '@open-wc/testing';
import { api } from '../helpers.js';
import { cdnPage } from './cdn-page.js';

/**
 * A site that copies exactly the files the README's "Self-hosting" section names (the test server copies them
 * from dist/ into an empty directory, served at /self-hosted/) gets all four elements, in English and Arabic.
 */
const WAIT = { timeout: 8000 };

type Embed = HTMLElement & { state: string };

const BODY = `
  <post-card loading="eager" src="${api('wp-json/wp/v2/posts/42?_embed')}"></post-card>
  <related-posts loading="eager" endpoint="${api('wp-json')}" post-id="42"></related-posts>
  <source-citation loading="eager" href="https://www.bbc.com/news/articles/c86v52gv726o" publisher="BBC News"></source-citation>
  <oembed-preview loading="eager" url="https://polls.example/open-models" endpoint="${api('oembed/rich')}"></oembed-preview>`;

const strings = {
  en: { sources: 'Sources', related: 'Related posts', load: 'Load embed' },
  ar: { sources: 'المصادر', related: 'مقالات ذات صلة', load: 'تحميل المحتوى المضمَّن' },
};

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim();

for (const script of ['post-embeds.min.js', 'autoloader.min.js']) {
  for (const [lang, expected] of Object.entries(strings)) {
    it(`self-hosted ${script} renders all four elements in ${lang === 'ar' ? 'Arabic' : 'English'}`, async () => {
      const page = await cdnPage({ base: '/self-hosted/', scripts: [script], lang, dir: lang === 'ar' ? 'rtl' : 'ltr', body: BODY });
      const [card, related, citation, preview] = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'].map(
        (tag) => page.doc.querySelector(tag) as Embed,
      );
      for (const el of [card, related, citation, preview]) {
        await waitUntil(() => el.state === 'ready' || el.state === 'error', `<${el.localName}> settles`, WAIT);
        expect(el.state, el.localName).to.equal('ready');
      }
      expect(text(card, '[part~="title"]')).to.contain('Chinese open-source AI');
      await waitUntil(() => text(citation, '[part="heading"]') === expected.sources, `the heading in ${lang}`, WAIT);
      expect(text(related, '[part="heading"]')).to.equal(expected.related);
      expect(text(preview, '[part~="play"]')).to.equal(expected.load);

      // The frame's height reporter comes from assets/: the rich frame grows to its content.
      preview.shadowRoot!.querySelector<HTMLButtonElement>('[part~="play"]')!.click();
      await waitUntil(() => preview.shadowRoot!.querySelector('[part~="frame"]'), 'the frame', WAIT);
      const frame = preview.shadowRoot!.querySelector<HTMLIFrameElement>('[part~="frame"]')!;
      await waitUntil(() => Number(frame.height) > 200, `frame height still ${frame.height}`, WAIT);

      const files = page.win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((file) => !file.startsWith('/api/') && !file.startsWith('/test/'));
      expect(files.every((file) => file.startsWith('/self-hosted/')), files.join('\n')).to.equal(true);
      expect(page.win.recorded).to.deep.equal({ uncaught: [], warnings: [] });
      page.frame.remove();
    });
  }
}
