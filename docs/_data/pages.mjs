// What each element page says beyond its API tables: the purpose, in English and Arabic, and live examples
// fed by the demo's fixture API (/api/) and proxy (/proxy/). `expect` is the state an example settles in
// (the site check waits for it); most reach `ready`.
const card = (attrs, fallback = '') => `<post-card ${attrs}>${fallback}</post-card>`;

export default {
  'post-card': {
    title: { en: 'Post card', ar: 'بطاقة تدوينة' },
    purpose: {
      en: 'One post as a card: image, title linking to the post, excerpt, author, date, terms and reading time. Give it a WordPress site and a post id or slug, a JSON Feed, an RSS or Atom feed, a Ghost post or the normalized model itself.',
      ar: 'تدوينة واحدة في بطاقة: الصورة، والعنوان مرتبطًا بالتدوينة، والمقتطف، والكاتب، والتاريخ، والتصنيفات، ومدة القراءة. يكفي أن تعطيه موقع ووردبريس ورقم التدوينة أو اسمها اللطيف، أو موجز JSON، أو تدوينة Ghost.',
    },
    examples: {
      en: [
        { caption: 'Vertical (default), a WordPress post by id', html: card('post-id="42" loading="eager"', '\n  <a href="https://florin.blog/chinese-open-source-ai-models-cheap-deployable/">Are Chinese open-source AI models ‘winning’?</a>\n') },
        { caption: 'Horizontal', html: card('post-id="43" layout="horizontal" loading="eager"') },
        { caption: 'Compact, by slug', html: card('slug="why-peatlands-matter-for-the-climate" layout="compact" loading="eager"') },
        { caption: 'A JSON Feed item', html: card('src="/api/feed.json" loading="eager"') },
        { caption: 'The latest post of an RSS feed (WordPress’s /feed/)', html: card('src="/api/feed/" layout="horizontal" loading="eager"') },
        { caption: 'A Ghost post', html: card('src="/api/ghost/content/posts/slug/urban-foxes-and-the-city/" loading="eager"') },
        { caption: 'Right to left: an Arabic post in an RTL block', attrs: 'dir="rtl" lang="ar"', html: card('post-id="52" layout="horizontal" loading="eager"') },
        { caption: 'On a dark page', attrs: 'class="scheme-dark"', html: card('post-id="41" loading="eager"') },
        { caption: 'Error state, with its fallback link and a retry button', expect: 'error', html: card('src="/api/faults/status/404" loading="eager"', '\n  <a href="https://florin.blog/">Florin.blog</a>\n') },
      ],
      ar: [
        { caption: 'عمودي (الافتراضي)', html: card('post-id="52" loading="eager"') },
        { caption: 'أفقي', html: card('post-id="53" layout="horizontal" loading="eager"') },
        { caption: 'مضغوط', html: card('post-id="51" layout="compact" loading="eager"') },
        { caption: 'عنصر من موجز JSON عربي', html: card('src="/api/ar/feed.json" loading="eager"') },
        { caption: 'تدوينة إنجليزية في صفحة عربية', attrs: 'dir="ltr" lang="en"', html: card('post-id="42" layout="horizontal" loading="eager"') },
        { caption: 'على صفحة داكنة', attrs: 'class="scheme-dark"', html: card('post-id="54" loading="eager"') },
        { caption: 'حالة الخطأ', expect: 'error', html: card('src="/api/faults/status/404" loading="eager"', '\n  <a href="https://florin.blog/">Florin.blog</a>\n') },
      ],
    },
  },
  'related-posts': {
    title: { en: 'Related posts', ar: 'تدوينات ذات صلة' },
    purpose: {
      en: 'A list of posts related to one post (sharing its categories or tags, or Jetpack’s related posts), or the previous/next pair. Reads WordPress, YARPP, JSON Feed, RSS, Atom and Ghost collections.',
      ar: 'قائمة بالتدوينات المتصلة بتدوينة ما (تشاركها التصنيفات أو الوسوم، أو التدوينات ذات الصلة من Jetpack)، أو زوج السابقة والتالية. تقرأ مجموعات ووردبريس وYARPP وموجز JSON وGhost.',
    },
    examples: {
      en: [
        { caption: 'List (default), from the post’s categories and tags', html: '<related-posts post-id="42" loading="eager"></related-posts>' },
        { caption: 'Grid of three', html: '<related-posts post-id="42" layout="grid" limit="3" loading="eager"></related-posts>' },
        { caption: 'Previous and next', html: '<related-posts post-id="42" layout="adjacent" loading="eager"></related-posts>' },
        { caption: 'A JSON Feed, with a heading of your own', html: '<related-posts src="/api/feed.json" limit="2" heading="From the feed" loading="eager"></related-posts>' },
        { caption: 'An Atom feed’s latest entries', html: '<related-posts src="/api/feed/atom/" limit="3" heading="Latest" loading="eager"></related-posts>' },
        { caption: 'Right to left: an Arabic post’s related posts', attrs: 'dir="rtl" lang="ar"', html: '<related-posts post-id="52" layout="grid" limit="2" loading="eager"></related-posts>' },
        { caption: 'On a dark page', attrs: 'class="scheme-dark"', html: '<related-posts post-id="43" layout="grid" limit="2" loading="eager"></related-posts>' },
      ],
      ar: [
        { caption: 'قائمة (الافتراضي)', html: '<related-posts post-id="52" loading="eager"></related-posts>' },
        { caption: 'شبكة', html: '<related-posts post-id="52" layout="grid" limit="3" loading="eager"></related-posts>' },
        { caption: 'السابقة والتالية: الأسهم معكوسة', html: '<related-posts post-id="52" layout="adjacent" loading="eager"></related-posts>' },
        { caption: 'على صفحة داكنة', attrs: 'class="scheme-dark"', html: '<related-posts post-id="53" layout="grid" limit="2" loading="eager"></related-posts>' },
      ],
    },
  },
  'source-citation': {
    title: { en: 'Source citation', ar: 'المصادر' },
    purpose: {
      en: 'A “Sources” block: one or more cited sources formatted in plain, APA, MLA or Chicago style, each copyable, the list exportable to BibTeX, RIS and CSL-JSON. Sources come from attributes, from the links inside it, or from CSL-JSON.',
      ar: 'كتلة «المصادر»: مصدر أو أكثر منسقة بأسلوب بسيط أو APA أو MLA أو شيكاغو، ولكل مصدر زر نسخ، ويمكن تصدير القائمة إلى BibTeX وRIS وCSL-JSON.',
    },
    examples: {
      en: [
        { caption: 'One source from attributes (plain style)', html: '<source-citation endpoint="/api" href="https://www.bbc.com/news/articles/c86v52gv726o" publisher="BBC News" section="Technology" loading="eager"></source-citation>' },
        { caption: 'Links inside, in APA style', html: '<source-citation endpoint="/api" citation-style="apa" loading="eager">\n  <a href="https://www.bbc.com/news/articles/c86v52gv726o" data-publisher="BBC News" data-section="Technology" data-published="2026-03-04">Are Chinese open-source AI models winning?</a>\n  <a href="https://florin.blog/chinese-open-source-ai-models-cheap-deployable/" data-publisher="Florin.blog" data-accessed="2026-03-05">Florin.blog</a>\n</source-citation>' },
        { caption: 'Chicago style, right to left', attrs: 'dir="rtl" lang="ar"', html: '<source-citation endpoint="/api" citation-style="chicago" href="https://www.bbc.com/news/articles/c86v52gv726o" publisher="BBC News" headline="Are Chinese open-source AI models winning?" published="2026-03-04" loading="eager"></source-citation>' },
        { caption: 'On a dark page, MLA', attrs: 'class="scheme-dark"', html: '<source-citation endpoint="/api" citation-style="mla" href="https://www.bbc.com/news/articles/c86v52gv726o" publisher="BBC News" headline="Are Chinese open-source AI models winning?" published="2026-03-04" loading="eager"></source-citation>' },
      ],
      ar: [
        { caption: 'مصدر واحد من السمات', html: '<source-citation endpoint="/api" href="https://www.bbc.com/news/articles/c86v52gv726o" publisher="BBC News" section="Technology" loading="eager"></source-citation>' },
        { caption: 'روابط داخل العنصر بأسلوب APA', html: '<source-citation endpoint="/api" citation-style="apa" loading="eager">\n  <a href="https://www.bbc.com/news/articles/c86v52gv726o" data-publisher="BBC News" data-published="2026-03-04">هل تفوز نماذج الذكاء الاصطناعي الصينية؟</a>\n</source-citation>' },
        { caption: 'على صفحة داكنة', attrs: 'class="scheme-dark"', html: '<source-citation endpoint="/api" citation-style="mla" href="https://www.bbc.com/news/articles/c86v52gv726o" publisher="BBC News" headline="Are Chinese open-source AI models winning?" published="2026-03-04" loading="eager"></source-citation>' },
      ],
    },
  },
  'oembed-preview': {
    title: { en: 'oEmbed preview', ar: 'معاينة oEmbed' },
    purpose: {
      en: 'An oEmbed preview of a URL: a photo, a video or rich embed behind a click-to-load facade (nothing from the provider loads before the click), or a link card. Third-party HTML runs only in a sandboxed frame.',
      ar: 'معاينة oEmbed لرابط: صورة، أو فيديو أو محتوى غني خلف واجهة لا تحمّل شيئًا من المزوّد قبل النقر، أو بطاقة رابط. لا تعمل شيفرة الطرف الثالث إلا داخل إطار معزول.',
    },
    examples: {
      en: [
        { caption: 'Video, behind a facade', html: '<oembed-preview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" loading="eager"></oembed-preview>' },
        { caption: 'Photo', html: '<oembed-preview url="https://photos.example/peat-bog" endpoint="/api/oembed/photo" maxwidth="640" loading="eager"></oembed-preview>' },
        { caption: 'Rich (a poll in a sandboxed frame, after the click)', html: '<oembed-preview url="https://polls.example/open-models" endpoint="/api/oembed/rich" loading="eager"></oembed-preview>' },
        { caption: 'Link card', html: '<oembed-preview url="https://florin.blog/category/technology/" endpoint="/api/oembed/link" loading="eager"></oembed-preview>' },
        { caption: 'A WordPress post embed, right to left', attrs: 'dir="rtl" lang="ar"', html: '<oembed-preview url="https://florin.blog/why-peatlands-matter-for-the-climate/" endpoint="/api/wp-json/oembed/1.0/embed" loading="eager"></oembed-preview>' },
        { caption: 'On a dark page', attrs: 'class="scheme-dark"', html: '<oembed-preview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" loading="eager"></oembed-preview>' },
      ],
      ar: [
        { caption: 'فيديو خلف واجهة', html: '<oembed-preview url="https://video.example/watch/open-models-explainer" endpoint="/api/oembed/video" loading="eager"></oembed-preview>' },
        { caption: 'صورة', html: '<oembed-preview url="https://photos.example/peat-bog" endpoint="/api/oembed/photo" maxwidth="640" loading="eager"></oembed-preview>' },
        { caption: 'بطاقة رابط', html: '<oembed-preview url="https://florin.blog/category/technology/" endpoint="/api/oembed/link" loading="eager"></oembed-preview>' },
        { caption: 'على صفحة داكنة', attrs: 'class="scheme-dark"', html: '<oembed-preview url="https://photos.example/peat-bog" endpoint="/api/oembed/photo" maxwidth="640" loading="eager"></oembed-preview>' },
      ],
    },
  },
};
