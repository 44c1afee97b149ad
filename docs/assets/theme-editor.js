// The theming guide's live editor: each control sets one token on the preview and the CSS to copy follows.
// Colours have a value per scheme (two swatches) and are written as one `light-dark(light, dark)` pair; the
// contrast of text, muted text and links on the card surface is checked in both schemes (WCAG AA: 4.5:1).
const form = document.getElementById('theme-editor');
const preview = document.getElementById('theme-preview');
const output = document.getElementById('theme-css');
const contrast = document.getElementById('theme-contrast');
const scheme = document.getElementById('theme-scheme');
const controls = [...form.elements].filter((c) => c.name);
const initial = new Map(controls.map((c) => [c, c.value]));

/** The control of `name` for `which` scheme (colours), or the only one (sizes, font). */
const control = (name, which) => controls.find((c) => c.name === name && (!which || c.dataset.scheme === which));

/** The value to write for a token, or '' while it is unchanged. */
function valueOf(name) {
  const light = control(name, 'light');
  if (light) {
    const dark = control(name, 'dark');
    if (light.value === initial.get(light) && dark.value === initial.get(dark)) return '';
    return `light-dark(${light.value}, ${dark.value})`;
  }
  const only = control(name);
  return only.value && only.value !== initial.get(only) ? `${only.value}${only.dataset.unit ?? ''}` : '';
}

/** WCAG 2 relative luminance and contrast ratio of two `#rrggbb` colours. */
const luminance = (hex) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

function checkContrast() {
  const items = [];
  for (const which of ['light', 'dark']) {
    const surface = control('--pe-color-surface', which).value;
    for (const [token, use] of [['--pe-color-text', 'text'], ['--pe-color-muted', 'muted text'], ['--pe-color-accent', 'links']]) {
      const value = ratio(control(token, which).value, surface);
      const item = document.createElement('li');
      const ok = value >= 4.5;
      item.className = ok ? 'pass' : 'fail';
      item.textContent = `${ok ? '✓' : '✗'} ${which}: ${use} on the surface ${value.toFixed(1)}:1${ok ? '' : ' — below 4.5:1, hard to read'}`;
      items.push(item);
    }
  }
  contrast.replaceChildren(...items);
}

function update() {
  const lines = [];
  for (const name of new Set(controls.map((c) => c.name))) {
    const value = valueOf(name);
    if (value) {
      preview.style.setProperty(name, value);
      lines.push(`  ${name}: ${value};`);
    } else {
      preview.style.removeProperty(name);
    }
  }
  preview.style.colorScheme = scheme.value;
  output.textContent = lines.length ? `:root {\n${lines.join('\n')}\n}` : '/* Change a value above. */';
  checkContrast();
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('reset', () => setTimeout(update));
update();
