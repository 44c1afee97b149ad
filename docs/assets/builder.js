// The embed-code builder: form values → one element's attributes → a live preview (built with DOM calls, so the
// page's Trusted Types policy is never involved) and the HTML to copy.
//
// An address is read as what it is: a WordPress REST root, a JSON Feed, a Ghost Content API URL, or a page. A
// page is looked up once typing stops (the previous look-up aborted): a WordPress page names its REST API
// (`Link: <…>; rel="https://api.w.org/"`, or the same `<link>` in its head, `?rest_route=/` without pretty
// permalinks) and its post's own route; any other page is tried as an oEmbed page, then as a plain page, through
// the proxy. The preview uses the addresses this server reaches; the HTML to copy, the public ones they stand for.
const form = document.getElementById('builder');
const preview = document.getElementById('builder-preview');
const code = document.getElementById('builder-code');
const status = document.getElementById('builder-status');

/** Public site → the local path standing in for it here (`https://florin.blog/` → `/api/`). */
const previewSites = Object.entries(JSON.parse(form.dataset.previewSites ?? '{}'));
const proxy = form.dataset.proxy ?? '/proxy';
const publicProxy = form.dataset.publicProxy ?? 'https://proxy.example';
/** Typing in a text field waits this long for the next key before anything is requested. */
const TYPING_PAUSE_MS = 400;

const isWordPressRoot = (address) => /\/wp-json\/?$|[?&]rest_route=\/?$/.test(address);
const isGhost = (address) => /\/ghost\/(api\/)?content\//.test(address);
const isFeed = (address) => /\.json(\?|$)|\/feed\/json\/?$/.test(address);

/** What an address is before anything is fetched. */
function kindOf(address) {
  if (!address) return 'empty';
  if (isWordPressRoot(address)) return 'wordpress-root';
  if (isGhost(address)) return 'ghost';
  if (isFeed(address)) return 'feed';
  try {
    return /^https?:$/.test(new URL(address, location.href).protocol) ? 'page' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** The address to fetch here for a public one (a stand-in site's path, else the address itself). */
function toPreview(address) {
  for (const [site, local] of previewSites) if (address.startsWith(site)) return local + address.slice(site.length);
  return address;
}

/** The public address for one only this server reaches: a stand-in's site, the public proxy placeholder. */
function toPublic(address) {
  const local = address.startsWith(location.origin) ? address.slice(location.origin.length) : address;
  if (local === proxy || local.startsWith(`${proxy}/`)) return publicProxy + local.slice(proxy.length);
  // The fixture API's oEmbed providers and metadata (`/api/oembed/video`, `/api`): a proxy does this on a real site.
  if (/^\/api\/oembed\//.test(local)) return `${publicProxy}/oembed`;
  if (local === '/api' || local === '/api/') return publicProxy;
  for (const [site, path] of previewSites) if (local.startsWith(path)) return site + local.slice(path.length);
  return address;
}

/** `rel` → href of the links in an HTTP `Link` header. */
function linkHeader(value, base) {
  const links = [];
  for (const part of (value ?? '').split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (!match) continue;
    const rel = /;\s*rel="?([^";]+)"?/.exec(match[2])?.[1];
    const type = /;\s*type="?([^";]+)"?/.exec(match[2])?.[1];
    links.push({ href: new URL(match[1], base).href, rel, type });
  }
  return links;
}

/**
 * The `<link>` elements of an HTML document's head, read as text: parsing it as a document would need a Trusted
 * Types policy (the page requires one for HTML), and only three attributes are wanted.
 */
function linkElements(html, base) {
  const head = html.split(/<\/head>|<body[\s>]/i)[0];
  const attribute = (tag, name) => {
    const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
    const value = match?.[1] ?? match?.[2] ?? match?.[3];
    return value?.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#0?39;/g, "'");
  };
  return [...head.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => ({ href: attribute(tag, 'href'), rel: attribute(tag, 'rel'), type: attribute(tag, 'type') }))
    .filter((link) => link.href && link.rel)
    .map((link) => ({ ...link, href: new URL(link.href, base).href }));
}

