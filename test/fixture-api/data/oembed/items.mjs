/**
 * oEmbed fixture responses (see routes/oembed.mjs). Providers are fictional, on reserved `.example`
 * domains, and every text is written for the fixture. `{api}` is replaced by the request's API base URL,
 * so images and players resolve to this server and no test ever reaches the internet.
 */

/** The video player page: a plain iframe, NOT on the library's allow-list, so it runs in the sandbox. */
const player = (slug, title, width, height) =>
  `<iframe width="${width}" height="${height}" src="{api}/oembed/player/${slug}" frameborder="0" ` +
  `allow="autoplay; fullscreen; picture-in-picture" allowfullscreen title="${title}"></iframe>`;

/** A reader poll whose script builds its own options, so its height grows after load. */
const POLL_HTML = `<div class="poll" data-poll="open-models">
<style>.poll{font:15px/1.4 system-ui,sans-serif;border:1px solid #ccd;border-radius:8px;padding:12px}.poll button{display:block;width:100%;margin:6px 0;padding:8px;text-align:start}</style>
<p class="poll-question">Reader poll: which open-weight model family does your team run in production?</p>
<div class="poll-options"></div>
</div>
<script>
(function () {
  var options = ['Qwen', 'DeepSeek', 'Llama', 'Mistral', 'Something else'];
  var box = document.querySelector('.poll-options');
  options.forEach(function (label) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', function () {
      box.textContent = 'Thanks! You picked ' + label + '.';
    });
    box.appendChild(button);
  });
})();
</script>`;

/**
 * Markup that tries everything a third-party embed must not be able to do, then tells the page what it
 * managed (`{ type: 'post-embeds-fixture:hostile', results }`, posted to `parent`), so element tests can check
 * each attempt failed. Also forges height messages: a wrong secret, no secret, and an absurd height.
 */
const HOSTILE_HTML = `<p>Nothing to see here.</p>
<script>
(function () {
  function attempt(action) {
    try { return String(action()); } catch (error) { return 'blocked: ' + error.name; }
  }
  var results = {
    parentWrite: attempt(function () { parent.x = 1; return 'wrote parent.x'; }),
    topDocument: attempt(function () { return 'read top.document: ' + top.document.title; }),
    cookie: attempt(function () { return 'read cookie: ' + document.cookie; }),
    localStorage: attempt(function () { return 'read storage: ' + localStorage.length; }),
    secretInDom: attempt(function () { return String(document.querySelector('[data-secret]') !== null); })
  };
  parent.postMessage({ type: 'post-embeds:height', secret: '0123456789abcdef0123456789abcdef', height: 1e9 }, '*');
  parent.postMessage({ type: 'post-embeds:height', height: 1e9 }, '*');
  parent.postMessage({ type: 'post-embeds:height', secret: null, height: 1e9 }, '*');
  results.topNavigation = attempt(function () { top.location = '{api}/oembed/hostile-navigation'; return 'navigated top'; });
  parent.postMessage({ type: 'post-embeds-fixture:hostile', results: results }, '*');
})();
</script>`;

/** The valid responses, by route name. */
export const OEMBED_ITEMS = {
  photo: {
    version: '1.0',
    type: 'photo',
    title: 'Morning mist over a raised peat bog',
    author_name: 'Daniel Okafor',
    author_url: 'https://photos.example/daniel-okafor/',
    provider_name: 'Lumen Photos',
    provider_url: 'https://photos.example/',
    cache_age: 86400,
    // Sized by the route (maxwidth/maxheight), like the thumbnail.
    image: { file: '2025/03/peat-bog-morning.svg', width: 1600, height: 900 },
  },
  video: {
    version: '1.0',
    type: 'video',
    title: 'Open models in production: a ten-minute explainer',
    author_name: 'Admin',
    author_url: 'https://video.example/channel/florin-blog',
    provider_name: 'Streamline Video',
    provider_url: 'https://video.example/',
    thumbnail: { file: '2025/12/open-models-network.svg', width: 480, height: 270 },
    size: { width: 480, height: 270 },
    html: ({ width, height }) => player('open-models-explainer', 'Open models in production: a ten-minute explainer', width, height),
  },
  rich: {
    version: '1.0',
    type: 'rich',
    title: 'Reader poll: open-weight models in production',
    provider_name: 'Pollster',
    provider_url: 'https://polls.example/',
    size: { width: 500, height: 120 },
    html: () => POLL_HTML,
  },
  hostile: {
    version: '1.0',
    type: 'rich',
    // Markup and script URLs in every text and URL field: text must stay text, URLs must be dropped.
    title: '<img src=x onerror="parent.x=1">A perfectly normal embed',
    author_name: '<script>parent.x = 1</script>Mallory',
    author_url: 'javascript:parent.x=1',
    provider_name: 'Hostile <b>Embeds</b>',
    provider_url: 'data:text/html,<script>parent.x=1</script>',
    thumbnail_url: 'javascript:parent.x=1//.png',
    thumbnail_width: 320,
    thumbnail_height: 180,
    size: { width: 400, height: 150 },
    html: () => HOSTILE_HTML,
  },
  link: {
    version: '1.0',
    type: 'link',
    title: 'Technology – Florin.blog',
    author_name: 'Admin',
    author_url: 'https://florin.blog/author/admin/',
    provider_name: 'Florin.blog',
    provider_url: 'https://florin.blog',
    cache_age: 3600,
  },
};

