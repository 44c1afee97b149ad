// The packages as users get them: `npm pack`, installed into an empty project (offline-friendly: from the npm
// cache), then every documented entry point imported by its public name. post-embeds alone brings no server
// dependency; post-embeds-proxy (packages/post-embeds-proxy) brings them and the command. Needs a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
];
// With post-embeds-proxy installed beside it.
const SERVER_ENTRIES = ['post-embeds/server', 'post-embeds/server/node', 'post-embeds/server/redis'];
const SERVER_DEPENDENCIES = ['undici', 'htmlparser2', 'ipaddr.js', 'lru-cache', 'pino', 'ioredis', 'unstorage'];
// Browser-only files: resolved, not run.
const RESOLVED_ONLY = ['post-embeds/post-embeds.min.js', 'post-embeds/post-embeds.css', 'post-embeds/autoloader.min.js', 'post-embeds/autoloader.js', 'post-embeds/custom-elements.json', 'post-embeds/web-types.json'];

test('the packed tarballs install into an empty project, and every documented entry point loads', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'post-embeds-tarball-'));
  try {
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], ROOT));
    console.log(`${packed.filename}: ${packed.entryCount} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
    for (const file of ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/custom-elements.json', 'dist/post-embeds.min.js', 'dist/post-embeds.css', 'dist/autoloader.min.js']) {
      assert.ok(packed.files.some((entry) => entry.path === file), `${file} is in the tarball`);
    }
    const [proxy] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], path.join(ROOT, 'packages/post-embeds-proxy')));
    console.log(`${proxy.filename}: ${proxy.entryCount} files, ${proxy.size} bytes packed`);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'tarball-install', private: true, type: 'module' }));
    const install = (...specs) => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...specs], dir);
    const load = (entries, resolved = []) => {
      const script = [
        ...entries.map((entry) => `await import(${JSON.stringify(entry)});`),
        ...resolved.map((entry) => `import.meta.resolve(${JSON.stringify(entry)});`),
        `console.log('ok');`,
      ].join('\n');
      writeFileSync(path.join(dir, 'entries.mjs'), script);
      return run(process.execPath, ['entries.mjs'], dir).trim().split('\n').at(-1);
    };

    // A site using the elements: post-embeds alone brings neither the server's dependencies nor React's
    // (`@lit/react` and `react` are optional peers that only post-embeds/react needs).
    install(path.join(dir, packed.filename));
    for (const name of [...SERVER_DEPENDENCIES, '@lit/react', '@types/react', 'csstype', 'react']) {
      assert.ok(!existsSync(path.join(dir, 'node_modules', name)), `${name} is not installed with post-embeds alone`);
    }
    install('react@19', '@lit/react@1');
    assert.equal(load(NODE_ENTRIES, RESOLVED_ONLY), 'ok');

    // The proxy: its package brings the server dependencies and the command.
    install(path.join(dir, proxy.filename));
    assert.equal(load(SERVER_ENTRIES), 'ok');
    assert.match(run('npx', ['--no-install', 'post-embeds-proxy', '--version'], dir), /^\d+\.\d+\.\d+/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
