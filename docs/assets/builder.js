// The embed-code builder: form values → one element's attributes → a live preview (built with DOM calls, so the
// page's Trusted Types policy is never involved) and the HTML to copy.
const form = document.getElementById('builder');
const preview = document.getElementById('builder-preview');
const code = document.getElementById('builder-code');

const isWordPressRoot = (address) => /\/wp-json\/?$|[?&]rest_route=\/?$/.test(address);

/** The attributes the form describes, in the order they read best. */
function attributesFor(values) {
  const { element, address, post, endpoint } = values;
  const attrs = [];
  const add = (name, value) => value !== '' && value !== undefined && attrs.push([name, String(value)]);
  if (element === 'post-card' || element === 'related-posts') {
    if (isWordPressRoot(address)) {
      add('endpoint', address);
      add(/^\d+$/.test(post) ? 'post-id' : 'slug', post);
    } else {
      add('src', address);
      if (element === 'post-card') add('post-id', post);
    }
    if (element === 'post-card' && values.cardLayout !== 'vertical') add('layout', values.cardLayout);
    if (element === 'related-posts') {
      if (values.listLayout !== 'list') add('layout', values.listLayout);
      if (values.limit !== '3') add('limit', values.limit);
    }
  } else if (element === 'oembed-preview') {
    add('url', address);
    add('endpoint', endpoint);
  } else {
    add('href', address);
    add('endpoint', endpoint.replace(/\/oembed\/?$/, ''));
    if (values.citationStyle !== 'plain') add('citation-style', values.citationStyle);
  }
  add('dir', values.dir);
  return attrs;
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const chosen = form.elements.element.value;
  for (const group of form.querySelectorAll('[data-for]')) {
    const shown = group.dataset.for.split(' ').includes(chosen);
    group.hidden = !shown;
    for (const control of group.querySelectorAll('input, select')) control.disabled = !shown;
  }
  // Hidden (disabled) controls are left out of the form data.
  const values = Object.fromEntries(new FormData(form));
  const attrs = attributesFor(values);
  const element = document.createElement(values.element);
  for (const [name, value] of attrs) element.setAttribute(name, value);
  element.setAttribute('loading', 'eager');
  preview.style.colorScheme = values.scheme || '';
  preview.dataset.scheme = values.scheme;
  preview.replaceChildren(element);
  const attributeText = attrs.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  code.textContent = `<${values.element}${attributeText}></${values.element}>`;
}

for (const button of document.querySelectorAll('[data-try]')) {
  button.addEventListener('click', () => {
    const [element, address, post] = button.dataset.try.split('|');
    form.elements.element.value = element;
    form.elements.address.value = address;
    form.elements.post.value = post;
    form.elements.endpoint.value = element === 'source-citation' ? '/proxy' : '/proxy/oembed';
    update();
  });
}

// Pages the demo's proxy can really reach live on its local origin: offer one as the oEmbed example.
fetch('/demo-settings.json')
  .then((response) => (response.ok ? response.json() : undefined))
  .then((settings) => {
    const video = document.querySelector('[data-try^="oembed-preview|"]');
    if (settings?.origin && video) video.dataset.try = `oembed-preview|${settings.origin}/videos/sunrise-over-the-dunes|`;
  })
  .catch(() => {});

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());
update();
