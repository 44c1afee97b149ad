/**
 * Florin.blog, the fixture site: a bilingual (Polylang: English and Arabic) WordPress blog.
 * Titles, names and URLs come from the real site; every description is written for the fixture.
 */

export const SITE = {
  name: 'Florin.blog',
  description: 'Notes on technology, nature, climate and the economy',
  url: 'https://florin.blog',
  languages: {
    en: { home: 'https://florin.blog/', feedTitle: 'Florin.blog' },
    ar: { home: 'https://florin.blog/ar/', feedTitle: 'Florin.blog — بالعربية' },
  },
};

/** Public permalink base of a language (Polylang puts Arabic under /ar/). */
export function languageBase(lang) {
  return lang === 'ar' ? `${SITE.url}/ar` : SITE.url;
}

/**
 * Authors. Daniel Okafor writes in both languages: his Latin name appears inside Arabic cards.
 * (Post 45's author, user 7, was deleted: WordPress then embeds an error object instead of a user.)
 */
export const USERS = [
  {
    id: 1,
    name: 'Admin',
    slug: 'admin',
    description: 'Runs Florin.blog and writes most of its technology and economy pieces.',
  },
  {
    id: 2,
    name: 'Daniel Okafor',
    slug: 'daniel-okafor',
    description: 'Science writer covering ecology, energy and the places where the two meet.',
  },
];

/**
 * Terms. Polylang keeps one term per language and links them as translations (`group`).
 * `parent` only exists on categories.
 */
export const CATEGORIES = [
  { id: 3, lang: 'en', group: 'technology', name: 'Technology', slug: 'technology' },
  { id: 4, lang: 'en', group: 'nature', name: 'Nature', slug: 'nature' },
  { id: 5, lang: 'en', group: 'climate', name: 'Climate', slug: 'climate' },
  { id: 6, lang: 'en', group: 'economy', name: 'Economy', slug: 'economy' },
  { id: 13, lang: 'ar', group: 'technology', name: 'تقنية', slug: 'technology-ar' },
  { id: 14, lang: 'ar', group: 'nature', name: 'طبيعة', slug: 'nature-ar' },
  { id: 15, lang: 'ar', group: 'climate', name: 'مناخ', slug: 'climate-ar' },
  { id: 16, lang: 'ar', group: 'economy', name: 'اقتصاد', slug: 'economy-ar' },
].map((term) => ({ ...term, taxonomy: 'category', description: '' }));

export const TAGS = [
  { id: 21, lang: 'en', group: 'open-source', name: 'Open source', slug: 'open-source' },
  { id: 22, lang: 'en', group: 'ai', name: 'AI', slug: 'ai' },
  { id: 23, lang: 'en', group: 'semiconductors', name: 'Semiconductors', slug: 'semiconductors' },
  { id: 24, lang: 'en', group: 'trade', name: 'Trade & supply chains', slug: 'trade' },
  { id: 25, lang: 'en', group: 'regulation', name: 'Regulation', slug: 'regulation' },
  { id: 26, lang: 'en', group: 'energy', name: 'Energy', slug: 'energy' },
  { id: 27, lang: 'en', group: 'wildlife', name: 'Wildlife', slug: 'wildlife' },
  { id: 28, lang: 'en', group: 'wetlands', name: 'Wetlands', slug: 'wetlands' },
  { id: 31, lang: 'ar', group: 'open-source', name: 'المصادر المفتوحة', slug: 'open-source-ar' },
  { id: 32, lang: 'ar', group: 'ai', name: 'الذكاء الاصطناعي', slug: 'ai-ar' },
  { id: 33, lang: 'ar', group: 'semiconductors', name: 'أشباه الموصلات', slug: 'semiconductors-ar' },
  { id: 34, lang: 'ar', group: 'trade', name: 'التجارة', slug: 'trade-ar' },
  { id: 35, lang: 'ar', group: 'wetlands', name: 'الأراضي الرطبة', slug: 'wetlands-ar' },
  { id: 36, lang: 'ar', group: 'deserts', name: 'الصحارى', slug: 'deserts-ar' },
].map((term) => ({ ...term, taxonomy: 'post_tag', description: '' }));

/**
 * Media library. Files are SVGs generated on request (see routes/images.mjs) at the size encoded in their
 * name. `detailsLost` reproduces attachments whose metadata WordPress could not read: `media_details: {}`.
 */
export const MEDIA = [
  {
    id: 203,
    post: 35,
    uploaded: '2025-03-18T07:58:00',
    file: '2025/03/peat-bog-morning.svg',
    width: 1600,
    height: 900,
    label: 'Peat bog',
    hue: 95,
    title: 'peat-bog-morning',
    alt: 'Mist over a wet peat bog at sunrise, with cotton grass in the foreground',
    detailsLost: true,
  },
  {
    id: 205,
    post: 37,
    uploaded: '2025-06-02T06:20:00',
    file: '2025/06/heat-pump-snow.svg',
    width: 1200,
    height: 800,
    label: 'Heat pump',
    hue: 200,
    title: 'heat-pump-snow',
    alt: 'An outdoor heat pump unit half covered in snow beside a red wooden house',
  },
  {
    id: 209,
    post: 41,
    uploaded: '2025-11-24T08:40:00',
    file: '2025/11/chip-packaging-line.svg',
    width: 1600,
    height: 900,
    label: 'Chip packaging',
    hue: 265,
    title: 'chip-packaging-line',
    alt: 'Technicians in clean-room suits inspecting trays of packaged chips',
  },
  {
    id: 212,
    post: 42,
    uploaded: '2025-12-03T07:30:00',
    file: '2025/12/open-models-network.svg',
    width: 1600,
    height: 900,
    label: 'Open models',
    hue: 330,
    title: 'open-models-network',
    alt: 'An abstract network of glowing nodes spreading across a dark map',
  },
  {
    id: 214,
    post: 43,
    uploaded: '2025-12-10T10:05:00',
    file: '2025/12/caribbean-port.svg',
    width: 1600,
    height: 900,
    label: 'Caribbean port',
    hue: 170,
    title: 'caribbean-port',
    alt: 'Shipping containers stacked on a quay with green hills behind the harbour',
  },
  {
    id: 216,
    post: 45,
    uploaded: '2026-02-09T11:50:00',
    file: '2026/02/ebike-battery.svg',
    width: 1500,
    height: 1000,
    label: 'E-bike battery',
    hue: 40,
    title: 'ebike-battery',
    alt: 'A removable e-bike battery pack lying on a workshop bench',
  },
  {
    id: 218,
    post: 54,
    uploaded: '2026-01-21T09:10:00',
    file: '2026/01/desert-bloom.svg',
    width: 1600,
    height: 900,
    label: 'Desert bloom',
    hue: 20,
    title: 'desert-bloom',
    alt: 'Purple and yellow wildflowers covering desert sand after rain',
  },
];