/** The post a WordPress REST route names (`…/wp/v2/posts/42`, or `?rest_route=/wp/v2/posts/42`). */
const postIdOf = (href) => /\/wp\/v2\/posts\/(\d+)(?:[/?&#]|$)/.exec(decodeURIComponent(href ?? ''))?.[1];

/**
 * What a page is, found by fetching it (same origin, or a stand-in) or by asking the proxy. Resolves to
 * `{ kind: 'wordpress-post', endpoint, postId?, slug? }`, `{ kind: 'feed' | 'ghost' | 'wordpress-root' }`,
 * `{ kind: 'oembed' }`, `{ kind: 'page' }` or `{ kind: 'unreachable' }`.
 */
async function discover(address, signal) {
  const url = new URL(toPreview(address), location.href);
  if (url.origin === location.origin) {
    const response = await fetch(url, { signal, headers: { Accept: 'text/html, application/json;q=0.9' } });
    if (!response.ok) return { kind: 'unreachable', status: response.status };
    const type = response.headers.get('content-type') ?? '';
    if (/json/.test(type)) {
      const body = await response.json();
      if (/jsonfeed\.org/.test(body.version ?? '')) return { kind: 'feed' };
      if (Array.isArray(body.posts)) return { kind: 'ghost' };
      if (Array.isArray(body.namespaces)) return { kind: 'wordpress-root' };
      if (body.type && body.version) return { kind: 'oembed' };
      return { kind: 'unreachable' };
    }
    const links = [...linkHeader(response.headers.get('link'), url), ...linkElements(await response.text(), url)];
    const api = links.find((link) => link.rel === 'https://api.w.org/');
    if (api) {
      const postId = postIdOf(links.find((link) => link.rel === 'alternate' && link.type === 'application/json')?.href) ?? url.searchParams.get('p') ?? undefined;
      const slug = postId ? undefined : url.pathname.split('/').filter(Boolean).pop();
      return { kind: 'wordpress-post', endpoint: api.href, postId, slug };
    }
    if (links.some((link) => link.type === 'application/json+oembed')) return { kind: 'oembed' };
    return { kind: 'page' };
  }
  // Another origin: only the proxy may fetch it (the page's CSP allows this origin alone).
  const ask = (route) => fetch(`${proxy}/${route}?url=${encodeURIComponent(url.href)}`, { signal });
  if ((await ask('oembed')).ok) return { kind: 'oembed' };
  if ((await ask('meta')).ok) return { kind: 'page' };
  return { kind: 'unreachable' };
}

const DESCRIBE = {
  'wordpress-post': (found) => `A WordPress post (${found.postId ? `id ${found.postId}` : `slug “${found.slug}”`}), found through the page’s link to its REST API.`,
  'wordpress-root': () => 'A WordPress REST API root, and the post id or slug below.',
  feed: () => 'A JSON Feed: its first item, or the item whose id you give.',
  ghost: () => 'A Ghost Content API address.',
  oembed: () => 'A page with an oEmbed embed: shown with <oembed-preview>.',
  page: () => 'A page without a post or an embed: cited with <source-citation>.',
  unreachable: () => 'The preview cannot reach this page (neither this server nor its proxy fetches it). The HTML below still works on your site if the address is a WordPress REST root or a feed.',
  invalid: () => 'Not a web address.',
  empty: () => '',
};

/** Attributes for the preview and for the HTML to copy, in the order they read best. */
function attributesFor(values, found) {
  const { element, address, post, endpoint } = values;
  const preview = [];
  const copy = [];
  const add = (name, value, publicValue = value) => {
    if (value === '' || value === undefined) return;
    preview.push([name, String(value)]);
    copy.push([name, String(publicValue)]);
  };
  if (element === 'post-card' || element === 'related-posts') {
    const idOrSlug = (value) => (/^\d+$/.test(value) ? 'post-id' : 'slug');
    if (found?.kind === 'wordpress-post') {
      add('endpoint', found.endpoint, toPublic(found.endpoint));
      if (post) add(idOrSlug(post), post);
      else if (found.slug) add('slug', found.slug);
    } else if (isWordPressRoot(address)) {
      add('endpoint', toPreview(address), toPublic(address));
      if (post) add(idOrSlug(post), post);
    } else {
      add('src', toPreview(address), address);
      if (element === 'post-card') add('post-id', post);
    }
    if (element === 'post-card' && values.cardLayout !== 'vertical') add('layout', values.cardLayout);
    if (element === 'related-posts') {
      if (values.listLayout !== 'list') add('layout', values.listLayout);
      if (values.limit !== '3') add('limit', values.limit);
    }
  } else if (element === 'oembed-preview') {
    add('url', address);
    add('endpoint', endpoint, toPublic(endpoint));
  } else {
    const base = endpoint.replace(/\/oembed\/?$/, '');
    add('href', address);
    add('endpoint', base, toPublic(base));
    if (values.citationStyle !== 'plain') add('citation-style', values.citationStyle);
  }
  add('dir', values.dir);
  return { preview, copy };
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Shows the group of controls of the chosen element (hidden ones are disabled, so left out of the form data). */
function showControls() {
  const chosen = form.elements.element.value;
  for (const group of form.querySelectorAll('[data-for]')) {
    const shown = group.dataset.for.split(' ').includes(chosen);
    group.hidden = !shown;
    for (const control of group.querySelectorAll('input, select')) control.disabled = !shown;
  }
}

let shownKey;
let found;
/** The address `found` describes: a look-up is only reused for the same address. */
let foundFor;
let lookup;

/** Renders the preview and the code for the form as it is now (the element only when its attributes changed). */
function render() {
  showControls();
  const values = Object.fromEntries(new FormData(form));
  const attrs = attributesFor(values, foundFor === values.address ? found : undefined);
  const key = JSON.stringify([values.element, attrs.preview]);
  if (key !== shownKey) {
    shownKey = key;
    const element = document.createElement(values.element);
    for (const [name, value] of attrs.preview) element.setAttribute(name, value);
    element.setAttribute('loading', 'eager');
    preview.replaceChildren(element);
  }
  preview.style.colorScheme = values.scheme || '';
  preview.dataset.scheme = values.scheme;
  preview.dataset.element = values.element;
  const attributeText = attrs.copy.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  code.textContent = `<${values.element}${attributeText}></${values.element}>`;
}

/** Looks the address up when it needs it (a page for a post element), then renders. */
async function update() {
  lookup?.abort();
  const { element, address } = form.elements;
  const kind = kindOf(address.value);
  const wantsPost = element.value === 'post-card' || element.value === 'related-posts';
  if (!wantsPost || kind !== 'page' || foundFor === address.value) {
    if (foundFor !== address.value) status.textContent = wantsPost ? DESCRIBE[kind]?.({}) ?? '' : '';
    render();
    return;
  }
  const controller = new AbortController();
  lookup = controller;
  status.textContent = 'Looking the page up…';
  let result;
  try {
    result = await discover(address.value, controller.signal);
  } catch (error) {
    if (controller.signal.aborted) return;
    result = { kind: 'unreachable' };
  }
  if (controller.signal.aborted) return;
  found = result;
  foundFor = address.value;
  status.textContent = DESCRIBE[result.kind](result);
  if (result.kind === 'wordpress-post') form.elements.post.value = result.postId ?? '';
  // A post element cannot show these: the element that can takes over.
  if (result.kind === 'oembed') element.value = 'oembed-preview';
  if (result.kind === 'page') element.value = 'source-citation';
  render();
}

let pause;
/** Text fields wait for a pause in typing; choices apply at once. */
function schedule(event) {
  clearTimeout(pause);
  lookup?.abort();
  if (event?.target === form.elements.address) {
    // A new address: the post id of the previous one no longer applies (a feed with post-id="42" finds nothing).
    if (!isWordPressRoot(form.elements.address.value)) form.elements.post.value = '';
  }
  const typing = event?.type === 'input' && event.target.matches('input[type="text"], input[type="number"]');
  if (typing) pause = setTimeout(update, TYPING_PAUSE_MS);
  else update();
}

for (const button of document.querySelectorAll('[data-try]')) {
  button.addEventListener('click', () => {
    const [element, address, post, endpoint] = button.dataset.try.split('|');
    form.elements.element.value = element;
    form.elements.address.value = address;
    form.elements.post.value = post;
    form.elements.endpoint.value = endpoint || (element === 'source-citation' ? proxy : `${proxy}/oembed`);
    schedule();
  });
}

form.addEventListener('input', schedule);
form.addEventListener('change', (event) => {
  // Text fields already updated on input; a change event after typing must not skip the pause.
  if (!event.target.matches('input[type="text"], input[type="number"]')) schedule(event);
});
form.addEventListener('submit', (event) => event.preventDefault());
update();
