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
