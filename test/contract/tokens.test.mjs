// Every documented custom property is really read by the styles, and every `--pe-*` token of the contract
// is defined: a token that is documented but unused (or used but undocumented) fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const SRC = new URL('../../src/', import.meta.url).pathname;
const CONTRACT_TOKENS = [
  '--pe-font-family', '--pe-font-size', '--pe-color-text', '--pe-color-muted', '--pe-color-accent',
  '--pe-color-surface', '--pe-color-border', '--pe-radius', '--pe-space', '--pe-shadow',
];

async function sources() {
  const files = [];
  for (const entry of await readdir(SRC, { recursive: true, withFileTypes: true })) {
    const dir = entry.parentPath ?? entry.path;
    if (entry.isFile() && entry.name.endsWith('.ts') && !dir.includes(`${path.sep}server`)) {
      files.push({ file: path.join(dir, entry.name), text: await readFile(path.join(dir, entry.name), 'utf8') });
    }
  }
  return files;
}

test('the contract tokens are all read by the shared styles', async () => {
  const tokens = await readFile(path.join(SRC, 'styles/tokens.ts'), 'utf8');
  for (const token of CONTRACT_TOKENS) assert.match(tokens, new RegExp(`var\\(\\s*${token}\\s*,`), `${token} is not read`);
});

test('every @cssproperty is used by a stylesheet, and every --<tag>-* property read is documented', async () => {
  const files = await sources();
  const styles = files.filter(({ text }) => /\bcss`/.test(text)).map(({ text }) => text).join('\n');
  const documented = new Set();
  for (const { text, file } of files) {
    for (const [, name] of text.matchAll(/@cssproperty \[?(--[\w-]+)/g)) {
      documented.add(name);
      assert.match(styles, new RegExp(`var\\(\\s*${name}\\s*[,)]`), `${name}, documented in ${path.relative(SRC, file)}, is never read`);
    }
  }
  assert.ok(documented.size >= 10, 'the elements document their custom properties');
  const elementProperty = /var\((--(?:post-card|related-posts|source-citation|oembed-preview)-[\w-]+)/g;
  for (const [, name] of styles.matchAll(elementProperty)) {
    assert.ok(documented.has(name), `${name} is read by a stylesheet but not documented with @cssproperty`);
  }
});
