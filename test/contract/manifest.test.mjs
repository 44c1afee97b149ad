// The custom-elements manifest is the single source of the elements' API for editors and docs: it must list
// the four tags with the contract's attributes, events, states and shared tokens, and, per element, every
// custom property and part its styles use, and nothing they do not (Material Web's token test is the model).
// `npm run test:node` runs `npm run analyze` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (file) => readFile(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(await read('dist/custom-elements.json'));

const TAGS = ['post-card', 'related-posts', 'source-citation', 'oembed-preview'];
const SHARED_TOKENS = [
  '--pe-font-family', '--pe-font-size', '--pe-color-text', '--pe-color-muted', '--pe-color-accent',
  '--pe-color-surface', '--pe-color-border', '--pe-radius', '--pe-space', '--pe-shadow',
];
const CONTRACT_ATTRIBUTES = {
  'post-card': ['src', 'endpoint', 'format', 'loading', 'post-id', 'slug', 'layout', 'heading-level'],
  'related-posts': ['src', 'endpoint', 'format', 'loading', 'post-id', 'limit', 'layout', 'heading'],
  'source-citation': ['src', 'endpoint', 'format', 'loading', 'href', 'headline', 'publisher', 'section', 'author', 'published', 'accessed', 'citation-style', 'heading'],
  'oembed-preview': ['src', 'endpoint', 'format', 'loading', 'url', 'maxwidth', 'maxheight', 'activation'],
};

const elements = new Map();
for (const mod of manifest.modules) {
  for (const declaration of mod.declarations ?? []) {
    if (declaration.tagName) elements.set(declaration.tagName, { ...declaration, path: mod.path });
  }
}
const names = (list = []) => list.map((item) => item.name).sort();

/** The element's module and every module it imports (statically or on demand) inside src/, transitively. */
async function moduleClosure(file) {
  const seen = new Map();
  const visit = async (name) => {
    if (seen.has(name)) return;
    const text = await read(name).catch(() => read(name.replace(/\.js$/, '.ts')));
    seen.set(name, text);
    for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      await visit(path.join(path.dirname(name), spec).replace(/\.js$/, '.ts'));
    }
  };
  await visit(file);
  return seen;
}

/** The CSS of the modules named in `static override styles = [...]`. */
function stylesOf(closure, elementFile) {
  const [, list] = closure.get(elementFile).match(/static override styles = \[([^\]]+)\]/);
  const css = [];
  for (const [file, text] of closure) {
    for (const name of list.split(',').map((item) => item.trim())) {
      if (new RegExp(`export const ${name} = css\``).test(text)) css.push(text.slice(text.indexOf(`export const ${name} = css\``)));
      void file;
    }
  }
  return css.join('\n');
}

test('the manifest lists the four tags, with the contract attributes, events and custom states', () => {
  assert.deepEqual([...elements.keys()].sort(), [...TAGS].sort());
  for (const tag of TAGS) {
    const element = elements.get(tag);
    const attributes = names(element.attributes);
    for (const name of CONTRACT_ATTRIBUTES[tag]) assert.ok(attributes.includes(name), `<${tag}> lacks the ${name} attribute`);
    assert.deepEqual(names(element.events), ['error', 'load', 'loadend', 'loadstart'], `<${tag}> events`);
    assert.deepEqual(names(element.cssStates), ['error', 'loading', 'ready'], `<${tag}> custom states`);
    for (const member of ['data', 'error', 'reload']) assert.ok(names(element.members).includes(member), `<${tag}> .${member}`);
    for (const attribute of element.attributes) {
      assert.doesNotMatch(attribute.type?.text ?? '', /^[A-Z]\w+(\s|$)/, `<${tag}> ${attribute.name}: a type alias, not its values`);
    }
  }
  assert.ok(names(elements.get('source-citation').members).includes('formatter'), '<source-citation> .formatter');
});

for (const tag of TAGS) {
  test(`<${tag}>: every custom property and part its styles use is documented, and every documented one is used`, async () => {
    const element = elements.get(tag);
    const closure = await moduleClosure(element.path);
    const css = stylesOf(closure, element.path);
    assert.ok(css.length > 1000, `the styles of <${tag}> were found`);

    const documented = new Map(element.cssProperties.map((property) => [property.name, property]));
    const used = new Set([...css.matchAll(/var\(\s*(--(?!_)[\w-]+)/g)].map(([, name]) => name));
    for (const name of used) assert.ok(documented.has(name), `<${tag}>: ${name} is read by its styles but missing from the manifest`);
    for (const [name, property] of documented) {
      assert.ok(used.has(name), `<${tag}>: ${name} is in the manifest but its styles never read it`);
      assert.ok(property.default, `<${tag}>: ${name} has no documented default`);
    }
    for (const token of SHARED_TOKENS) assert.ok(documented.has(token), `<${tag}>: the shared token ${token}`);

    const parts = new Set(names(element.cssParts));
    for (const [, name] of css.matchAll(/\[part~?=['"]([\w-]+)['"]\]/g)) {
      assert.ok(parts.has(name), `<${tag}>: part ${name} is styled but missing from the manifest`);
    }
    const templates = [...closure.values()].join('\n');
    const rendered = new Set();
    for (const [, list] of templates.matchAll(/part=["']([^"'$]*(?:\$\{side\}[^"']*)?)["']/g)) {
      for (const name of list.replace('${side}', 'previous next').split(/\s+/)) rendered.add(name);
    }
    // Parts named through a variable: the literal given for it (`part=${part}`, `part.add('frame')`).
    for (const [, name] of templates.matchAll(/(?:part \?\? |part\.add\(|linkOrText\(\s*)'([\w-]+)'/g)) rendered.add(name);
    for (const name of parts) assert.ok(rendered.has(name), `<${tag}>: part ${name} is in the manifest but never rendered`);
  });
}

test('VS Code custom data and JetBrains web-types describe the four tags', async () => {
  const vscode = JSON.parse(await read('dist/vscode.html-custom-data.json'));
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), [...TAGS].sort());
  const webTypes = JSON.parse(await read('dist/web-types.json'));
  assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), [...TAGS].sort());
  const css = JSON.parse(await read('dist/vscode.css-custom-data.json'));
  assert.ok(css.properties.some((property) => property.name === '--pe-color-accent'));
});