/**
 * Responses that break one rule of oEmbed 1.0 (or bend one that consumers should tolerate), by variant
 * name. Served as JSON or XML like the valid ones.
 */
export const OEMBED_VARIANTS = {
  'photo-without-url': { version: '1.0', type: 'photo', title: 'A photo with no image', width: 640, height: 480 },
  'photo-javascript-url': { version: '1.0', type: 'photo', title: 'A script, not a photo', url: 'javascript:parent.x=1', width: 640, height: 480 },
  'video-without-html': { version: '1.0', type: 'video', title: 'A player with no markup', width: 480, height: 270 },
  'without-type': { version: '1.0', title: 'No type at all', width: 480, height: 270 },
  'unknown-type': { version: '1.0', type: 'gallery', title: 'A type oEmbed does not define' },
  'version-2': { version: '2.0', type: 'link', title: 'From a future version' },
  // Accepted: every field its type requires is there.
  // Sizes left out, as X, SoundCloud and Reddit do: consumers keep the embed (issue 10).
  'rich-without-size': { version: '1.0', type: 'rich', title: 'Markup with no size', html: '<p>Hello</p>' },
  // X's answer: no title, a width and a null height; SoundCloud's: width "100%" and a height; TikTok's: "100%" twice.
  'post-without-title': {
    version: '1.0',
    type: 'rich',
    author_name: 'Pepephone',
    provider_name: 'Twitter',
    width: 550,
    height: null,
    html: '<blockquote><p>A post with no title</p></blockquote>',
  },
  'rich-height-only': { version: '1.0', type: 'rich', title: 'A player 400 px high', width: '100%', height: 400, html: '<p>Player</p>' },
  'video-without-size': {
    version: '1.0',
    type: 'video',
    title: 'A vertical video',
    width: '100%',
    height: '100%',
    thumbnail_url: '{api}/uploads/2025/03/peat-bog-morning-576x1024.svg',
    thumbnail_width: 576,
    thumbnail_height: 1024,
    html: '<blockquote><p>A vertical video</p></blockquote>',
  },
  'photo-without-size': { version: '1.0', type: 'photo', title: 'A photo without sizes', url: '{api}/uploads/2025/03/peat-bog-morning-320x180.svg' },
  'without-version': { type: 'link', title: 'A link without a version', provider_name: 'Florin.blog' },
  'string-numbers': {
    version: '1.0',
    type: 'video',
    title: 'Dimensions written as strings',
    width: '480',
    height: '270',
    cache_age: '3600',
    html: '<iframe src="{api}/oembed/player/open-models-explainer" width="480" height="270"></iframe>',
    thumbnail_url: '{api}/uploads/2025/12/open-models-network-480x270.svg',
    thumbnail_width: '480',
    thumbnail_height: '270',
  },
  'partial-thumbnail': {
    version: '1.0',
    type: 'link',
    title: 'A thumbnail without its height',
    thumbnail_url: '{api}/uploads/2025/12/open-models-network-480x270.svg',
    thumbnail_width: 480,
  },
};

/** Billion laughs: nine levels of entities that would expand to a gigabyte of text. */
export const ENTITY_BOMB_XML = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE oembed [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<oembed><version>1.0</version><type>link</type><title>&lol9;</title></oembed>
`;

/** An external entity that would read a local file into the title. */
export const EXTERNAL_ENTITY_XML = `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE oembed [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<oembed><version>1.0</version><type>link</type><title>&secret;</title></oembed>
`;

/** Bodies cut off mid-way, with the right content type. */
export const MALFORMED = {
  json: '{"version":"1.0","type":"video","title":"Cut short","width":480,"height":270,"html":"<iframe src=',
  xml: '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<oembed><version>1.0</version><type>photo</type><title>Cut short</ti',
};
