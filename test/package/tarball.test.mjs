// The package as users get it: `npm pack`, installed into an empty project (offline-friendly: from the npm
// cache), then every documented entry point imported by its public name. Needs a build (npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

// Imported in Node (the element modules run on Lit's server DOM shim, as in server rendering).
const NODE_ENTRIES = [
  'post-embeds',
  'post-embeds/post-card.js',
  'post-embeds/related-posts.js',
  'post-embeds/source-citation.js',
  'post-embeds/oembed-preview.js',
  'post-embeds/elements.js',
  'post-embeds/citations.js',
  'post-embeds/locales/de.js',
  'post-embeds/react',
  'post-embeds/jsx',
  'post-embeds/server',
  'post-embeds/server/node',
];
// Browser-only files: resolved, not run.
const RESOLVED_ONLY = ['post-embeds/post-embeds.min.js', 'post-embeds/autoloader.min.js', 'post-embeds/autoloader.js', 'post-embeds/custom-elements.json', 'post-embeds/web-types.json'];

test('the packed tarball installs into an empty project, and every documented entry point loads', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-embeds-tarball-'));
  try {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], ROOT));
    console.log(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/custom-elements.json']) {
      assert.ok(packed.files.some((entry) => entry.path === file), `${file} is in the tarball`);
    }
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'tarball-install', private: true, type: 'module' }));
    // react: the optional peer that post-embeds/react needs.
    run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(dir, packed.filename), 'react@19'], dir);
    const script = [
      ...NODE_ENTRIES.map((entry) => `await import(${JSON.stringify(entry)});`),
      ...RESOLVED_ONLY.map((entry) => `import.meta.resolve(${JSON.stringify(entry)});`),
      `const { PostCardElement } = await import('post-embeds/elements.js');`,
      `if (customElements.get('post-card') !== PostCardElement) throw new Error('post-card is not registered');`,
      `console.log('ok');`,
    ].join('\n');
    writeFileSync(path.join(dir, 'entries.mjs'), script);
    assert.equal(run(process.execPath, ['entries.mjs'], dir).trim().split('\n').at(-1), 'ok');
    assert.match(run('npx', ['--no-install', 'post-embeds-proxy', '--version'], dir), /\d+\.\d+\.\d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
