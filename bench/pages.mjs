// The pages `npm run bench` loads. Every variant of a scenario shares the page's own CSS and layout, so the
// figures compare the elements with their peers and nothing else.

/** The 12 posts of the fixture blog; 100 cards cycle through them. */
export const POST_IDS = [42, 41, 43, 35, 37, 39, 45, 52, 51, 53, 50, 54];
export const CARDS = 100;
export const PREVIEWS = 20;
/** The video every preview shows: the fixture provider's, at 480×270. */
export const VIDEO_SLUG = 'open-models-explainer';

const head = (title, extra = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; }
  header { padding: 24px; }
  main { display: grid; gap: 16px; padding: 0 24px 24px; max-width: 1000px; }
  main.cards { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  main.previews { grid-template-columns: minmax(0, 560px); }
</style>${extra}</head>`;

const intro = '<header><h1>Bench page</h1><p>A paragraph above the items, as on a real page.</p></header>';

/**
 * The bundle's script tag. Module scripts run after the first paint, which shows the light-DOM fallbacks
 * before the elements reserve their boxes; `blocking="render"` (Chromium) runs it before the first paint.
 */
const bundle = (blocking) =>
  `<script type="module" src="/dist/post-embeds.min.js"${blocking ? ' blocking="render"' : ''}></script>`;

/** 100 `<post-card>`s by id on one WordPress endpoint, each with its light-DOM fallback link. */
export function cardsPage({ scope, loading = 'lazy', blocking = true }) {
  const cards = Array.from({ length: CARDS }, (_, index) => {
    const id = POST_IDS[index % POST_IDS.length];
    return `<post-card post-id="${id}" loading="${loading}" data-bench-item="element"><a href="/?p=${id}">Post ${id}</a></post-card>`;
  });
  return `${head('100 cards', `<meta name="post-embeds:endpoint" content="/api/~${scope}/wp-json">${bundle(blocking)}`)}
<body data-expected="${CARDS}">${intro}<main class="cards">${cards.join('\n')}</main></body></html>`;
}

/** The same cards as static HTML: their rendered shadow DOM as declarative shadow roots, one shared stylesheet. */
export function staticCardsPage(cardsHtml) {
  return `${head('100 static cards')}<body data-expected="${CARDS}">${intro}<main class="cards">${cardsHtml}</main></body></html>`;
}

/**
 * 20 video previews: our element (`deferred`: its script not render-blocking), plain iframes (what the
 * provider's oEmbed html is) or lite-youtube-embed.
 */
export function previewsPage({ variant, scope, thirdParty }) {
  const items = Array.from({ length: PREVIEWS }, (_, index) => {
    const page = `https://www.youtube.com/watch?v=bench${index}`;
    switch (variant) {
      case 'elements':
      case 'deferred':
        // The endpoint stands where a self-hosted proxy would: on the page's origin.
        return `<oembed-preview url="${page}" endpoint="/api/~${scope}/oembed/video" data-bench-item="element"><a href="${page}">Video ${index}</a></oembed-preview>`;
      case 'iframes':
        return `<iframe data-bench-item width="480" height="270" src="${thirdParty}/api/~${scope}/oembed/player/${VIDEO_SLUG}?v=${index}"
          title="Video ${index}" frameborder="0" allowfullscreen></iframe>`;
      default:
        return `<lite-youtube data-bench-item videoid="bench${String(index).padStart(7, '0')}" playlabel="Play video ${index}"></lite-youtube>`;
    }
  });
  const assets = {
    elements: bundle(true),
    deferred: bundle(false),
    iframes: '',
    lite: '<link rel="stylesheet" href="/peer/lite-yt-embed.css"><script src="/peer/lite-yt-embed.js"></script>',
  }[variant];
  return `${head('20 video previews', assets)}<body data-expected="${PREVIEWS}">${intro}<main class="previews">${items.join('\n')}</main></body></html>`;
}

/** An empty page with the bundle: the connect/disconnect cycles run in it. */
export const cyclesPage = () =>
  `${head('cycles', '<script type="module" src="/dist/post-embeds.min.js"></script>')}<body><main></main></body></html>`;
