// One page per element and language: /elements/{tag}/ in English, /ar/elements/{tag}/ in Arabic.
import site from './site.mjs';
import pages from './pages.mjs';

const path = (tag, lang) => `${lang === 'ar' ? 'ar/' : ''}elements/${tag}/`;

export default site.tags.flatMap((tag) =>
  ['en', 'ar'].map((lang) => ({
    tag,
    lang,
    title: `<${tag}> · ${pages[tag].title[lang]}`,
    permalink: `/${path(tag, lang)}index.html`,
    otherUrl: `${site.base}${path(tag, lang === 'en' ? 'ar' : 'en')}`,
  })),
);
