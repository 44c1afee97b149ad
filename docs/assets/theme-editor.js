// The theming guide's live editor: each control sets one token on the preview and the CSS to copy follows.
const form = document.getElementById('theme-editor');
const preview = document.getElementById('theme-preview');
const output = document.getElementById('theme-css');
const initial = new Map([...form.elements].filter((c) => c.name).map((c) => [c.name, c.value]));

function update() {
  const lines = [];
  for (const control of form.elements) {
    if (!control.name) continue;
    const value = control.value ? `${control.value}${control.dataset.unit ?? ''}` : '';
    if (value && control.value !== initial.get(control.name)) {
      preview.style.setProperty(control.name, value);
      lines.push(`  ${control.name}: ${value};`);
    } else {
      preview.style.removeProperty(control.name);
    }
  }
  output.textContent = lines.length ? `:root {\n${lines.join('\n')}\n}` : '/* Change a value above. */';
}

form.addEventListener('input', update);
form.addEventListener('reset', () => setTimeout(update));
update();
