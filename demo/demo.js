// The demo's live theming panel and style switchers. Plain DOM code: everything it does a site could do
// with CSS custom properties and attributes alone.
const root = document.documentElement;

for (const input of document.querySelectorAll('[data-token]')) {
  const apply = () => root.style.setProperty(input.dataset.token, `${input.value}${input.dataset.unit ?? ''}`);
  input.addEventListener('input', apply);
}

const dark = {
  '--pe-color-text': '#e8eaed',
  '--pe-color-muted': '#a0a7b1',
  '--pe-color-surface': '#1f2124',
  '--pe-color-border': '#3c4043',
};
const light = {
  '--pe-color-text': '#1c1e21',
  '--pe-color-muted': '#5f6670',
  '--pe-color-surface': '#ffffff',
  '--pe-color-border': '#dde1e6',
};
document.querySelector('[data-scheme]')?.addEventListener('change', (event) => {
  const scheme = event.target.value;
  root.dataset.scheme = scheme;
  for (const name of Object.keys(dark)) root.style.removeProperty(name);
  if (scheme) for (const [name, value] of Object.entries(scheme === 'dark' ? dark : light)) root.style.setProperty(name, value);
});

for (const select of document.querySelectorAll('[data-style-for]')) {
  select.addEventListener('change', () => {
    document.getElementById(select.dataset.styleFor)?.setAttribute('citation-style', select.value);
  });
}

// One preview through the proxy (post-embeds/server, mounted at /proxy/ by the demo server): the page lives on a
// local fixture origin whose address the server tells in /demo-settings.json, and the proxy finds its oEmbed
// endpoint by discovery. Built with DOM calls: the page's CSP enforces Trusted Types.
const embedGrid = document.getElementById('embed-grid');
if (embedGrid) {
  fetch('/demo-settings.json')
    .then((response) => (response.ok ? response.json() : undefined))
    .then((settings) => {
      if (!settings?.origin) return;
      const page = `${settings.origin}/videos/sunrise-over-the-dunes`;
      const arabic = document.documentElement.lang === 'ar';
      const cell = document.createElement('div');
      const heading = document.createElement('h3');
      heading.textContent = arabic ? 'عبر الوكيل (اكتشاف oEmbed)' : 'Through the proxy (oEmbed discovery)';
      const preview = document.createElement('oembed-preview');
      preview.setAttribute('url', page);
      preview.setAttribute('endpoint', '/proxy/oembed');
      const fallback = document.createElement('a');
      fallback.href = page;
      fallback.textContent = 'Sunrise over the dunes (time-lapse)';
      preview.append(fallback);
      cell.append(heading, preview);
      embedGrid.append(cell);
    })
    .catch(() => {
      // No settings (the static pages served without the demo server): the other embeds still work.
    });
}
